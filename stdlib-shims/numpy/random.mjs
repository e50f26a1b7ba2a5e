// `numpy.random`: the legacy global RandomState (MT19937, NumPy's exact sequences after
// `seed(n)`) and `default_rng` (PCG64 Generator). The generators live in WASM
// (runtime/src/random.rs); each draw returns plain data, so nothing needs freeing.

import { mkclass, Tuple, tuple_of, KwArgs, ValueError, TypeError, mkfloat } from "../builtins.mjs";
import { method, withSig, toNum } from "../_shim.mjs";
import * as LM from "../_libm.mjs";
import {
  K, BOOL, INT, FLOAT, isArr, toArr, fromFlat, flat, kcall, scal, skind, sval, copyArr, mk, getitem, unsupported,
  broadcastShapes, broadcastTo,
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
  // normal: loc + scale * z; uniform: low + (high - low) * u; one draw per element, C order.
  const [shape, A, B] = bcastParams(a, b, size);
  const unit = kcall(k, name === "normal" ? "randn" : "random", count(shape), 0, 0);
  return fromFlat(FLOAT, shape, combine(name, A, B, unit));
}

/** Parameters broadcast together (and to `size` when given): [shape, flat a, flat b]. */
function bcastParams(a, b, size) {
  const x = copyArr(toArr(a), FLOAT), y = copyArr(toArr(b), FLOAT);
  let shape = broadcastShapes(x.$shape, y.$shape);
  const s = sizeArg(size);
  if (s !== null) {
    const t = broadcastShapes(shape, s);
    if (t.length !== s.length || t.some((d, i) => d !== s[i])) throw ValueError("shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg 0 with shape " + `(${s.join(", ")}${s.length === 1 ? "," : ""})` + " and arg 1 with shape " + `(${shape.join(", ")}${shape.length === 1 ? "," : ""}).`);
    shape = s;
  }
  return [shape, flat(copyArr(broadcastTo(x, shape))), flat(copyArr(broadcastTo(y, shape)))];
}

function combine(name, A, B, unit) {
  const out = new Float64Array(unit.length);
  for (let i = 0; i < out.length; i++) out[i] = name === "normal" ? A[i] + B[i] * unit[i] : A[i] + (B[i] - A[i]) * unit[i];
  return out;
}

// Distributions drawn from uniform doubles one at a time, as numpy/random/src/distributions.c
// does (the same code serves the legacy RandomState and the Generator: `next` gives the doubles).
const legacyNext = () => kcall(K.randomFloats, "random", 1, 0, 0)[0];

function poissonMult(next, lam) {
  const enlam = LM.exp(-lam);
  let X = 0, prod = 1.0;
  for (;;) {
    prod *= next();
    if (prod > enlam) X += 1;
    else return X;
  }
}

const LOGGAM_A = [8.333333333333333e-02, -2.777777777777778e-03, 7.936507936507937e-04, -5.952380952380952e-04,
  8.417508417508418e-04, -1.917526917526918e-03, 6.410256410256410e-03, -2.955065359477124e-02,
  1.796443723688307e-01, -1.39243221690590e+00];
function loggam(x) {
  if (x === 1.0 || x === 2.0) return 0.0;
  const n = x < 7.0 ? Math.trunc(7 - x) : 0;
  let x0 = x + n;
  const x2 = (1.0 / x0) * (1.0 / x0);
  let gl0 = LOGGAM_A[9];
  for (let k = 8; k >= 0; k--) {
    gl0 *= x2;
    gl0 += LOGGAM_A[k];
  }
  let gl = gl0 / x0 + 0.5 * LM.log(2 * Math.PI) + (x0 - 0.5) * LM.log(x0) - x0;
  if (x < 7.0) {
    for (let k = 1; k <= n; k++) {
      gl -= LM.log(x0 - 1.0);
      x0 -= 1.0;
    }
  }
  return gl;
}

function poissonPtrs(next, lam) {
  const slam = Math.sqrt(lam), loglam = LM.log(lam);
  const b = 0.931 + 2.53 * slam, a = -0.059 + 0.02483 * b;
  const invalpha = 1.1239 + 1.1328 / (b - 3.4), vr = 0.9277 - 3.6224 / (b - 2);
  for (;;) {
    const U = next() - 0.5, V = next(), us = 0.5 - Math.abs(U);
    const k = Math.floor((2 * a / us + b) * U + lam + 0.43);
    if (us >= 0.07 && V <= vr) return k;
    if (k < 0 || (us < 0.013 && V > us)) continue;
    if (LM.log(V) + LM.log(invalpha) - LM.log(a / (us * us) + b) <= -lam + k * loglam - loggam(k + 1)) return k;
  }
}

function poisson1(next, lam) {
  if (lam < 0) throw ValueError("lam < 0");
  if (lam >= 10) return poissonPtrs(next, lam);
  if (lam === 0) return 0;
  return poissonMult(next, lam);
}

function binomialInversion(next, n, p) {
  const q = 1.0 - p, qn = LM.exp(n * LM.log(q)), np_ = n * p;
  const bound = Math.trunc(Math.min(n, np_ + 10.0 * Math.sqrt(np_ * q + 1)));
  let X = 0, px = qn, U = next();
  while (U > px) {
    X++;
    if (X > bound) {
      X = 0;
      px = qn;
      U = next();
    } else {
      U -= px;
      px = ((n - X + 1) * p * px) / (X * q);
    }
  }
  return X;
}

function binomial1(next, n, p) {
  if (p < 0 || p > 1 || p !== p) throw ValueError(p !== p ? "p is nan" : p < 0 ? "p < 0" : "p > 1");
  if (n < 0) throw ValueError("n < 0");
  if (n === 0 || p === 0) return 0;
  if (p <= 0.5) {
    if (p * n <= 30.0) return binomialInversion(next, n, p);
    throw unsupported("random.binomial with n * p > 30");
  }
  const q = 1.0 - p;
  if (q * n <= 30.0) return n - binomialInversion(next, n, q);
  throw unsupported("random.binomial with n * (1 - p) > 30");
}

/** Integer draws of `one(next, ...params)`, parameters broadcast (scalars for size=None). */
function drawInts(next, one, params, size, npScalar) {
  const arrs = params.map((x) => copyArr(toArr(x), FLOAT));
  let shape = arrs.reduce((s, a) => broadcastShapes(s, a.$shape), []);
  const s = sizeArg(size);
  if (s === null && shape.length === 0) return ints(null, [one(next, ...arrs.map((a) => a.$data[a.$off]))], npScalar);
  if (s !== null) shape = s;
  const flats = arrs.map((a) => flat(copyArr(broadcastTo(a, shape))));
  const n = count(shape), out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = one(next, ...flats.map((f) => f[i]));
  return fromFlat(INT, shape, out);
}

function exponentialLegacy(scale, size) {
  const [shape, S] = bcastParams(scale, 0, size);
  const u = kcall(K.randomFloats, "random", count(shape), 0, 0);
  const out = new Float64Array(u.length);
  for (let i = 0; i < out.length; i++) out[i] = S[i] * -LM.log(1.0 - u[i]);
  if (skind(scale) >= 0 && (size === undefined || size === null)) return mkfloat(out[0]);
  return fromFlat(FLOAT, shape, out);
}

export const exponential = sig("exponential", ["scale", "size"], (scale, size) => exponentialLegacy(scale ?? 1.0, size), 2);
export const standard_exponential = sig("standard_exponential", ["size"], (size) => exponentialLegacy(1.0, size), 1);
export const poisson = sig("poisson", ["lam", "size"], (lam, size) => drawInts(legacyNext, poisson1, [lam ?? 1.0], size, false), 2);
export const binomial = sig("binomial", ["n", "p", "size"], (n, p, size) => drawInts(legacyNext, binomial1, [n, p], size, false), 1);
export const lognormal = sig("lognormal", ["mean", "sigma", "size"], (mean, sigma, size) => {
  const r = param2("normal", mean ?? 0.0, sigma ?? 1.0, size, K.randomFloats);
  if (!isArr(r)) return mkfloat(LM.exp(r));
  const d = r.$data;
  for (let i = 0; i < d.length; i++) d[i] = LM.exp(d[i]);
  return r;
}, 3);

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
function choiceImpl(a, size, replace, p, k, npScalar, legacy = false) {
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
  if (pop <= 0 && count(shape) > 0) {
    if (values !== null) throw ValueError(`${legacy ? "'a'" : "a"} cannot be empty unless no samples are taken`);
    throw ValueError(`a must be ${legacy ? "greater than 0" : "a positive integer"} unless no samples are taken`);
  }
  if (pop < 0) pop = 0;
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
  choiceImpl(a, size, replace, p, K.randomChoice, true, true), 3);

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
    if (skind(loc) < 0 || skind(scale) < 0) {
      const [shape, A, B] = bcastParams(loc, scale, size);
      return fromFlat(FLOAT, shape, combine("normal", A, B, kcall(K.rngFloats, this.$id, "standard_normal", count(shape), 0, 0)));
    }
    const shape = sizeArg(size);
    return floats(shape, kcall(K.rngFloats, this.$id, "normal", count(shape), sval(loc), sval(scale)));
  }, 3);
  M("uniform", ["low", "high", "size"], function (low, high, size) {
    low = low ?? 0;
    high = high ?? 1;
    if (skind(low) < 0 || skind(high) < 0) {
      const [shape, A, B] = bcastParams(low, high, size);
      return fromFlat(FLOAT, shape, combine("uniform", A, B, kcall(K.rngFloats, this.$id, "random", count(shape), 0, 0)));
    }
    const shape = sizeArg(size);
    return floats(shape, kcall(K.rngFloats, this.$id, "uniform", count(shape), sval(low), sval(high)));
  }, 3);
  M("exponential", ["scale", "size"], function (scale, size) {
    scale = scale ?? 1.0;
    if (skind(scale) < 0) {
      // One standard exponential per element in C order, times the broadcast scale.
      const [shape, S] = bcastParams(scale, 0, size);
      const u = kcall(K.rngFloats, this.$id, "exponential", count(shape), 1.0, 0);
      for (let i = 0; i < u.length; i++) u[i] *= S[i];
      return fromFlat(FLOAT, shape, Float64Array.from(u));
    }
    const shape = sizeArg(size);
    return floats(shape, kcall(K.rngFloats, this.$id, "exponential", count(shape), sval(scale), 0));
  }, 2);
  M("standard_exponential", ["size", "dtype", "method", "out"], function (size) {
    const shape = sizeArg(size);
    return floats(shape, kcall(K.rngFloats, this.$id, "exponential", count(shape), 1.0, 0));
  }, 4);
  M("poisson", ["lam", "size"], function (lam, size) {
    const id = this.$id;
    return drawInts(() => kcall(K.rngFloats, id, "random", 1, 0, 0)[0], poisson1, [lam ?? 1.0], size, true);
  }, 2);
  M("binomial", ["n", "p", "size"], function (n, p, size) {
    const id = this.$id;
    return drawInts(() => kcall(K.rngFloats, id, "random", 1, 0, 0)[0], binomial1, [n, p], size, true);
  }, 1);
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
