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

// The ziggurat tables of `default_rng`'s normals and exponentials (runtime/src/ziggurat_tables.rs,
// KI WI FI KE WE FE, 256 little-endian 8-byte values each): kept out of the WASM module's data so
// that only programs with a Generator download them (a runtime test checks they match).
const ZIGGURAT =
  "Ze8lgD3zDgAAAAAAAAAAAMbG+5i+CAwAS4G9+lSjDQDv7sF+9lEOAID30+lVsg4Ausp+gUvvDgCsRPoKRxkPABfL/2HtNw8AWyVhlUZPDwCWoxvkpWEPAKSWU3V6cA8Am0Qo7LJ8DwDTV2MM8YYPAN0lg1emjw8A2tBNxySXDwAI9dsHqZ0PAHL6gfVgow8A+Etb3m+oDwDcVNNg8awPAA65GGf7sA8AxXRTjZ+0DwB3/mYj7LcPAAzloensug8A7QsEnau9DwBXbP9gMMAPAEiiNxCCwg8A0VvieqbEDwAw7nqXosYPAKSWKKl6yA8Ahd5LXjLKDwAaIwLpzMsPAMQ5+BJNzQ8AmeyPTbXODwAwyR2/B9APAOXE1k1G0Q8AUPTiqHLSDwAeyfBPjtMPAHm0kJma1A8AUg+SuJjVDwDsmY7AidYPADLoyKlu1w8A6Ah7VEjYDwCLLK2LF9kPANKtpwfd2Q8Ai14QcJnaDwAfLsBdTdsPAND8W1z52w8AfZq5653cDwCdchiBO90PAI8vNIjS3Q8AY582ZGPeDwBOUY1w7t4PAC60pgF03w8APu2ZZfTfDwDxJLzkb+APAFiiJcLm4A8AS7goPFnhDwCYP7yMx+EPAKkc2+kx4g8AkRvahZjiDwCGQbWP++IPAEqNVTNb4w8AKgDQmbfjDwB+rZ7pEOQPADR31EZn5A8AWwlM07rkDwAkldKuC+UPAHe8TvdZ5Q8AEhLkyKXlDwCJhhM+7+UPAHcQ2W825g8AeNXGdXvmDwCqER5mvuYPAPL05VX/5g8AAacAWT7nDwA5nj6Ce+cPAKFwcOO25w8AQkJ3jfDnDwCM8FOQKOgPADsXNfte6A8AZAiE3JPoDwC8zvBBx+gPAPZOfTj56A8AHJuHzCnpDwDqiNMJWekPAKGak/uG6Q8AZUhxrLPpDwDVtpQm3+kPAHvmq3MJ6g8ApGbxnDLqDwAslTKrWuoPABl01aaB6g8A7xzel6fqDwAf2fOFzOoPADzmZXjw6g8AEuwvdhPrDwBKKv6FNesPALRiMa5W6w8A+YTi9HbrDwATIOZflusPAHydz/S06w8Az0n0uNLrDwA9Lm6x7+sPAOi9HuML7A8AFFqxUifsDwDTr50EQuwPAJbxKf1b7A8A9O5sQHXsDwC0DFDSjewPABAfkbal7A8A/ifE8LzsDwAV+1SE0+wPALPIiHTp7A8At5F/xP7sDwAohTV3E+0PAANJhI8n7Q8ATC8kEDvtDwBtWK37Te0PANzDmFRg7Q8A6E9BHXLtDwCBqeRXg+0PAMgspAaU7Q8ABLeFK6TtDwCzanTIs+0PAFJmQd/C7Q8AUm6kcdHtDwDSijyB3+0PAH+ZkA/t7Q8AE9QPHvrtDwDESxKuBu4PAAZa2cAS7g8A3waQVx7uDwAkZUtzKe4PALvkChU07g8APJu4PT7uDwDzginuR+4PAIawHSdR7g8AQX9A6VnuDwAttCg1Yu4PAPCXWAtq7g8Aegc+bHHuDwCBezJYeO4PALkGe89+7g8AskpI0oTuDwBCY7Zgiu4PAFHIzHqP7g8A2iV+IJTuDwDrKahRmO4PAFtIEw6c7g8A83NyVZ/uDwCuzGInou4PAKtCa4Ok7g8AcS38aKbuDwD51m7Xp+4PAAr6BM6o7g8AOzPoS6nuDwAPZClQqe4PAF0HwNmo7g8AU3aJ56fuDwAkHUh4pu4PAIKeooqk7g8A2eQiHaLuDwAkIDUun+4PAC6vJryb7g8A4/IkxZfuDwA5CjxHk+4PABV1VUCO7g8AeZw2rojuDwD8PX+Ogu4PAIe4p9577g8A/zf/m3TuDwBevanDbO4PAH8AnlJk7g8AiCijRVvuDwC1V06ZUe4PAM4GAEpH7g8ATyzhUzzuDwDXKuCyMO4PAASCrWIk7g8AWTy4XhfuDwBHFCqiCe4PAMtJ4yf77Q8AbCF26uvtDwB9BCLk2+0PANM5zg7L7Q8A8ywEZLntDwDJOOncpu0PAIzpN3KT7Q8ANqg4HH/tDwAqwLnSae0PAP+tBo1T7Q8AIqTeQTztDwDXL2rnI+0PAEPmL3MK7Q8AM/4H2u/sDwC4tw4Q1OwPALRulQi37A8AwDAStpjsDwB4qQ0KeewPAP0xD/VX7A8AYcmGZjXsDwA0s7RMEewPANBvjpTr6w8AkbagKcTrDwDcDO71musPAEKFyeFv6w8Anh+t00LrDwBLLQuwE+sPAOgCGlni6g8AViKZrq7qDwAm446NeOoPAOVz/c8/6g8A9tmNTATqDwA6Vi/WxekPAKNHqTuE6Q8AKEcdRz/pDwDWxXa99ugPAOboxF2q6A8A6rF64FnoDwA/qZD2BOgPAL8zgkir5w8ApWofdUznDwABoioQ6OYPANirtqB95g8AfTA4nwzmDwBC9zhzlOUPAIByl3AU5Q8AV/Q21IvkDwA3Hv2/+eMPAJux7jVd4w8A/eQvErXiDwBXVZkDAOIPABSDeII84Q8Ar2fuxGjgDwCqcSuwgt8PAKr+fsWH3g8A/TvGCXXdDwASvynlRtwPAIICLvj42g8Adbqy4YXZDwAEz0jv5tcPAAtlva0T1g8AEfDiSQHUDwCsx7SnodEPAJ4fdgTizg8AsRFe2KjLDwAiLc1u0scPAOwiHi8rww8AObjAgWW9DwAzVADEBrYPAHMoKlhArA8Al0UBHpeeDwD7HaRI+okPACww8PfFZg8ASRwzS1oaDwCC2RV4O0nPPEj3/eMLjYs83FssPK9QkjyCO0Q4uXyVPCinL+j8AZg81tBMLgwjmjwRYjgvTQCcPIpydFovrJ082dVMLUgynzy4u44nMk2gPE1dAjsF9aA8gDZBl6aSoTz9GnqPoieiPIjYYzgutaI8/ZFXwD88ozw3saLBnr2jPF2b/43vOaQ8sP49NruxpDx80xpidSWlPJ7OB6eAlaU8837ZzzECpjxGfKNh0mumPHkFAJKi0qY8sPhG09o2pzyAKrMQrZinPEv1Rq1F+Kc8fwpDU8xVqDyhdnueZLGoPKDPTqkuC6k88h4sgkdjqTxOxTiOybmpPDOnpNzMDqo8Yc13bWdiqjw4FhBurbSqPKNsE22xBas8MHpCh4RVqzxCn1KONqSrPDqCvyrW8as8+U5Z+XA+rDxnOzKlE4qsPJEmcv7J1Kw8TbeADp8erTwVH+QpnWetPMm4IwDOr608WHbxqTr3rTwE7tK16z2uPAVvejPpg64804L5vTrJrjwrYvCE5w2vPI322FT2Ua88tNeHnm2VrzyyLvp9U9ivPO80QuBWDbA8no859UAusDwAphae6k6wPBSgcltWb7A8D/RxkIaPsDwXYbyEfa+wPIPMS2Y9z7A8bwgWS8jusDzxFZUyIA6xPMIPMQdHLbE8RJGOnz5MsTwhIMS/CGuxPDfaeBqnibE8i23uURuosTzPKvj4ZsaxPDHU4JOL5LE8o6BAmYoCsjzsxsRyZSCyPCLD6X0dPrI8/2upDLRbsjyC0x1mKnmyPB3XGceBlrI83C64YruzsjxWuOFi2NCyPJGpy+jZ7bI82khuDcEKszw0ufThjiezPKReJnBERLM82FLKuuJgszxtWAW+an2zPGeysm/dmbM8Bj24vzu2szzjHVaYhtKzPIZact6+7rM8dp7gceUKtDxfdKYt+ya0PKYwPOgAQ7Q8X8fKc/detDw4w2ae33q0PDCPSDK6lrQ8XkEC9oeytDzdEbOsSc60PAamOBYA6rQ8Y1Ve76sFtTxciwryTSG1PFFmatXmPLU8ybIbTndYtTx6X1UOAHS1PBaFDsaBj7U8WxskI/2qtTw/c33Rcsa1PNWML3vj4bU8OV6fyE/9tTzFH6NguBi2PKSwougdNLY8DSa3BIFPtjx0lslX4mq2PDkxsYNChrY8tLJQKaKhtjy+Q7PoAb22PFXTKGFi2LY8VvhhMcTztjztaIv3Jw+3PMgUaVGOKrc83e5w3PdFtzwgc+U1ZWG3PEv07/rWfLc8lb26yE2YtzwLFIs8yrO3PP0i2/NMz7c86N5zjNbqtzwg6oakZwa4PHeGyNoAIrg8Fp+JzqI9uDy+9dEfTlm4PMd+em8Ddbg8L/dHX8OQuDxFwAWSjqy4PJ0MoatlyLg8KGpEUUnkuDyRtXMpOgC5PEmDKNw4HLk8/grvEkY4uTyMogN5YlS5PPDVcLuOcLk8MyouicuMuTzBmT+TGam5PC7Z1Yx5xbk8FHRvK+zhuTxO0vomcv65PJY2+TkMG7o8X8iiIbs3ujyLuwuef1S6PKepSnJacbo8QDGgZEyOujwL8Z8+Vqu6PND1Ws14yLo8OLOL4bTlujwcocNPCwO7PFyYmvB8ILs8AQzgoAo+uzwEPc5BtVu7PCiJP7l9ebs8Pffl8WSXuzxuJYXba7W7PKLALmuT07s8g66Bm9zxuzygFuxsSBC8PC168OXXLrw8HQ1uE4xNvDwGh+wIZmy8PBem6+Bmi7w8rKI2vY+qvDyQ1jvH4cm8PDjgaDBe6bw8b4+LMgYJvTwh7zcQ2yi9PEfGMxXeSL08I/HnlhBpvTyl+9f0c4m9PG9uIJkJqr08DEn8+NLKvTw0LlKV0eu9PBnSSfsGDb4880bqxHQuvjyG0cGZHFC+PCP+ly8Acr48Cb8qSyGUvjwIb/fAgba+PDqnEHYj2b48qewBYQj8vjwhU8KKMh+/PG1Ntw+kQr88aAHJIF9mvzyCl4kEZoq/PL8icRi7rr88hucv0mDTvzwL9hjBWfi/PHWg00fUDsA8R8mPAqghwDyrAqmDqTTAPMf1Pk7aR8A8frOt9jtbwDxpJqcj0G7APBguY4+YgsA8VaLoCJeWwDzFwHF1zarAPEnU7tE9v8A8Mj2qNOrTwDyUZRHP1OjAPLifpu///cA8Q3AgBG4TwTw3XbubISnBPG8JxGkdP8E8PS5gSGRVwTz17p07+WvBPGIS0nTfgsE8retOVhqawTyPL393rbHBPJWmcamcycE8Oq7k++vhwTwB2eLCn/rBPILMBJ28E8I879NvekctwjwlnKykRUfCPOBYdse8YcI8Llmo+rJ8wjx4DnfNLpjCPFMKKlM3tMI8mNuWMdTQwjz1eKmxDe7CPO6uVtLsC8M8o6RoXnsqwzyjEq4FxEnDPECoM3rSacM8CkFWkrOKwzz7iK5wdazDPKYEF7Mnz8M8dfRgqtvywzzb5bmcpBfEPJReVBWYPcQ8FjqnRM5kxDy9Q5x1Yo3EPChaa51zt8Q8A4nNDSXjxDxCrOlTnxDFPEN+OlIRQMU8HORKqbFxxTzajXGLwKXFPP7QOiSK3MU8Sx6Gz2kWxjzqagB7zlPGPMLln75AlcY8MeIJjWvbxjwzel/wKCfHPHIGCVaVecc8i87W9C3Uxzwz8ikFAznIPBR8qr8Pq8g8lkRvlOAuyTyrV0AB7svJPFl3lHjcj8o8sP14OB+YyzwzrQmCtDvNPAAAAAAAAPA/gPB5yWpE7z8PqWxbVLfuP3LwJ+ARP+4/kN4Ep2/T7T/tvFcGknDtP9cZoXhJFO0/5y2nqDO97D96eKnOXmrsP+W67tkcG+w/fdzhTuvO6z9O9Y86ZYXrPwzdNII6Pus/nuhsPyr56j8AJXrx/rXqP93JUNWLdOo/C6/1/ao06j/TH2XuO/bpP30GJI0iuek/vHphV0Z96T9CehvCkULpP0pxMb3xCOk/owrmT1XQ6D/93rpIrZjoP6e8N/zrYeg/as9WDwUs6D/H4iBL7fbnP1RonHeawuc/0LCgPAOP5z9R2HAHH1znPw1tP/TlKec/6nrqulD45j+FWmOeWMfmPyU7UV73luY/H+OSKidn5j8UDFWY4jfmP2EmgJgkCeY/Zf9Kb+ja5T+FXMisKa3lP4uNTCbkf+U/Q56N8BNT5T/SbGVatSblP2S2IOjE+uQ/vU5JTz/P5D91UtxyIaTkPw5Q319oeeQ/djZJShFP5D/fXzWKGSXkP35bWJl+++M/oDGvED7S4z8KzWKmVanjP9IA2ivDgOM/5VD1i4RY4z8xOnDJlzDjP+o4ZP36COM/6TvqVazh4j9FldcUqrriPxDNk47yk+I/6AQFKYRt4j9/25BaXUfiP+33L6l8IeI/HJaSqeD74T9lmVT+h9bhPw3RP1dxseE/TDybcJuM4T/WOYYSBWjhP5epXhCtQ+E/NB8xSJIf4T8OWTKis/vgP5xCQRAQ2OA/qtlwjaa04D99XZkddpHgPzI88Mx9buA/Kz+mr7xL4D8ogovhMSngP8HKuIXcBuA/mr17jHfJ3z/DAKmnnYXfP+t6L8spQt8/jY9+cRr/3j9OH70gbrzeP77DTmojet4/fZtf6jg43j8COnZHrfbdP6lWCzJ/td0/LN4mZK103T96EAKhNjTdP2hbrrQZ9Nw/QqjAc1W03D/C1wC76HTcP7QsHW/SNdw/E2phfBH32z+ObXHWpLjbPxgTB3iLets/xzGzYsQ82z9PhaGeTv/aP5laXzopwto/fNikSlOF2j9KwCDqy0jaPzqERjmSDNo/25MeXqXQ2T/CwBiEBJXZP4+f4NuuWdk/E8szm6Me2T8S8bn84ePYP4SR3j9pqdg/slqsqDhv2D/VDap/TzXYPwzZuBGt+9c/qxT0r1DC1z/lUpKvOYnXP+exx2lnUNc/R2GpO9kX1z+lTBKGjt/WPx3eiK2Gp9Y/3sslGsFv1j8S5Xs3PTjWP8XSgHT6ANY/QMJ2Q/jJ1T+77tYZNpPVP/wAPXCzXNU/6jtTwm8m1T+Qbb+OavDUP6GcEFejutQ/02qtnxmF1D/8JMPvzE/UPxd6NdG8GtQ/2NKO0Ojl0z+rQ/F8ULHTP3YTCGjzfNM/m9H5JdFI0z8s9lpN6RTTP2MHIXc74dI/2T+WPset0j8asU1BjHrSP4beFx+KR9I/m8z3ecAU0j8SgRj2LuLRP0zwwjnVr9E/5VRU7bJ90T9i7jS7x0vRPx0kz08TGtE/vQmHWZXo0D/TQrKITbfQPzBDkI87htA/1OlCIl9V0D95dMf2tyTQP7uT34mL6M8/LjK4jBCIzz/LmOls/ifPPz2cyaRUyM4/2DwoshJpzj+AcUUWOArOPwWQx1XEq80/S1Gy+LZNzT/Jb16KD/DMP1LfcZnNksw/RZ3Yt/A1zD+hGL56eNnLP6oxh3pkfcs/OdHMUrQhyz8EGFeiZ8bKP3smGQt+a8o/O34tMvcQyj9Z/tK/0rbJPyZ8al8QXck/aPp0v68DyT9ZgZKRsKrIPzeagYoSUsg/c3EfYtX5xz8jo2jT+KHHP6e1epx8Ssc/GUeWfmDzxj9h8iE+pJzGP6PxraJHRsY/AIT4dkrwxT90HfOIrJrFPzpoyKltRcU/xR/jrY3wxD8vzvVsDJzEP9Z1A8LpR8Q/rjFpiyX0wz/t1+iqv6DDP4irtAW4TcM/ZCp8hA77wj8aB3oTw6jCP7Veg6LVVsI/NDwYJUYFwj9BfXWSFLTBP2ItqOVAY8E/uG6iHcsSwT+4CVI9s8LAP4O/uEv5csA/KX0GVJ0jwD8qImvLPqm/PxUOUin/C78/RaWa8ntvvj+K6HZhtdO9P9uRvbmrOL0/BHQ7SV+evD8JEAto0AS8Pyfi8nj/a7s/J/bK6ezTuj96YuozmTy6PwpbndwEprk/nqCkdTAQuT9FKL+dHHu4P8vvPgHK5rc/bRGqWjlTtz9FSmlza8C2PxBNhSRhLrY/nWZ0VxudtT+rK/oGmwy1PxIiG0DhfLQ/gJomI+/tsz9oPtnkxV+zPw0xm89m0rI/jw3dRNNFsj9+iZe+DLqxP50X8tAUL7E/IZYVLO2ksD+V5DCelxuwPzNubCssJq8/hFGyR9UWrj9i8a3+LgmtPysqKA8+/as/bl84kAfzqj9gVSn5kOqpP6i1aCrg46g/HCevd/vepz9h0Jiz6dumP9Ct8jyy2qU/XCcRDl3bpD/G7pjO8t2jP5T0Peh84qI/tmofnwXpoT8JgJYumPGgP7SlGNeB+J8/aIyC2xoSnj8RCc2DGTCcP/TrIk6fUpo/C8EAttF5mD+Gvwv02qWWP2aw+/Lq1pQ/GV6rjTgNkz8ZMGA0A0mRP1Ldck8qFY8/s49PJ42kiz99pI0NBEGIP+fPGkKW64Q/lS+VKZKlgT88aOz4YOF8P2O4DNmonnY/BbKwAx+KcD9vsMFDn19lPw33ubYFplQ/x5ckJxRSHAAAAAAAAAAAAIMxnNdbfRMAETw/jvVuGACusA4yt5saAH1EGfcn0RsAG2WIDx2VHABzOVwt/hsdALMYa9Vbfh0AcSwX3TTJHQDKnazfCQQeADd41HF7Mx4Ao7d8F4taHgBsBG8JQnseAD6uCK8Nlx4AnvBOsfWuHgBXZbQHvcMeAM6Zh/D21R4AiFZurhTmHgDQHDbKbvQeAKTU3XZLAR8At5anE+MMHwB69/FpYxcfAHElRQzyIB8AdKhRGa4pHwAyVbmPsTEfAAbBV1ESOR8ATGlu6+I/HwD7iNcyM0YfAA86Hb8QTB8AIjNcTIdRHwDA7MMJoVYfAJaZCdlmWx8AjNAQguBfHwByV0TdFGQfAHmWhfYJaB8A5wIrKsVrHwD05DI9S28fADrxkHGgch8A1wlNl8h1HwDAXAQbx3gfAPU/QRKfex8Aip8HRlN+HwA5EeI75oAfAGKRrT1agx8AE7lWYLGFHwBiQrKJ7YcfAPp0k3UQih8ArTk9uhuMHwBK0EXMEI4fABc+AQLxjx8A4ViDlr2RHwDYr0esd5MfANtki08glR8AkjhjeLiWHwCSiJYMQZgfAIG6RuG6mR8AAH9pvCabHwB6cRtWhZwfAAPYz1nXnR8AzqFhZx2fHwDANgkUWKAfADkzOuuHoR8A/MRrb62iHwCDBs4ayaMfAKNq7l/bpB8AfQlNquSlHwCDZ+Re5aYfAMQepdzdpx8AdajmfM6oHwDvX86Tt6kfAFi4rXCZqh8AMoJYXnSrHwCFBXSjSKwfAOmfv4IWrR8AwYJXO96tHwBtHfIIoK4fAH6wGCRcrx8AE3pbwhKwHwD034EWxLAfAPvxtlBwsR8AOpaynheyHwBLqN8rurIfABhOfyFYsx8ADL7JpvGzHwDXrAzhhrQfAP2Tx/MXtR8Aqv3FAKW1HwBZ/jcoLrYfAAoByYizth8AmQe1PzW3HwCofdxos7cfAAm61h4uuB8A9kcDe6W4HwB0D5qVGbkfAARyuoWKuR8AJ295Yfi5HwCG4u49Y7ofABfsQS/Luh8ARZG0SDC7HwDipK6ckrsfAJ4CyDzyux8AlSnSOU+8HwDVQOGjqbwfAJ+PVIoBvR8AnHLe+1a9HwBr1osGqr0fAEE/y7f6vR8A3mRzHEm+HwBfaclAlb4fACixhjDfvh8AdWHe9ia/HwDjioKebL8fAMQEqTGwvx8AsP0PuvG/HwCJRQJBMcAfALNUW89uwB8AJxSLbarAHwCKaZkj5MAfAGSKKfkbwR8AQxl99VHBHwBLD3cfhsEfALR0nn24wR8AQ+ogFunBHwDeBdXuF8IfAP+DPA1Fwh8Awk+GdnDCHwAPY5AvmsIfAEaA6TzCwh8AtMbSoujCHwDtIkFlDcMfAA+c3ocwwx8Ax34LDlLDHwD4Zt/6ccMfAIcoKlGQwx8A+pd0E63DHwBJMwFEyMMfAECrzOThwx8AqE2O9/nDHwBhULh9EMQfAGj9d3glxB8Ax7+16DjEHwAqERXPSsQfAOhH9CtbxB8ABEVs/2nEHwCyAVBJd8QfALn7KwmDxB8A9n9FPo3EHwAb0pnnlcQfALEw3QOdxB8AM7R5kaLEHwD8B46OpsQfAIz76/ioxB8An+oWzqnEHwA0+kELqcQfAKAoTq2mxB8AdS7IsKLEHwDjLeYRncQfAPUthcyVxB8AwV4m3IzEHwB6I+w7gsQfAObeluZ1xB8Ag36B1mfEHwA3wJ0FWMQfACEucG1GxB8AmcsLBzPEHwAObg3LHcQfAPe7lrEGxB8AYstIsu3DHwA8WT7E0sMfALSRBd61wx8ATGGZ9ZbDHwCTRVoAdsMfAHGTBvNSwx8AGSiywS3DHwCIeL1fBsMfAGPyy7/cwh8Anp+507DCHwDw/I+MgsIfAGTxedpRwh8AntO2rB7CHwBWZ4zx6MEfADy7N5awwR8AEM3chnXBHwC31nSuN8EfABUku/b2wB8ApE0YSLPAHwDxr4uJbMAfAGXzkqAiwB8AuXIPcdW/HwCPSCndhL8fAAvGL8Uwvx8Axgx3B9m+HwDbfTKAfb4fABSmSwkevh8ACEQ1erq9HwAm+LmnUr0fABsgxmPmvB8A5U0sfXW8HwCqt2O//7sfAKLmP/KEux8AjdGg2QS7HwCtcBo1f7ofABm2kr/zuR8A/KvULmK5HwAXShczyrgfAFRbdnYruB8AXIlbnIW3HwCUVdVA2LYfAENp2fcith8A4TdvTGW1HwDSab+/nrQfAEfnA8jOsx8AP5xTz/SyHwBTKEQyELIfAASWWj4gsR8AwuFCMCSwHwCnecQxG68fAAXhZ1cErh8Acy2/nd6sHwALBkDmqKsfACj/mfNhqh8AomZvZQipHwA9jVCzmqcfABTy0SYXph8AAOqL1HukHwCVwMWTxqIfABXzffT0oB8AC75rMwSfHwC9+Xkr8ZwfAMWrFUS4mh8AuS94W1WYHwB5P9Crw5UfAPPxzqn9kh8AHeSa2vyPHwD4hXOeuYwfAAeWR+wqiR8Aj9sE+UWFHwCbAzbD/YAfACbpOXhCfB8AzCpYowB3HwAcJBoPIHEfACs1tzSCah8AZ+KoAABjHwDE40+QZlofAHIRzk5yUB8A229cZsdEHwCiWYqj5TYfAAo0UDQUJh8AFAR7BD4RHwDny1f6rvYeAB4ViKGM0x4AsS0SHqaiHgB8JovHYVkeALELrCv23R0AwOjk2U3bHADBXb+U7GTRPB5BXYudWGA8L01bSbLWajy7jVupNZNxPHUqSuXmInU8gXrC+5BQeDzNt3nv0Th7PJm9bbfY7H08PFzGSfA7gDxw9tYk23CBPDMm2pACmII8ym49/oizgzwi/gvGFcWEPMRKAp34zYU8viun8EDPhjwa0BfazcmHPG9g01RZvog80jciVYCtiTwEUl2+yJeKPMSj3d2lfYs8iT+M13tfjDw2fPFNoj2NPFpz8XhmGI48qk9fzwzwjjwJMmhd0sSPPFh1au12S5A8/ICbR0izkDyv9UmH8xmRPKDfS+uMf5E850k+6SbkkTwv/zhl0keSPAtoI+GeqpI8TNompZoMkzwDgm3i0m2TPKBiIdFTzpM8SWdwyigulDwS5zVfXI2UPJMLzWv465Q8TW94KQZKlTz9vrg9jqeVPM8u3ceYBJY84GgMbS1hljxEqfpiU72WPLuQeXkRGZc8c3kHI250lzxygX58b8+XPJnV/lMbKpg87OErL3eEmDwqxdBQiN6YPESi/b1TOJk8OBOtQt6RmTy/A/91LOuZPEqIFL5CRJo8YdKWUyWdmjzJJPJE2PWaPJyXTHlfTps8io8/s76mmzyZ/lmT+f6bPJ/ScJoTV5w821rCKxCvnDz75vCO8gadPI1r2PG9Xp08V5BCanW2nTz+MXz3Gw6ePEQQz4O0ZZ48Yhvi5UG9njyglALixhSfPLX+VytGbJ88oakEZcLDnzzZPJoRnw2gPGKxDfZdOaA8+HZyHB9loDxyAEu745CgPDcBcQOtvKA8Zi96IHzooDwVrBc5UhShPL59cG8wQKE8+3934RdsoTyWIz2pCZihPINSPd0GxKE84sSpkBDwoTwFDrHTJxyiPCmjwrNNSKI8nxjQO4N0ojyqzYt0yaCiPF07pWQhzaI8IRcDEYz5ojwRdvt8CiajPKEbiqqdUqM88BqFmkZ/ozz8789MBqyjPG4zjcDd2KM8xAlP9M0FpDzQbEbm1zKkPKdscZT8X6Q8xIPI/DyNpDykGGsdmrqkPOpFy/QU6KQ8+wDZga4VpTz4tSzEZ0OlPCdvMbxBcaU8+ZxOaz2fpTw1kxHUW82lPCbPVvqd+6U8Lhpz4wQqpjyMm1yWkVimPO7r0xtFh6Y83zyNfiC2pjwIplnLJOWmPPupUBFTFKc8HAT6YaxDpzww0XfRMXOnPAoksXbkoqc89xd9a8XSpzx3cs7M1QKoPCrm37oWM6g85whhWYljqDxUD6TPLpSoPJRgzEgIxag8ExX+8xb2qDzhc44EXCepPIqCNbLYWKk89LtAOY6KqTxdA8fafbypPFHp3dyo7qk8LVnQihAhqjyQxlY1tlOqPA/z0DKbhqo8emWB38C5qjz/rMqdKO2qPLWLbtbTIKs8QiXP+MNUqzy2TzJ7+oirPBAmB9t4vas8hf0tnUDyqzwt4EJOUyesPKSx6oKyXKw8+yMj2F+SrDxspZXzXMisPIBx7YOr/qw8rfIwQU01rTz/ox7tQ2ytPAqljVORo608fzXSSjfbrTycUCa0NxOuPFKkFnyUS648fyP0mk+Erjx4dkoVa72uPGiRW/zo9q48f7ygbsswrzzQXlGYFGuvPOXh77PGpa882AndCuTgrzzUEfl6Nw6wPBs5Ee80LLA8oySSnmtKsDzbJhHP3GiwPA+tOs+Jh7A8Gcgz93OmsDxvlACpnMWwPLfP71AF5bA8zu8LZq8EsTxKFZJqnCSxPCs6b+zNRLE8wQTEhUVlsTyerm/dBIaxPCB4oqcNp7E8Wip4pmHIsTxwM5uqAuqxPKL08JPyC7I8UOVPUjMusjy6O0DmxlCyPKbax2Gvc7I8K1NC6e6WsjxR20W0h7qyPHAtlg583rI8ZVkmWc4CszzQpyoLgSezPGXJO7OWTLM8V6iM+BFyszxDUTSc9ZezPIOLjXpEvrM80N6tjAHlszyt7vXpLwy0PPhCvcnSM7Q8LMkbhe1btDwylNOYg4S0PEyhXaeYrbQ8J7EcezDXtDwIlbkITwG1PLKqrHH4K7U8Wqf4BjFXtTxhRBtM/YK1PAfhOPphr7U8nr2IA2TctTx5GAiXCAq2PJQueyRVOLY8MvTDYE9ntjzuSJdK/Za2PB57mi9lx7Y8ByX0sY34tjwY0lzOfSq3PMNxveI8Xbc8+XFrtdKQtzzTdhR9R8W3PBIUbumj+rc8w77ALPEwuDxCc2gGOWi4PKtbac6FoLg8lTY7guLZuDxEdfPSWhS5PA4q/DT7T7k82BqN8dCMuTzq2SQ66sq5PHjxST5WCro8O0zoQyVLujzqhq3CaI26PMRF2IIz0bo8CrYDwJkWuzwP6pFQsV27PF7adtKRprs8d+9L3lTxuzyn4MJBFj68PPTIyEL0jLw8f6ny7A/evDzFOCdrjTG9POw77G+Uh708n/FOr1DgvTxgCRlu8ju+PMGD8yqvmr48SupQZ8L8vjyn95GXbmK/POXG9kP+y788Luxis+IcwDzvjvWLEVbAPE6ly83BkcA8oEhdeDHQwDymkkMDqBHBPCpEdWd4VsE81sKzvAOfwTx8+smgvOvBPJ+RWbYrPcI8papJrvWTwjzwEUSK4/DCPF73zCfuVMM8YbjIx07BwzxiE+RmlzfEPNFRR83XucQ89nPPPNhKxTzSE3Pheu7FPHK/S21nqsY8L8bq1lCHxzwZ7fLmn5PIPIV7SA3c6ck8/HHaUZ7DyzyDu34p2cnOPAAAAAAAAPA/NhGI5UUF7j/w/4FQptDsPyd763sA5es/Kn/mDg8h6z/n+mKlunbqP5ttVRWX3uk/OapVxDFU6T8v0tN2o9ToP7jFBnjoXeg/JjEkLYru5z9+1AmbboXnP2NLqVu7Iec/xhiEScPC5j8GXE9t+mfmP2avp8HtEOY/daxMaT295T9zh9qCmGzlP5qJeBW6HuU/rvhRwWbT5D9p4I77aorkPyXhqK+ZQ+Q/f4uxK8v+4z8U0eFE3LvjP9ndCKeteuM/GGMORSM74z9e2kXjI/3iPyRPH7aYwOI/vTIREW2F4j+jUIwijkviP8g+gbrqEuI/iXuHGXPb4T8lOx7HGKXhP+5vzm3Ob+E/nBYzvIc74T+MwxxKOQjhPyseK4HY1eA/KtBUiFuk4D99O+4xuXPgP0hl0uvoQ+A/JPNgseIU4D92RSH+Pc3fP/rFv44tct8/TULr0YYY3z+QnZZLPcDeP1HTfTZFad4//DfhdZMT3j8MIaeIHb/dP3rtuX3Za90/Chp+6b0Z3T+S4EDcwcjcP2D7g9nceNw/g6UO0AYq3D+17q4SONzbP4gLmVFpj9s/b4BUlJND2z9f7yg0sPjaP+X2/da4rto/QAGjaqdl2j/0IXUgdh3aP5I3Wmkf1tk/qHsJ8p2P2T8QgZqf7EnZPwRdVIwGBdk/OV23BOfA2D+MP7yEiX3YPzhhRLXpOtg/Wc62aQP51z8egMad0rfXP+NyXnNTd9c/6o2wMII31z+dnmQ+W/jWP5zp5CXbudY/nw3Gj/571j/kJ0hCwj7WP3ZY7x8jAtY/bO4xJh7G1T/uqTpssIrVP+ejvSHXT9U/9YnejY8V1T8d+SYO19vUP9LaixWrotQ/776AKwlq1D/iQRjr7jHUP06hMAJa+tM/hbKrMEjD0z/vfbFHt4zTP93Q/CilVtM/NSQxxg8h0z9wQjkg9evSP2IirkZTt9I/KXZFVyiD0j/9dkd9ck/SP/9+C/EvHNI/2gl7917p0T9avJrh/bbRP4IZGQwLhdE/75Hi3oRT0T+6n7rMaSLRP2ym2VK48dA/MlOP+G7B0D8TPulOjJHQP9KQXfAOYtA/LHx5gPUy0D9qR5OrPgTQP1ST/0zSq88/fj6WXOdPzz+b4OgPuvTOP/JAWQBIms4/p4Mv1o5Azj85TyJIjOfNP7ju4xo+j80//TG0IKI3zT+f0PY4tuDMPwEYzk94isw/7q+5XeY0zD81RDln/t/LP6Xkcny+i8s/Pu/cuCQ4yz8LW+tCL+XKP0k8wEvckso/vFzfDipByj8SxeTRFvDJPyMWPuSgn8k/oZLmnsZPyT95uyVkhgDJP9RiUJ/escg/+RqMxM1jyD/l55RQUhbIP64bhchqycc//kafuRV9xz85KBq5UTHHP+qE7mMd5sY/KNqmXnebxj+s0TBVXlHGPzFqsPrQB8Y/tsJUCc6+xT/1eC5CVHbFP0mMB21iLsU/+rY8WPfmxD+WMJjYEaDEP8bMLcmwWcQ/mmo4C9MTxD8FqfiFd87DP8nVlCadicM/rwz630JFwz9ufb6qZwHDPzTPBIUKvsI/QJlgcip7wj946Lt7xjjCP2XKPa/d9sE/ZtYxIG+1wT94rvDmeXTBPy9xySD9M8E/IBfs7/fzwD8vtlR7abTAP76lt+5QdcA/BH9ueq02wD+N6sum/PC/PxQEGWaFdb8/PMODrvP6vj/MuY4ERoG+P/u6YfV6CL4/mJOtFpGQvT/XTZEGhxm9P1f9gGtbo7w/rxAu9AwuvD+PJnFXmrm7P0hlNVQCRrs/ZVRlsUPTuj+3ONk9XWG6Pyj0RtBN8Lk/cGszRxSAuT+5dOWIrxC5PztTWoMeorg/usQ7LGA0uD/zpteAc8e3Px48GYZXW7c/thaESAvwtj8gtjDcjYW2P/feylzeG7Y/PruR7fuytT820Fm55Uq1PynZkPKa47Q/XJhD0xp9tD8OsSWdZBe0P56fm5l3srM/GOfGGVNOsz/RjZR29uqyP3AFzhBhiLI/jJ0sUZImsj9Ao2+oicWxP5JTdY9GZbE/UMpWh8gFsT87G4cZD6ewPxfI9dcZSbA/dpZputDXrz806ESZ9B6vP+WyLqWeZ64/EFgxSc6xrT9KeR4Dg/2sP+khB2S8Sqw/hdm+EHqZqz+EgGrCu+mqPzjxG0eBO6o/THx7gsqOqT9td4Bul+OoP2s5OhzoOag/ngirtLyRpz9Sr7Z5FeumP0GgJsfyRaY/ytLFE1WipT/rxZbyPAClPxlrJhSrX6Q//xj/R6DAoz+uFD9+HSOjPwzAVskjh6I/1BLzX7TsoT+hsxmf0FOhP1HWfAx6vKA/7voNWbImoD+QmK/H9iSfP2h0UXqu/50/DBszVJDdnD9wWPpQob6bP5tOkubmopo/SCoTD2eKmT9nmexTKHWYP5b8h9oxY5c/d0CicotUlj9RAqumPUmVP77wh85RQZQ/hF0xJdI8kz8yOrnhyTuSP19fclRFPpE/8AIeCVJEkD/Ox4ne/ZuOP1cnbhS5tow/LclCVfrYij+9p49o6gKJP/V0qua2NIc/yxbkC5NuhT9ib1HBuLCDP3F2s+1p+4E/+ddfKfJOgD/FXXT6UVd9PzZIl9TpI3o/IDbsN58Edz/9IuPOl/pzP0NAV2k9B3E/EUvNgbNYbD///qHziNhmPySj4ahrlGE/JT4MVLUrWT+5/I33CrJPP0sLnzIcwz0/";

export const default_rng = sig("default_rng", ["seed"], (s) => {
  // Asked of the kernel: a module flag set here would make `default_rng` a registration to the
  // shaker (kernels.rs), shipped with every program.
  if (!K.rngHasZiggurat()) K.rngSetZiggurat(Uint8Array.from(atob(ZIGGURAT), (c) => c.charCodeAt(0)));
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
