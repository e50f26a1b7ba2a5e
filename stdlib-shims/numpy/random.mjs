// `numpy.random`: the legacy global RandomState (MT19937, NumPy's exact sequences after
// `seed(n)`) and `default_rng` (PCG64 Generator). The generators live in WASM
// (runtime/src/random.rs); each draw returns plain data, so nothing needs freeing.

import { mkclass, Tuple, tuple_of, KwArgs, ValueError, TypeError, mkfloat } from "../builtins.mjs";
import { method, withSig, toNum } from "../_shim.mjs";
import {
  K, BOOL, INT, FLOAT, isArr, toArr, fromFlat, flat, kcall, scal, skind, sval, copyArr, mk, getitem, unsupported,
} from "./_core.mjs";

export const __name__ = "numpy.random";

const sig = (name, params, f, defaults = 0, opts = {}) => withSig(f, name, params, { defaults, ...opts });

/** `size=` as a shape, or null for "one scalar". */
function sizeArg(size) {
  if (size === undefined || size === null) return null;
  if (Array.isArray(size) || size instanceof Tuple) return Array.from(size, (d) => sval(d));
  return [sval(size)];
}

function count(shape) {
  return shape === null ? 1 : shape.reduce((a, b) => a * b, 1);
}

/** Wrap float draws: a Python float for size=None, else an array. */
function floats(shape, data, npScalar = false) {
  if (shape === null) return npScalar ? scal(FLOAT, data[0]) : mkfloat(data[0]);
  return fromFlat(FLOAT, shape, Float64Array.from(data));
}

function ints(shape, data, npScalar = false) {
  if (shape === null) return npScalar ? scal(INT, data[0]) : data[0] + 0;
  return fromFlat(INT, shape, Float64Array.from(data));
}

function dims(args) {
  return args.length === 0 ? null : args.map((d) => sval(d));
}

export const seed = sig("seed", ["seed"], (s) => {
  if (s === undefined || s === null) {
    kcall(K.randomSeed, Math.floor(Math.random() * 4294967295));
    return null;
  }
  if (skind(s) !== INT && skind(s) !== BOOL) {
    if (Array.isArray(s) || isArr(s)) throw unsupported("random.seed with a sequence");
    throw TypeError("Cannot cast scalar from dtype('float64') to dtype('int64') according to the rule 'safe'");
  }
  kcall(K.randomSeed, sval(s));
  return null;
}, 1);

export const rand = sig("rand", [], (...d) => {
  const shape = dims(d);
  return floats(shape, kcall(K.randomFloats, "rand", count(shape), 0, 0));
}, 0, { varargs: true });
export const randn = sig("randn", [], (...d) => {
  const shape = dims(d);
  return floats(shape, kcall(K.randomFloats, "randn", count(shape), 0, 0));
}, 0, { varargs: true });
function sample(name) {
  return sig(name, ["size"], (size) => {
    const shape = sizeArg(size);
    return floats(shape, kcall(K.randomFloats, "random", count(shape), 0, 0));
  }, 1);
}
export const random = sample("random");
export const random_sample = sample("random_sample");
export const ranf = sample("ranf");
const sample_ = sample("sample");
export { sample_ as sample };
export const standard_normal = sig("standard_normal", ["size"], (size) => {
  const shape = sizeArg(size);
  return floats(shape, kcall(K.randomFloats, "randn", count(shape), 0, 0));
}, 1);

/** Draws with array-valued parameters: broadcast, one draw per element (NumPy's order). */
function param2(name, a, b, size, k) {
  const ka = skind(a), kb = skind(b);
  if (ka >= 0 && kb >= 0) {
    const shape = sizeArg(size);
    return floats(shape, kcall(k, name, count(shape), sval(a), sval(b)));
  }
  throw unsupported(`random.${name} with array parameters`);
}

export const normal = sig("normal", ["loc", "scale", "size"], (loc = 0, scale = 1, size) =>
  param2("normal", loc ?? 0, scale ?? 1, size, K.randomFloats), 3);
export const uniform = sig("uniform", ["low", "high", "size"], (low = 0, high = 1, size) =>
  param2("uniform", low ?? 0, high ?? 1, size, K.randomFloats), 3);

export const randint = sig("randint", ["low", "high", "size", "dtype"], (low, high, size) => {
  if (high === undefined || high === null) {
    high = low;
    low = 0;
  }
  const shape = sizeArg(size);
  return ints(shape, kcall(K.randomRandint, sval(low), sval(high), count(shape)));
}, 3);

/** `choice` for the legacy state or a Generator (`k(pop, size, replace, p)`). */
function choiceImpl(a, size, replace, p, k, npScalar) {
  let pop, values = null;
  if (skind(a) === INT) pop = sval(a);
  else {
    values = toArr(a);
    if (values.$shape.length !== 1) {
      if (values.$shape.length === 0) throw ValueError("a must be 1-dimensional or an integer");
      throw ValueError("a must be 1-dimensional");
    }
    pop = values.$shape[0];
  }
  const shape = sizeArg(size);
  const rep = replace === undefined || replace === null ? true : !!sval(replace);
  const probs = p === undefined || p === null ? new Float64Array(0) : Float64Array.from(flat(copyArr(toArr(p), FLOAT)));
  const idx = kcall(k, pop, count(shape), rep, probs);
  if (values === null) return ints(shape, idx, npScalar);
  if (shape === null) return getitem(values, idx[0]);
  const out = values.$dt === BOOL ? new Uint8Array(idx.length) : new Float64Array(idx.length);
  for (let i = 0; i < idx.length; i++) out[i] = values.$data[values.$off + idx[i] * values.$strides[0]];
  return fromFlat(values.$dt, shape, out);
}

export const choice = sig("choice", ["a", "size", "replace", "p"], (a, size, replace, p) =>
  choiceImpl(a, size, replace, p, K.randomChoice, true), 3);

/** Reorders the rows of `x` in place by `order`. */
function applyOrder(x, order) {
  const rows = order.length;
  const copy = copyArr(x);
  const rowSize = copy.$size / (rows || 1);
  const tmp = copy.$data;
  // Write rows back through the view.
  for (let i = 0; i < rows; i++) {
    const dst = getitem(x, i);
    const src = tmp.subarray(order[i] * rowSize, (order[i] + 1) * rowSize);
    if (isArr(dst)) {
      const view = dst;
      const d = view.$data;
      let k = 0;
      // `view` is a (possibly strided) row; write element by element in C order.
      const write = (arr) => {
        const sh = arr.$shape;
        if (sh.length === 0) {
          d[arr.$off] = src[k++];
          return;
        }
        for (let j = 0; j < sh[0]; j++) write(mk(arr.$dt, sh.slice(1), arr.$strides.slice(1), arr.$off + j * arr.$strides[0], d));
      };
      write(view);
    } else x.$data[x.$off + i * x.$strides[0]] = src[0];
  }
}

export const shuffle = sig("shuffle", ["x"], (x) => {
  if (Array.isArray(x)) {
    const order = kcall(K.randomShuffle, x.length);
    const copy = x.slice();
    for (let i = 0; i < x.length; i++) x[i] = copy[order[i]];
    return null;
  }
  if (!isArr(x)) throw unsupported("random.shuffle of this type");
  if (x.$shape.length === 0) throw TypeError("object of type 'numpy.float64' has no len()");
  applyOrder(x, kcall(K.randomShuffle, x.$shape[0]));
  return null;
});

export const permutation = sig("permutation", ["x"], (x) => {
  if (skind(x) === INT) return fromFlat(INT, [sval(x)], Float64Array.from(kcall(K.randomPermutation, sval(x))));
  const a = copyArr(toArr(x));
  applyOrder(a, kcall(K.randomShuffle, a.$shape[0]));
  return a;
});

// ============================================================================ Generator

export const Generator = mkclass("Generator", [], (C) => {
  C.__module__ = "numpy.random";
  C.__repr__ = function () {
    return "Generator(PCG64)";
  };
  C.__repr__.$rt = true;
  const M = (name, params, f, defaults = 0) => {
    C[name] = method(`Generator.${name}`, params, f, { defaults });
  };
  M("random", ["size", "dtype", "out"], function (size) {
    const shape = sizeArg(size);
    return floats(shape, kcall(K.rngFloats, this.$id, "random", count(shape), 0, 0));
  }, 3);
  M("standard_normal", ["size", "dtype", "out"], function (size) {
    const shape = sizeArg(size);
    return floats(shape, kcall(K.rngFloats, this.$id, "standard_normal", count(shape), 0, 0));
  }, 3);
  M("normal", ["loc", "scale", "size"], function (loc, scale, size) {
    loc = loc ?? 0;
    scale = scale ?? 1;
    if (skind(loc) < 0 || skind(scale) < 0) throw unsupported("random.Generator.normal with array parameters");
    const shape = sizeArg(size);
    return floats(shape, kcall(K.rngFloats, this.$id, "normal", count(shape), sval(loc), sval(scale)));
  }, 3);
  M("uniform", ["low", "high", "size"], function (low, high, size) {
    low = low ?? 0;
    high = high ?? 1;
    if (skind(low) < 0 || skind(high) < 0) throw unsupported("random.Generator.uniform with array parameters");
    const shape = sizeArg(size);
    return floats(shape, kcall(K.rngFloats, this.$id, "uniform", count(shape), sval(low), sval(high)));
  }, 3);
  M("integers", ["low", "high", "size", "dtype", "endpoint"], function (low, high, size, dt, endpoint) {
    if (high === undefined || high === null) {
      high = low;
      low = 0;
    }
    let hi = sval(high);
    if (endpoint === true) hi += 1;
    const shape = sizeArg(size);
    return ints(shape, kcall(K.rngIntegers, this.$id, sval(low), hi, count(shape)), true);
  }, 4);
  M("choice", ["a", "size", "replace", "p", "axis", "shuffle"], function (a, size, replace, p) {
    const id = this.$id;
    return choiceImpl(a, size, replace, p, (pop, n, rep, probs) => K.rngChoice(id, pop, n, rep, probs), true);
  }, 5);
  M("shuffle", ["x", "axis"], function (x) {
    if (!isArr(x)) throw unsupported("random.Generator.shuffle of this type");
    applyOrder(x, kcall(K.rngShuffle, this.$id, x.$shape[0]));
    return null;
  }, 1);
  M("permutation", ["x", "axis"], function (x) {
    if (skind(x) === INT) return fromFlat(INT, [sval(x)], Float64Array.from(K.rngPermutation(this.$id, sval(x))));
    const a = copyArr(toArr(x));
    applyOrder(a, kcall(K.rngShuffle, this.$id, a.$shape[0]));
    return a;
  }, 1);
});

export const default_rng = sig("default_rng", ["seed"], (s) => {
  const g = Object.create(Generator);
  if (s === undefined || s === null) g.$id = K.rngNew(-1);
  else {
    if (skind(s) !== INT || sval(s) < 0) throw unsupported("random.default_rng with this seed");
    g.$id = K.rngNew(sval(s));
  }
  return g;
}, 1);

void KwArgs;
void toNum;
