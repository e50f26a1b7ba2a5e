// `numpy.random`: the legacy global RandomState (MT19937, NumPy's exact sequences after
// `seed(n)`) and `default_rng` (PCG64 Generator). The generators live in WASM
// (runtime/src/random.rs); each draw returns plain data, so nothing needs freeing.

import { mkclass, Tuple, tuple_of, KwArgs, ValueError, TypeError, IndexError, NotImplementedError, OverflowError, mkfloat, repr } from "../builtins.mjs";
import { PySlice, getitem as pyGetitem } from "../rt/containers.mjs";
import { method, withSig, toNum } from "../_shim.mjs";
import * as LM from "../_libm.mjs";
import * as LA from "./linalg.mjs";
import {
  K, BOOL, INT, FLOAT, isArr, toArr, fromFlat, flat, kcall, scal, skind, sval, copyArr, mk, getitem, unsupported, dtcode, smallDt,
  broadcastShapes, broadcastMulti, broadcastTo, AxisError, uint32, STRH,
} from "./_core.mjs";

export const __name__ = "numpy.random";

const sig = (name, params, f, defaults = 0, opts = {}) => withSig(f, name, params, { defaults, ...opts });

/** `size=` as a shape, or null for "one scalar". */
function sizeArg(size) {
  if (size === undefined || size === null) return null;
  const s = Array.isArray(size) || size instanceof Tuple ? Array.from(size, (d) => sval(d)) : [sval(size)];
  if (s.some((d) => d < 0)) throw ValueError("negative dimensions are not allowed");
  return s;
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
  return args.length === 0 ? null : sizeArg(args);
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
    if (name === "uniform" && !Number.isFinite(sval(b) - sval(a))) throw OverflowError("Range exceeds valid bounds");
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
    // NumPy broadcasts np.empty(size) with the parameters (its multi-iterator's message).
    const t = broadcastMulti([s, x.$shape, y.$shape]);
    if (t.length !== s.length) {
      const u = (z) => `(${z.join(", ")}${z.length === 1 ? "," : ""})`;
      throw ValueError(`Output size ${u(s)} is not compatible with broadcast dimensions of inputs ${u(shape)}.`);
    }
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
  if (!(lam >= 0)) throw ValueError("lam < 0 or lam is NaN");
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

/** NumPy's random_binomial_btpe (distributions.c), step for step; `p <= 0.5` here. */
function binomialBtpe(next, n, p) {
  const r = Math.min(p, 1.0 - p), q = 1.0 - r, fm = n * r + r, m = Math.floor(fm);
  const p1 = Math.floor(2.195 * Math.sqrt(n * r * q) - 4.6 * q) + 0.5;
  const xm = m + 0.5, xl = xm - p1, xr = xm + p1, c = 0.134 + 20.5 / (15.3 + m);
  let a = (fm - xl) / (fm - xl * r);
  const laml = a * (1.0 + a / 2.0);
  a = (xr - fm) / (xr * q);
  const lamr = a * (1.0 + a / 2.0);
  const p2 = p1 * (1.0 + 2.0 * c), p3 = p2 + c / laml, p4 = p3 + c / lamr;
  const nrq = n * r * q;
  const corr = (t, t2) => (13680. - (462. - (132. - (99. - 140. / t2) / t2) / t2) / t2) / t / 166320.;
  for (;;) {
    const u = next() * p4;
    let v = next(), y;
    if (u <= p1) return Math.floor(xm - p1 * v + u); // Step 10 (then Step 60: p <= 0.5)
    if (u <= p2) { // Step 20
      const x = xl + (u - p1) / c;
      v = v * c + 1.0 - Math.abs(m - x + 0.5) / p1;
      if (v > 1.0) continue;
      y = Math.floor(x);
    } else if (u <= p3) { // Step 30
      y = Math.floor(xl + LM.log(v) / laml);
      if (y < 0 || v === 0.0) continue;
      v = v * (u - p2) * laml;
    } else { // Step 40
      y = Math.floor(xr - LM.log(v) / lamr);
      if (y > n || v === 0.0) continue;
      v = v * (u - p3) * lamr;
    }
    const k = Math.abs(y - m); // Step 50
    if (!(k > 20 && k < nrq / 2.0 - 1)) {
      const s = r / q, aa = s * (n + 1);
      let F = 1.0;
      if (m < y) for (let i = m + 1; i <= y; i++) F *= aa / i - s;
      else if (m > y) for (let i = y + 1; i <= m; i++) F /= aa / i - s;
      if (v > F) continue;
      return y;
    }
    const rho = (k / nrq) * ((k * (k / 3.0 + 0.625) + 0.16666666666666666) / nrq + 0.5); // Step 52
    const t = (-k * k) / (2 * nrq), A = LM.log(v);
    if (A < t - rho) return y;
    if (A > t + rho) continue;
    const x1 = y + 1, f1 = m + 1, z = n + 1 - m, w = n - y + 1;
    if (A > xm * LM.log(f1 / x1) + (n - m + 0.5) * LM.log(z / w) + (y - m) * LM.log((w * r) / (x1 * q)) +
      corr(f1, f1 * f1) + corr(z, z * z) + corr(x1, x1 * x1) + corr(w, w * w)) continue;
    return y;
  }
}

function binomial1(next, n, p) {
  if (p < 0 || p > 1 || p !== p) throw ValueError("p < 0, p > 1 or p is NaN");
  if (n < 0) throw ValueError("n < 0");
  if (n === 0 || p === 0) return 0;
  if (p <= 0.5) {
    if (p * n <= 30.0) return binomialInversion(next, n, p);
    return binomialBtpe(next, n, p);
  }
  const q = 1.0 - p;
  if (q * n <= 30.0) return n - binomialInversion(next, n, q);
  return n - binomialBtpe(next, n, q);
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
  checkAll(scale, (v) => !(v < 0), "scale < 0", "scale < 0");
  const [shape, S] = bcastParams(scale, 0, size);
  const u = kcall(K.randomFloats, "random", count(shape), 0, 0);
  const out = new Float64Array(u.length);
  for (let i = 0; i < out.length; i++) out[i] = S[i] * -LM.log(1.0 - u[i]);
  if (skind(scale) >= 0 && (size === undefined || size === null)) return mkfloat(out[0]);
  return fromFlat(FLOAT, shape, out);
}

export const exponential = sig("exponential", ["scale", "size"], (scale, size) => exponentialLegacy(scale ?? 1.0, size), 2);
export const standard_exponential = sig("standard_exponential", ["size"], (size) => exponentialLegacy(1.0, size), 1);
/** NumPy checks every parameter before it draws: a bad one in an array raises with no draw made. */
function checkAll(x, ok, msgScalar, msgArr) {
  if (skind(x) >= 0) {
    if (!ok(sval(x))) throw ValueError(msgScalar);
    return;
  }
  if (!flat(copyArr(toArr(x), FLOAT)).every(ok)) throw ValueError(msgArr);
}
export const poisson = sig("poisson", ["lam", "size"], (lam, size) => {
  checkAll(lam ?? 1.0, (v) => v >= 0, "lam < 0 or lam is NaN", "lam < 0 or lam contains NaNs");
  return drawInts(legacyNext, poisson1, [lam ?? 1.0], size, false);
}, 2);
/** The legacy state's binomial: n == 0, p == 0 and p == 1 still consume one double (mtrand). */
function binomialLegacy1(next, n, p) {
  if (n === 0 || p === 0 || p === 1) {
    if (p < 0 || p > 1 || p !== p) throw ValueError("p < 0, p > 1 or p is NaN");
    if (n < 0) throw ValueError("n < 0");
    next();
    return p === 1 ? n : 0;
  }
  return binomial1(next, n, p);
}
export const binomial = sig("binomial", ["n", "p", "size"], (n, p, size) => drawInts(legacyNext, binomialLegacy1, [n, p], size, false), 1);
export const lognormal = sig("lognormal", ["mean", "sigma", "size"], (mean, sigma, size) => {
  if (flat(copyArr(toArr(sigma ?? 1.0), FLOAT)).some((x) => x < 0)) throw ValueError("sigma < 0");
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

/** A `dtype=` other than the one the generator produces (float32, int32, ...) is an error, never ignored. */
function dtOnly(dt, code) {
  if (dt !== undefined && dt !== null && dtcode(dt) !== code) throw unsupported(`random numbers of dtype ${repr(dt)}`);
}

export const randint = sig("randint", ["low", "high", "size", "dtype"], (low, high, size, dt) => {
  dtOnly(dt, INT);
  if (high === undefined || high === null) {
    high = low;
    low = 0;
  }
  if (isArr(low) || isArr(high) || Array.isArray(low) || Array.isArray(high)) {
    // Array bounds: one bounded draw per element in C order (mtrand's broadcast loop).
    const [shape, lo, hi] = bcastParams(low, high, size);
    const out = new Float64Array(lo.length);
    for (let i = 0; i < lo.length; i++) if (!(lo[i] < hi[i])) throw ValueError("low >= high");
    for (let i = 0; i < lo.length; i++) out[i] = kcall(K.randomRandint, lo[i], hi[i], 1)[0];
    return fromFlat(INT, shape, out);
  }
  const shape = sizeArg(size);
  return ints(shape, kcall(K.randomRandint, sval(low), sval(high), count(shape)));
}, 3);

/** `axis` of an `nd`-dimensional array, negative counted from the end (AxisError past it). */
function axisOf(axis, nd) {
  const ax = axis === undefined || axis === null ? 0 : sval(axis);
  if (ax < -nd || ax >= nd) throw AxisError(`axis ${ax} is out of bounds for array of dimension ${nd}`);
  return ax < 0 ? ax + nd : ax;
}

/** The view of `x` with axes 0 and `ax` swapped (`np.swapaxes(x, 0, ax)`). */
function swap0(x, ax) {
  const sh = x.$shape.slice(), st = x.$strides.slice();
  [sh[0], sh[ax]] = [sh[ax], sh[0]];
  [st[0], st[ax]] = [st[ax], st[0]];
  return mk(x.$dt, sh, st, x.$off, x.$data);
}

/** `x[:, ..., idx]` with `idx` (an int64 array or an int) at axis `ax`. */
function takeAxis(x, idx, ax) {
  const key = [];
  for (let i = 0; i < ax; i++) key.push(new PySlice(null, null, null));
  key.push(idx);
  return getitem(x, tuple_of(key));
}

/**
 * Generator.choice(pop, n, replace=False, shuffle=False): NumPy's tail shuffle (pop > 10000 and
 * n > pop // 20) or Floyd's algorithm with its open-addressing set, without the final shuffle.
 * `integers(0, j + 1)` is the kernel's `bounded_u64(0, j)`, the draw NumPy makes.
 */
function choiceNoShuffle(id, pop, n) {
  const draw = (j) => (j === 0 ? 0 : kcall(K.rngIntegers, id, 0, j + 1, 1)[0]);
  if (pop > 10000 && n > Math.floor(pop / 20)) {
    const idx = new Float64Array(pop);
    for (let i = 0; i < pop; i++) idx[i] = i;
    for (let i = pop - 1; i >= Math.max(pop - n, 1); i--) {
      const j = draw(i), t = idx[i];
      idx[i] = idx[j];
      idx[j] = t;
    }
    return idx.slice(pop - n);
  }
  const out = new Float64Array(n);
  let mask = 0;
  while (mask < Math.floor(1.2 * n)) mask = mask * 2 + 1;
  const set = new Float64Array(mask + 1).fill(-1);
  for (let j = pop - n; j < pop; j++) {
    const val = draw(j);
    let loc = val & mask;
    while (set[loc] !== -1 && set[loc] !== val) loc = (loc + 1) & mask;
    if (set[loc] === -1) {
      set[loc] = val;
      out[j - pop + n] = val;
    } else {
      loc = j & mask;
      while (set[loc] !== -1) loc = (loc + 1) & mask;
      set[loc] = j;
      out[j - pop + n] = j;
    }
  }
  return out;
}

/** `choice` for the legacy state or a Generator (`k(pop, size, replace, p)`). */
function choiceImpl(a, size, replace, p, k, npScalar, legacy = false, axis) {
  let pop, values = null;
  // String (and other non-core) arrays: draw the indices, then NumPy's `a[idx]`.
  const s = a?.$a === undefined && skind(a) < 0 && STRH.sd !== null ? STRH.sd.conv(a) ?? a : a;
  if (s?.$a !== undefined && s.$a.$shape.length === 1 && s.$a.$shape[0] > 0) return pyGetitem(s, choiceImpl(s.$a.$shape[0], size, replace, p, k, true, legacy));
  if (skind(a) === INT) pop = sval(a);
  else {
    values = toArr(a);
    if (!legacy && axis !== undefined && axis !== null && values.$shape.length > 0) {
      // Generator.choice reads `a.shape[axis]` first: a bad axis is that tuple's IndexError.
      const nd = values.$shape.length, ax = sval(axis);
      if (ax < -nd || ax >= nd) throw IndexError("tuple index out of range");
    }
    if (!legacy && values.$shape.length > 1) {
      // Generator.choice of an n-d array draws along `axis` (`a.take(idx, axis)`).
      const ax = axisOf(axis, values.$shape.length);
      const idx = choiceImpl(values.$shape[ax], size, replace, p, k, true);
      return takeAxis(values, idx, ax);
    }
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
  if (!legacy && probs.length > 0 && probs.length === pop) {
    // Generator.choice's own messages (the kernel's are RandomState's): Kahan sum as NumPy's.
    let sum = 0, comp = 0;
    for (const x of probs) {
      const y = x - comp, t = sum + y;
      comp = t - sum - y;
      sum = t;
    }
    if (sum !== sum) throw ValueError("Probabilities contain NaN");
    if (probs.some((x) => x < 0)) throw ValueError("Probabilities are not non-negative");
    if (Math.abs(sum - 1.0) > Math.sqrt(2.220446049250313e-16)) {
      throw ValueError("Probabilities do not sum to 1. See Notes section of docstring for more information.");
    }
  }
  const idx = kcall(k, pop, count(shape), rep, probs);
  // NumPy returns a Python int for choice(int) without size (legacy and Generator alike).
  if (values === null) return ints(shape, idx, false);
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

// ============================================================================ more distributions
// NumPy's legacy-distributions.c (RandomState, `np.random.NAME`) and distributions.c
// (Generator) one draw at a time. A source `S` gives uniform doubles (`d`), standard normals
// (`n`: the legacy polar method with its cached second value, or the Generator's ziggurat) and
// standard exponentials (`e`: -log(1 - U) for the legacy state, ziggurat for a Generator).

const LEGACY_SRC = {
  d: legacyNext,
  n: () => kcall(K.randomFloats, "randn", 1, 0, 0)[0],
  e: () => -LM.log(1.0 - legacyNext()),
  legacy: true,
};
function genSrc(id) {
  return {
    d: () => kcall(K.rngFloats, id, "random", 1, 0, 0)[0],
    n: () => kcall(K.rngFloats, id, "standard_normal", 1, 0, 0)[0],
    e: () => kcall(K.rngFloats, id, "exponential", 1, 1.0, 0)[0],
    interval: (max) => K.rngInterval(id, max),
    legacy: false,
  };
}

function stdGamma(S, shape) {
  if (shape === 1.0) return S.e();
  if (shape === 0.0) return 0.0;
  if (shape < 1.0) {
    for (;;) {
      const U = S.d(), V = S.e();
      if (U <= 1.0 - shape) {
        const X = LM.pow(U, 1.0 / shape);
        if (X <= V) return X;
      } else {
        const Y = -LM.log((1 - U) / shape), X = LM.pow(1.0 - shape + shape * Y, 1.0 / shape);
        if (X <= V + Y) return X;
      }
    }
  }
  const b = shape - 1.0 / 3.0, c = 1.0 / Math.sqrt(9 * b);
  for (;;) {
    let X, V;
    do {
      X = S.n();
      V = 1.0 + c * X;
    } while (V <= 0.0);
    V = V * V * V;
    const U = S.d();
    if (U < 1.0 - 0.0331 * (X * X) * (X * X)) return b * V;
    if (LM.log(U) < 0.5 * X * X + b * (1.0 - V + LM.log(V))) return b * V;
  }
}

function betaDraw(S, a, b) {
  if (a <= 1.0 && b <= 1.0) {
    for (;;) {
      const U = S.d(), V = S.d(), X = LM.pow(U, 1.0 / a), Y = LM.pow(V, 1.0 / b), XpY = X + Y;
      if (XpY <= 1.0 && (S.legacy || XpY > 0.0)) {
        if (XpY > 0) return X / XpY;
        let logX = LM.log(U) / a, logY = LM.log(V) / b;
        const logM = logX > logY ? logX : logY;
        logX -= logM;
        logY -= logM;
        return LM.exp(logX - LM.log(LM.exp(logX) + LM.exp(logY)));
      }
    }
  }
  const Ga = stdGamma(S, a), Gb = stdGamma(S, b);
  return Ga / (Ga + Gb);
}

const chisq = (S, df) => 2.0 * stdGamma(S, df / 2.0);

function laplaceDraw(S, loc, scale) {
  for (;;) {
    const U = S.d();
    if (U >= 0.5) return loc - scale * LM.log(2.0 - U - U);
    if (U > 0.0) return loc + scale * LM.log(U + U);
  }
}
function logisticDraw(S, loc, scale) {
  for (;;) {
    const U = S.d();
    if (U > 0.0) return loc + scale * LM.log(U / (1.0 - U));
  }
}
function gumbelDraw(S, loc, scale) {
  for (;;) {
    const U = 1.0 - S.d();
    if (U < 1.0) return loc - scale * LM.log(-LM.log(U));
  }
}

function vonmisesDraw(S, mu, kappa) {
  if (kappa !== kappa) return NaN;
  if (kappa < 1e-8) return Math.PI * (2 * S.d() - 1);
  let s;
  if (kappa < 1e-5) s = 1.0 / kappa + kappa;
  else if (!S.legacy && kappa > 1e6) {
    // Generator: a wrapped normal for very large kappa (distributions.c).
    let result = mu + Math.sqrt(1.0 / kappa) * S.n();
    if (result < -Math.PI) result += 2 * Math.PI;
    if (result > Math.PI) result -= 2 * Math.PI;
    return result;
  } else {
    const r = 1 + Math.sqrt(1 + 4 * kappa * kappa), rho = (r - Math.sqrt(2 * r)) / (2 * kappa);
    s = (1 + rho * rho) / (2 * rho);
  }
  let W;
  for (;;) {
    const U = S.d(), Z = LM.cos(Math.PI * U);
    W = (1 + s * Z) / (s + Z);
    const Y = kappa * (s - W), V = S.d();
    if (Y * (2 - Y) - V >= 0 || LM.log(Y / V) + 1 - Y >= 0) break;
  }
  const U = S.d();
  let result = LM.acos(W);
  if (U < 0.5) result = -result;
  result += mu;
  const neg = result < 0;
  let mod = Math.abs(result);
  mod = ((mod + Math.PI) % (2 * Math.PI)) - Math.PI;
  if (neg) mod *= -1;
  return mod;
}

function triangularDraw(S, left, mode, right) {
  const base = right - left, leftbase = mode - left, ratio = leftbase / base;
  const leftprod = leftbase * base, rightprod = (right - mode) * base;
  const U = S.d();
  if (U <= ratio) return left + Math.sqrt(U * leftprod);
  return right - Math.sqrt((1.0 - U) * rightprod);
}

function waldDraw(S, mean, scale) {
  const mu2l = mean / (2 * scale);
  let Y = S.n();
  Y = mean * Y * Y;
  const X = mean + mu2l * (Y - Math.sqrt(4 * scale * Y + Y * Y));
  const U = S.d();
  return U <= mean / (mean + X) ? X : (mean * mean) / X;
}

function geometricDraw(S, p) {
  if (p >= 0.333333333333333333333333) {
    let X = 1, sum = p, prod = p;
    const q = 1.0 - p, U = S.d();
    while (U > sum) {
      prod *= q;
      sum += prod;
      X++;
    }
    return X;
  }
  if (S.legacy) return Math.ceil(LM.log(1.0 - S.d()) / LM.log(1.0 - p));
  const z = Math.ceil(-S.e() / LM.log1p(-p));
  return z >= 9.223372036854776e18 ? 9223372036854775807 : z;
}

function logseriesDraw(S, p) {
  const r = LM.log(1.0 - p);
  for (;;) {
    const V = S.d();
    if (V >= p) return 1;
    const U = S.d(), q = 1.0 - LM.exp(r * U);
    if (V <= q * q) {
      const result = Math.floor(1 + LM.log(V) / LM.log(q));
      if (result < 1 || V === 0.0) continue;
      return result;
    }
    return V >= q ? 1 : 2;
  }
}

function zipfDraw(S, a) {
  const am1 = a - 1.0, b = LM.pow(2.0, am1);
  for (;;) {
    const U = 1.0 - S.d(), V = S.d(), X = Math.floor(LM.pow(U, -1.0 / am1));
    if (X > 9223372036854775807 || X < 1.0) continue;
    const T = LM.pow(1.0 + 1.0 / X, am1);
    if ((V * X * (T - 1.0)) / (b - 1.0) <= T / b) return X;
  }
}

function hypergeomLegacy(S, good, bad, sample) {
  if (sample > 10) {
    const D1 = 1.7155277699214135, D2 = 0.8989161620588988;
    const mingoodbad = Math.min(good, bad), popsize = good + bad, maxgoodbad = Math.max(good, bad);
    const m = Math.min(sample, popsize - sample), d4 = mingoodbad / popsize, d5 = 1.0 - d4, d6 = m * d4 + 0.5;
    const d7 = Math.sqrt(((popsize - m) * sample * d4 * d5) / (popsize - 1) + 0.5), d8 = D1 * d7 + D2;
    const d9 = Math.floor(((m + 1) * (mingoodbad + 1)) / (popsize + 2));
    const d10 = loggam(d9 + 1) + loggam(mingoodbad - d9 + 1) + loggam(m - d9 + 1) + loggam(maxgoodbad - m + d9 + 1);
    const d11 = Math.min(Math.min(m, mingoodbad) + 1.0, Math.floor(d6 + 16 * d7));
    let Z;
    for (;;) {
      const X = S.d(), Y = S.d(), W = d6 + (d8 * (Y - 0.5)) / X;
      if (W < 0.0 || W >= d11) continue;
      Z = Math.floor(W);
      const T = d10 - (loggam(Z + 1) + loggam(mingoodbad - Z + 1) + loggam(m - Z + 1) + loggam(maxgoodbad - m + Z + 1));
      if (X * (4.0 - X) - 3.0 <= T) break;
      if (X * (X - T) >= 1) continue;
      if (2.0 * LM.log(X) <= T) break;
    }
    if (good > bad) Z = m - Z;
    if (m < sample) Z = good - Z;
    return Z;
  }
  if (sample <= 0) return 0;
  const d1 = bad + good - sample, d2 = Math.min(bad, good);
  let y = d2, k = sample;
  while (y > 0.0) {
    const u = S.d();
    y -= Math.floor(u + y / (d1 + k));
    k--;
    if (k === 0) break;
  }
  let z = Math.trunc(d2 - y);
  if (good > bad) z = sample - z;
  return z;
}


/** `logfactorial(k)` (random/src/distributions/logfactorial.c): log(k!) below 126, else Stirling. */
function logfactorial(k) {
  if (k < 126) {
    let f = 1;
    for (let i = 2; i <= k; i++) f *= i;
    return LM.log(f);
  }
  return (k + 0.5) * LM.log(k) - k + (0.9189385332046728 + (1.0 / k) * (1 / 12.0 - 1 / (360.0 * k * k)));
}

/** The Generator's random_hypergeometric (random_hypergeometric.c): HRUA, or counting down. */
function hypergeomGen(S, good, bad, sample) {
  if (sample >= 10 && sample <= good + bad - 10) {
    const D1 = 1.7155277699214135, D2 = 0.8989161620588988;
    const popsize = good + bad, cs = Math.min(sample, popsize - sample);
    const mingoodbad = Math.min(good, bad), maxgoodbad = Math.max(good, bad);
    const p = mingoodbad / popsize, q = maxgoodbad / popsize, mu = cs * p, a = mu + 0.5;
    const v = ((popsize - cs) * cs * p * q) / (popsize - 1), c = Math.sqrt(v + 0.5), h = D1 * c + D2;
    const m = Math.floor(((cs + 1) * (mingoodbad + 1)) / (popsize + 2));
    const g = logfactorial(m) + logfactorial(mingoodbad - m) + logfactorial(cs - m) + logfactorial(maxgoodbad - cs + m);
    const b = Math.min(Math.min(cs, mingoodbad) + 1, Math.floor(a + 16 * c));
    let K_;
    for (;;) {
      const U = S.d(), V = S.d(), X = a + (h * (V - 0.5)) / U;
      if (X < 0.0 || X >= b) continue;
      K_ = Math.floor(X);
      const gp = logfactorial(K_) + logfactorial(mingoodbad - K_) + logfactorial(cs - K_) + logfactorial(maxgoodbad - cs + K_);
      const T = g - gp;
      if (U * (4.0 - U) - 3.0 <= T) break;
      if (U * (U - T) >= 1) continue;
      if (2.0 * LM.log(U) <= T) break;
    }
    if (good > bad) K_ = cs - K_;
    if (cs < sample) K_ = good - K_;
    return K_;
  }
  const total = good + bad, half = Math.floor(total / 2);
  let computed = sample > half ? total - sample : sample, remTotal = total, remGood = good;
  while (computed > 0 && remGood > 0 && remTotal > remGood) {
    --remTotal;
    if (S.interval(remTotal) < remGood) --remGood;
    --computed;
  }
  if (remTotal === remGood) remGood -= computed;
  return sample > half ? remGood : good - remGood;
}

/** Float draws of `one(S, ...params)` with NumPy's checks (`checks(...params)` throws). */
function drawF(S, one, params, size, checks) {
  const arrs = params.map((x) => copyArr(toArr(x), FLOAT));
  const s = sizeArg(size);
  let shape = broadcastMulti(arrs.map((a) => a.$shape));
  const flats0 = arrs.map((a) => flat(a));
  if (checks) {
    const n0 = flats0.reduce((m, f) => Math.max(m, f.length), 0);
    for (let i = 0; i < n0; i++) checks(...flats0.map((f) => f[Math.min(i, f.length - 1)]));
  }
  if (s === null && shape.length === 0) return mkfloat(one(S, ...arrs.map((a) => a.$data[a.$off])));
  if (s !== null) {
    const t = broadcastMulti([s, ...arrs.map((a) => a.$shape)]);
    if (t.length !== s.length) {
      const u = (x) => `(${x.join(", ")}${x.length === 1 ? "," : ""})`;
      throw ValueError(`Output size ${u(s)} is not compatible with broadcast dimensions of inputs ${u(shape)}.`);
    }
    shape = s;
  }
  const flats = arrs.map((a) => flat(copyArr(broadcastTo(a, shape))));
  const n = count(shape), out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = one(S, ...flats.map((f) => f[i]));
  return fromFlat(FLOAT, shape, out);
}
function drawI(S, one, params, size, checks) {
  const arrs = params.map((x) => copyArr(toArr(x), FLOAT));
  if (checks) {
    const flats0 = arrs.map((a) => flat(a)), n0 = flats0.reduce((m, f) => Math.max(m, f.length), 0);
    for (let i = 0; i < n0; i++) checks(...flats0.map((f) => f[Math.min(i, f.length - 1)]));
  }
  return drawInts(S, one, arrs, size, false);
}

const need = (ok, msg) => {
  if (!ok) throw ValueError(msg);
};
const chkPos = (name) => (x) => need(x > 0, `${name} <= 0`);
const chkNonNeg = (name) => (x) => need(!(x < 0), `${name} < 0`);
const chkLocScale = (_loc, scale) => need(!(scale < 0), "scale < 0");
const chkGeom = (p) => need(p > 0 && p <= 1, "p <= 0, p > 1 or p contains NaNs");
const chkTri = (l, m, r) => {
  need(!(l > m), "left > mode");
  need(!(m > r), "mode > right");
  need(l !== r, "left == right");
};

/** Each distribution: (S, args) => draw, its parameters, defaults. */
const DIST = {
  standard_gamma: [["shape", "size"], 1, (S, [shape, size]) => drawF(S, stdGamma, [shape], size, chkNonNeg("shape"))],
  gamma: [["shape", "scale", "size"], 2, (S, [shape, scale, size]) =>
    drawF(S, (S_, k, t) => t * stdGamma(S_, k), [shape, scale ?? 1.0], size, (k, t) => { chkNonNeg("shape")(k); chkNonNeg("scale")(t); })],
  beta: [["a", "b", "size"], 1, (S, [a, b, size]) => drawF(S, betaDraw, [a, b], size, (x, y) => { chkPos("a")(x); chkPos("b")(y); })],
  chisquare: [["df", "size"], 1, (S, [df, size]) => drawF(S, chisq, [df], size, chkPos("df"))],
  standard_t: [["df", "size"], 1, (S, [df, size]) => drawF(S, (S_, d) => {
    const num = S_.n(), denom = stdGamma(S_, d / 2);
    return (Math.sqrt(d / 2) * num) / Math.sqrt(denom);
  }, [df], size, chkPos("df"))],
  f: [["dfnum", "dfden", "size"], 1, (S, [a, b, size]) => drawF(S, (S_, x, y) => (chisq(S_, x) * y) / (chisq(S_, y) * x), [a, b], size,
    (x, y) => { chkPos("dfnum")(x); chkPos("dfden")(y); })],
  laplace: [["loc", "scale", "size"], 3, (S, [loc, scale, size]) => drawF(S, laplaceDraw, [loc ?? 0.0, scale ?? 1.0], size, chkLocScale)],
  logistic: [["loc", "scale", "size"], 3, (S, [loc, scale, size]) => drawF(S, logisticDraw, [loc ?? 0.0, scale ?? 1.0], size, chkLocScale)],
  gumbel: [["loc", "scale", "size"], 3, (S, [loc, scale, size]) => drawF(S, gumbelDraw, [loc ?? 0.0, scale ?? 1.0], size, chkLocScale)],
  weibull: [["a", "size"], 1, (S, [a, size]) => drawF(S, (S_, x) => (x === 0.0 ? 0.0 : LM.pow(S_.e(), 1.0 / x)), [a], size, chkNonNeg("a"))],
  pareto: [["a", "size"], 1, (S, [a, size]) => drawF(S, (S_, x) => LM.exp(S_.e() / x) - 1, [a], size, chkPos("a"))],
  power: [["a", "size"], 1, (S, [a, size]) => drawF(S, (S_, x) => LM.pow(1 - LM.exp(-S_.e()), 1.0 / x), [a], size, chkPos("a"))],
  rayleigh: [["scale", "size"], 2, (S, [scale, size]) =>
    drawF(S, (S_, m) => (S_.legacy ? m * Math.sqrt(-2.0 * LM.log(1.0 - S_.d())) : m * Math.sqrt(2.0 * S_.e())), [scale ?? 1.0], size, chkNonNeg("scale"))],
  standard_cauchy: [["size"], 1, (S, [size]) => drawF(S, (S_) => S_.n() / S_.n(), [], size)],
  vonmises: [["mu", "kappa", "size"], 1, (S, [mu, kappa, size]) => drawF(S, vonmisesDraw, [mu, kappa], size, (_m, k) => chkNonNeg("kappa")(k))],
  triangular: [["left", "mode", "right", "size"], 1, (S, [l, m, r, size]) => drawF(S, triangularDraw, [l, m, r], size, chkTri)],
  wald: [["mean", "scale", "size"], 1, (S, [mean, scale, size]) => drawF(S, waldDraw, [mean, scale], size,
    (m, s) => { chkPos("mean")(m); chkPos("scale")(s); })],
  geometric: [["p", "size"], 1, (S, [p, size]) => drawI(S, geometricDraw, [p], size, chkGeom)],
  logseries: [["p", "size"], 1, (S, [p, size]) => drawI(S, logseriesDraw, [p], size, (p_) => need(p_ >= 0 && p_ < 1, "p < 0, p >= 1 or p is NaN"))],
  zipf: [["a", "size"], 1, (S, [a, size]) => drawI(S, zipfDraw, [a], size, (a_) => need(a_ > 1, "a <= 1 or a is NaN"))],
  negative_binomial: [["n", "p", "size"], 1, (S, [n, p, size]) => drawI(S, (S_, n_, p_) => {
    const Y = ((1 - p_) / p_) * stdGamma(S_, n_);
    return S_.legacy ? poisson1(S_.d, Y) : poisson1(S_.d, Y);
  }, [n, p], size, (n_, p_) => {
    chkPos("n")(n_);
    if (S.legacy) need(p_ >= 0 && p_ <= 1, "p < 0, p > 1 or p is NaN");
    else need(p_ > 0 && p_ <= 1, "p <= 0, p > 1 or p contains NaNs");
  })],
  hypergeometric: [["ngood", "nbad", "nsample", "size"], 1, (S, [g, b, m, size]) => {
    if (!S.legacy) {
      return drawI(S, hypergeomGen, [g, b, m], size, (g_, b_, m_) => {
        need(g_ >= 0, "ngood < 0");
        need(b_ >= 0, "nbad < 0");
        need(m_ >= 0, "nsample < 0");
        need(g_ + b_ >= m_, "ngood + nbad < nsample");
      });
    }
    return drawI(S, hypergeomLegacy, [g, b, m], size, (g_, b_, m_) => {
      need(g_ + b_ >= m_, "ngood + nbad < nsample");
      need(g_ >= 0, "ngood < 0");
      need(b_ >= 0, "nbad < 0");
      need(m_ >= 1, "nsample < 1 or nsample is NaN");
      need(g_ + b_ >= m_, "ngood + nbad < nsample");
    });
  }],
  multinomial: [["n", "pvals", "size"], 1, (S, [n, pvals, size]) => {
    const nA = copyArr(toArr(n), FLOAT);
    if (S.legacy && nA.$shape.length > 0) throw TypeError("an integer is required");
    if (flat(nA).some((x) => x < 0)) throw ValueError("n < 0");
    const P = flat(copyArr(toArr(pvals), FLOAT)), d = P.length;
    let tot = 0;
    for (let j = 0; j < d - 1; j++) tot += P[j];
    if (P.some((x) => x < 0 || x > 1 || x !== x)) throw ValueError("pvals < 0, pvals > 1 or pvals contains NaNs");
    if (tot > 1.0 + 1e-12) throw ValueError("sum(pvals[:-1]) > 1.0");
    const shape = sizeArg(size) ?? nA.$shape;
    const Ns = flat(copyArr(broadcastTo(nA, shape)));
    const reps = count(shape), out = new Float64Array(reps * d);
    for (let r = 0; r < reps; r++) {
      let remaining = 1.0, dn = Ns[r];
      for (let j = 0; j < d - 1; j++) {
        const x = binomial1(S.d, dn, Math.min(Math.max(P[j] / remaining, 0), 1));
        out[r * d + j] = x;
        dn -= x;
        if (dn <= 0) break;
        remaining -= P[j];
      }
      if (dn > 0) out[r * d + d - 1] = dn;
    }
    return fromFlat(INT, [...shape, d], out);
  }],
  lognormal: [["mean", "sigma", "size"], 3, (S, [mean, sigma, size]) =>
    drawF(S, (S_, m, sg) => LM.exp(m + sg * S_.n()), [mean ?? 0.0, sigma ?? 1.0], size, (_m, sg) => chkNonNeg("sigma")(sg))],
  dirichlet: [["alpha", "size"], 1, (S, [alpha, size]) => {
    const al = flat(copyArr(toArr(alpha), FLOAT)), k = al.length;
    if (S.legacy) {
      if (al.some((x) => !(x > 0))) throw ValueError("alpha <= 0");
    } else {
      if (al.some((x) => x < 0)) throw ValueError("alpha < 0");
      if (al.some((x) => x !== x)) throw ValueError("alpha contains NaNs");
      if (Math.max(...al) < 0.1) throw unsupported("random.Generator.dirichlet with every alpha below 0.1");
    }
    const shape = sizeArg(size) ?? [];
    const reps = count(shape), out = new Float64Array(reps * k);
    for (let r = 0; r < reps; r++) {
      let acc = 0.0;
      for (let j = 0; j < k; j++) {
        out[r * k + j] = stdGamma(S, al[j]);
        acc += out[r * k + j];
      }
      const inv = 1.0 / acc;
      for (let j = 0; j < k; j++) out[r * k + j] *= inv;
    }
    return fromFlat(FLOAT, [...shape, k], out);
  }],
};

function legacyDist(name) {
  const [params, defaults, f] = DIST[name];
  return sig(name, params, (...args) => f(LEGACY_SRC, args), defaults);
}
export const standard_gamma = legacyDist("standard_gamma");
export const gamma = legacyDist("gamma");
export const beta = legacyDist("beta");
export const chisquare = legacyDist("chisquare");
export const standard_t = legacyDist("standard_t");
export const f = legacyDist("f");
export const laplace = legacyDist("laplace");
export const logistic = legacyDist("logistic");
export const gumbel = legacyDist("gumbel");
export const weibull = legacyDist("weibull");
export const pareto = legacyDist("pareto");
export const power = legacyDist("power");
export const rayleigh = legacyDist("rayleigh");
export const standard_cauchy = legacyDist("standard_cauchy");
export const vonmises = legacyDist("vonmises");
export const triangular = legacyDist("triangular");
export const wald = legacyDist("wald");
export const geometric = legacyDist("geometric");
export const logseries = legacyDist("logseries");
export const zipf = legacyDist("zipf");
export const negative_binomial = legacyDist("negative_binomial");
export const hypergeometric = legacyDist("hypergeometric");
export const multinomial = legacyDist("multinomial");
export const dirichlet = legacyDist("dirichlet");

function rsMethod(name) {
  const [params, defaults, f] = DIST[name];
  return method(`RandomState.${name}`, params, function (...args) {
    return withState(this, () => f(LEGACY_SRC, args));
  }, { defaults });
}
function genMethod(name) {
  const [params, defaults, f] = DIST[name];
  return method(`Generator.${name}`, params, function (...args) {
    return f(genSrc(this.$id), args);
  }, { defaults });
}
// Installed with Object.assign: a program ships only the distributions it names (kernels.rs).
const RS_DIST = {
  standard_gamma: rsMethod("standard_gamma"), gamma: rsMethod("gamma"), beta: rsMethod("beta"),
  chisquare: rsMethod("chisquare"), standard_t: rsMethod("standard_t"), f: rsMethod("f"), laplace: rsMethod("laplace"),
  logistic: rsMethod("logistic"), gumbel: rsMethod("gumbel"), weibull: rsMethod("weibull"), pareto: rsMethod("pareto"),
  power: rsMethod("power"), rayleigh: rsMethod("rayleigh"), standard_cauchy: rsMethod("standard_cauchy"),
  vonmises: rsMethod("vonmises"), triangular: rsMethod("triangular"), wald: rsMethod("wald"), geometric: rsMethod("geometric"),
  logseries: rsMethod("logseries"), zipf: rsMethod("zipf"), negative_binomial: rsMethod("negative_binomial"),
  hypergeometric: rsMethod("hypergeometric"), multinomial: rsMethod("multinomial"), dirichlet: rsMethod("dirichlet"),
  get_state: method("RandomState.get_state", ["legacy"], function (legacy) {
    return withState(this, () => get_state(legacy));
  }, { defaults: 1 }),
  set_state: method("RandomState.set_state", ["state"], function (state) {
    return withState(this, () => set_state(state));
  }),
};
const GEN_DIST = {
  standard_gamma: genMethod("standard_gamma"), gamma: genMethod("gamma"), beta: genMethod("beta"),
  chisquare: genMethod("chisquare"), standard_t: genMethod("standard_t"), f: genMethod("f"), laplace: genMethod("laplace"),
  logistic: genMethod("logistic"), gumbel: genMethod("gumbel"), weibull: genMethod("weibull"), pareto: genMethod("pareto"),
  power: genMethod("power"), rayleigh: genMethod("rayleigh"), standard_cauchy: genMethod("standard_cauchy"),
  vonmises: genMethod("vonmises"), triangular: genMethod("triangular"), wald: genMethod("wald"), geometric: genMethod("geometric"),
  logseries: genMethod("logseries"), zipf: genMethod("zipf"), negative_binomial: genMethod("negative_binomial"),
  hypergeometric: genMethod("hypergeometric"), multinomial: genMethod("multinomial"), dirichlet: genMethod("dirichlet"),
  lognormal: genMethod("lognormal"),
  // method="cholesky" only: NumPy's default "svd" factor depends on LAPACK's singular-vector signs.
  multivariate_normal: method("Generator.multivariate_normal", ["mean", "cov", "size", "check_valid", "tol", "method"],
    function (mean, cov, size, _check, _tol, how) {
      if (how !== "cholesky") throw unsupported(`random.Generator.multivariate_normal with method=${how === undefined || how === null ? "'svd'" : repr(how)} (only method='cholesky')`);
      const mu = copyArr(toArr(mean), FLOAT), C = copyArr(toArr(cov), FLOAT);
      if (mu.$shape.length !== 1) throw ValueError("mean must be 1 dimensional");
      if (C.$shape.length !== 2 || C.$shape[0] !== C.$shape[1]) throw ValueError("cov must be 2 dimensional and square");
      const d = mu.$shape[0];
      if (C.$shape[0] !== d) throw ValueError("mean and cov must have same length");
      const final = [...(sizeArg(size) ?? []), d], n = count(final) / (d || 1);
      const z = fromFlat(FLOAT, [n, d], Float64Array.from(kcall(K.rngFloats, this.$id, "standard_normal", n * d, 0, 0)));
      const L = copyArr(LA.cholesky(C));
      const prod = flat(copyArr(LA.matmulArr(z, mk(FLOAT, [d, d], [L.$strides[1], L.$strides[0]], L.$off, L.$data))));
      const m = flat(mu), out = new Float64Array(n * d);
      for (let i = 0; i < n; i++) for (let j = 0; j < d; j++) out[i * d + j] = m[j] + prod[i * d + j];
      return fromFlat(FLOAT, final, out);
    }, { defaults: 4 }),
  // Each 1-D slice along `axis` (C order over the others) shuffled as `shuffle` does; the
  // whole array flattened for axis=None.
  permuted: method("Generator.permuted", ["x", "axis", "out"], function (x, axis, out) {
    if (out !== undefined && out !== null) throw unsupported("random.Generator.permuted(out=...)");
    const a = copyArr(toArr(x)), id = this.$id;
    if (axis === undefined || axis === null) {
      applyOrder(mk(a.$dt, [a.$size], [1], 0, a.$data), kcall(K.rngShuffle, id, a.$size));
      return a;
    }
    const nd = a.$shape.length, ax = sval(axis);
    if (ax < -nd || ax >= nd) throw AxisError(`axis ${ax} is out of bounds for array of dimension ${nd}`);
    const k = ax < 0 ? ax + nd : ax, n = a.$shape[k], st = a.$strides[k];
    const others = a.$shape.map((d, i) => i).filter((i) => i !== k);
    const idx = new Array(others.length).fill(0), total = others.reduce((p, i) => p * a.$shape[i], 1);
    for (let t = 0; t < total; t++) {
      let off = a.$off;
      others.forEach((i, j) => { off += idx[j] * a.$strides[i]; });
      applyOrder(mk(a.$dt, [n], [st], off, a.$data), kcall(K.rngShuffle, id, n));
      for (let j = others.length - 1; j >= 0; j--) {
        if (++idx[j] < a.$shape[others[j]]) break;
        idx[j] = 0;
      }
    }
    return a;
  }, { defaults: 2 }),
};

// `get_state()` / `set_state(state)`: the legacy tuple ('MT19937', 624 uint32 keys, pos,
// has_gauss, cached_gaussian), read from and written to the WASM state.
export const get_state = sig("get_state", ["legacy"], (legacy) => {
  if (legacy !== undefined && legacy !== null && !sval(legacy)) throw unsupported("random.get_state(legacy=False)");
  const v = K.randomGetState();
  const keys = uint32.__new__(uint32, fromFlat(INT, [624], Float64Array.from(v.subarray(0, 624))));
  return tuple_of(["MT19937", keys, v[624] + 0, v[625] + 0, mkfloat(v[626])]);
}, 1);
export const set_state = sig("set_state", ["state"], (state) => {
  if (!(state instanceof Tuple) && !Array.isArray(state)) throw unsupported("random.set_state with a dict state");
  const t = Array.from(state);
  if (t[0] !== "MT19937") throw ValueError("set_state can only be used with legacy MT19937 state instances.");
  if (t.length !== 3 && t.length !== 5) throw ValueError("state must be a dict or a tuple.");
  const k = t[1];
  const keys = flat(copyArr(toArr(k?.$a !== undefined ? k.$a : k), FLOAT));
  if (keys.length !== 624) throw ValueError("state must be 624 elements");
  const st = new Float64Array(627);
  st.set(keys);
  st[624] = sval(t[2]);
  st[625] = t.length === 5 ? sval(t[3]) : 0;
  st[626] = t.length === 5 ? sval(t[4]) : 0;
  K.randomSetState(st);
  return null;
}, 0);

// ============================================================================ RandomState

// `np.random.RandomState(seed)`: its MT19937 state lives in a WASM slot (`randomStateNew`); each
// method swaps it in as the legacy global state, runs the module-level function of the same name,
// and swaps it back out, so the instance draws exactly what `np.random.seed(seed)` then
// `np.random.NAME(...)` would, and the global stream is left alone.
function withState(rs, f) {
  K.randomStateSwap(rs.$slot);
  try {
    return f();
  } finally {
    K.randomStateSwap(rs.$slot);
  }
}

const LEGACY_METHODS = {
  seed, rand, randn, random, random_sample, ranf, sample: sample_, standard_normal, exponential,
  standard_exponential, poisson, binomial, lognormal, normal, uniform, randint, choice, shuffle, permutation,
};
// NumPy's other legacy distributions: a clear error rather than an AttributeError.
const LEGACY_MISSING = ["multivariate_normal", "noncentral_chisquare", "noncentral_f", "bytes", "tomaxint", "random_integers"];

export const RandomState = mkclass("RandomState", [], (C) => {
  C.__module__ = "numpy.random";
  C.__init__ = method("RandomState.__init__", ["seed"], function (s) {
    if (s === undefined || s === null) s = Math.floor(Math.random() * 4294967295);
    else if (skind(s) !== INT && skind(s) !== BOOL) {
      if (Array.isArray(s) || isArr(s) || s instanceof Tuple) throw unsupported("random.RandomState with a sequence seed");
      throw TypeError("Cannot cast scalar from dtype('float64') to dtype('int64') according to the rule 'safe'");
    }
    this.$slot = kcall(K.randomStateNew, sval(s));
    return null;
  }, { defaults: 1 });
  C.__repr__ = function () {
    return "RandomState(MT19937)";
  };
  C.__repr__.$rt = true;
  for (const [name, fn] of Object.entries(LEGACY_METHODS)) {
    const sg = fn.$sig;
    C[name] = method(`RandomState.${name}`, sg.params, function (...args) {
      return withState(this, () => fn(...args));
    }, { defaults: sg.defaults, varargs: sg.varargs });
  }
  for (const name of LEGACY_MISSING) {
    C[name] = method(`RandomState.${name}`, [], function () {
      throw unsupported(`random.RandomState.${name}`);
    }, { varargs: true, varkw: true });
  }
  Object.assign(C, RS_DIST);
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
  M("random", ["size", "dtype", "out"], function (size, dt) {
    dtOnly(dt, FLOAT);
    const shape = sizeArg(size);
    return floats(shape, kcall(K.rngFloats, this.$id, "random", count(shape), 0, 0));
  }, 3);
  M("standard_normal", ["size", "dtype", "out"], function (size, dt) {
    dtOnly(dt, FLOAT);
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
  M("standard_exponential", ["size", "dtype", "method", "out"], function (size, dt) {
    dtOnly(dt, FLOAT);
    const shape = sizeArg(size);
    return floats(shape, kcall(K.rngFloats, this.$id, "exponential", count(shape), 1.0, 0));
  }, 4);
  M("poisson", ["lam", "size"], function (lam, size) {
    const id = this.$id;
    return drawInts(() => kcall(K.rngFloats, id, "random", 1, 0, 0)[0], poisson1, [lam ?? 1.0], size, false);
  }, 2);
  M("binomial", ["n", "p", "size"], function (n, p, size) {
    const id = this.$id;
    return drawInts(() => kcall(K.rngFloats, id, "random", 1, 0, 0)[0], binomial1, [n, p], size, false);
  }, 1);
  M("integers", ["low", "high", "size", "dtype", "endpoint"], function (low, high, size, dt, endpoint) {
    // int32/uint32: the same bounded 32-bit draws as int64 for such ranges (NumPy's
    // buffered Lemire), stored in the small dtype.
    const sd = smallDt(dt);
    if (sd !== undefined && (sd.name === "int32" || sd.name === "uint32")) {
      const lo = high === undefined || high === null ? 0 : low, hi = high === undefined || high === null ? low : high;
      const end = endpoint === true ? 1 : 0;
      if (skind(lo) >= 0 && sval(lo) < sd.lo) throw ValueError(`low is out of bounds for ${sd.name}`);
      if (skind(hi) >= 0 && sval(hi) - 1 + end > sd.hi) throw ValueError(`high is out of bounds for ${sd.name}`);
      const r = this.integers(low, high, size, undefined, endpoint);
      return isArr(r) ? sd.arr(r, sd, false) : sd.out(sd, r);
    }
    dtOnly(dt, INT);
    if (high === undefined || high === null) {
      high = low;
      low = 0;
    }
    if (skind(low) < 0 || skind(high) < 0) {
      // Array bounds broadcast: one bounded draw per element, as NumPy's broadcast path does.
      const id = this.$id, end = endpoint === true ? 1 : 0;
      return drawInts(null, (_, l, h) => kcall(K.rngIntegers, id, l, h + end, 1)[0], [low, high], size, true);
    }
    let hi = sval(high);
    if (endpoint === true) hi += 1;
    const shape = sizeArg(size);
    return ints(shape, kcall(K.rngIntegers, this.$id, sval(low), hi, count(shape)), true);
  }, 4);
  M("choice", ["a", "size", "replace", "p", "axis", "shuffle"], function (a, size, replace, p, axis, shuf) {
    const id = this.$id;
    const noShuffle = shuf !== undefined && shuf !== null && !sval(shuf);
    return choiceImpl(a, size, replace, p, (pop, n, rep, probs) => (noShuffle && !rep && probs.length === 0 && n <= pop ? choiceNoShuffle(id, pop, n) : K.rngChoice(id, pop, n, rep, probs)), true, false, axis);
  }, 5);
  // NumPy shuffles along `axis` as along axis 0 of np.swapaxes(x, 0, axis).
  M("shuffle", ["x", "axis"], function (x, axis) {
    if (Array.isArray(x)) {
      // A list: NumPy's untyped path draws the same swaps as for a 1-d array.
      if (axis !== undefined && axis !== null && sval(axis) !== 0) throw NotImplementedError("Axis argument is only supported on ndarray objects");
      const order = kcall(K.rngShuffle, this.$id, x.length), copy = x.slice();
      for (let i = 0; i < x.length; i++) x[i] = copy[order[i]];
      return null;
    }
    if (!isArr(x)) throw unsupported("random.Generator.shuffle of this type");
    if (x.$shape.length === 0) throw TypeError("len() of unsized object");
    const v = swap0(x, axisOf(axis, x.$shape.length));
    applyOrder(v, kcall(K.rngShuffle, this.$id, v.$shape[0]));
    return null;
  }, 1);
  // NumPy's other Generator methods: a clear error rather than an AttributeError.
  for (const name of ["noncentral_chisquare", "noncentral_f", "bytes", "spawn", "multivariate_hypergeometric"]) {
    C[name] = method(`Generator.${name}`, [], function () {
      throw unsupported(`random.Generator.${name}`);
    }, { varargs: true, varkw: true });
  }
  Object.assign(C, GEN_DIST);
  M("permutation", ["x", "axis"], function (x, axis) {
    if (skind(x) === INT) return fromFlat(INT, [sval(x)], Float64Array.from(K.rngPermutation(this.$id, sval(x))));
    const a = copyArr(toArr(x));
    if (a.$shape.length === 0) throw AxisError("axis 0 is out of bounds for array of dimension 0");
    const v = swap0(a, axisOf(axis, a.$shape.length));
    applyOrder(v, kcall(K.rngShuffle, this.$id, v.$shape[0]));
    return a;
  }, 1);
});

// The ziggurat tables of `default_rng`'s normals and exponentials (runtime/src/ziggurat_tables.rs,
// KI WI FI KE WE FE, 256 little-endian 8-byte values each): kept out of the WASM module's data so
// that only programs with a Generator download them (a runtime test checks they match).
const ZIGGURAT =
  "au8lgD3zDgAAAAAAAAAAAKjG+5i+CAwAQoG9+lSjDQDq7sF+9lEOAH730+lVsg4Aucp+gUvvDgCqRPoKRxkPABjL/2HtNw8AXCVhlUZPDwCWoxvkpWEPAKSWU3V6cA8AmkQo7LJ8DwDTV2MM8YYPAN4lg1emjw8A2tBNxySXDwAJ9dsHqZ0PAHT6gfVgow8A+Etb3m+oDwDcVNNg8awPAA+5GGf7sA8AxnRTjZ+0DwB3/mYj7LcPAA7loensug8A7QsEnau9DwBXbP9gMMAPAEiiNxCCwg8A0VvieqbEDwAx7nqXosYPAKSWKKl6yA8Ahd5LXjLKDwAaIwLpzMsPAMQ5+BJNzQ8AmeyPTbXODwAwyR2/B9APAObE1k1G0Q8AUPTiqHLSDwAeyfBPjtMPAHi0kJma1A8AUw+SuJjVDwDsmY7AidYPADLoyKlu1w8A6Ah7VEjYDwCMLK2LF9kPANKtpwfd2Q8AjF4QcJnaDwAgLsBdTdsPAND8W1z52w8AfZq5653cDwCdchiBO90PAJAvNIjS3Q8AZJ82ZGPeDwBOUY1w7t4PAC60pgF03w8AQO2ZZfTfDwDyJLzkb+APAFiiJcLm4A8ATLgoPFnhDwCZP7yMx+EPAKoc2+kx4g8AkRvahZjiDwCGQbWP++IPAEqNVTNb4w8AKgDQmbfjDwB/rZ7pEOQPADR31EZn5A8AXAlM07rkDwAkldKuC+UPAHi8TvdZ5Q8AEhLkyKXlDwCJhhM+7+UPAHgQ2W825g8AeNXGdXvmDwCqER5mvuYPAPL05VX/5g8AAqcAWT7nDwA5nj6Ce+cPAKJwcOO25w8AQ0J3jfDnDwCM8FOQKOgPADoXNfte6A8AZAiE3JPoDwC8zvBBx+gPAPZOfTj56A8AHZuHzCnpDwDqiNMJWekPAKKak/uG6Q8AZkhxrLPpDwDVtpQm3+kPAHzmq3MJ6g8ApGbxnDLqDwAslTKrWuoPABp01aaB6g8A8Bzel6fqDwAg2fOFzOoPADzmZXjw6g8AE+wvdhPrDwBKKv6FNesPALRiMa5W6w8A+oTi9HbrDwAUIOZflusPAHydz/S06w8A0En0uNLrDwA+Lm6x7+sPAOi9HuML7A8AFVqxUifsDwDTr50EQuwPAJbxKf1b7A8A9O5sQHXsDwC0DFDSjewPABIfkbal7A8A/ifE8LzsDwAV+1SE0+wPALPIiHTp7A8At5F/xP7sDwAohTV3E+0PAANJhI8n7Q8ATC8kEDvtDwBuWK37Te0PAN3DmFRg7Q8A6E9BHXLtDwCCqeRXg+0PAMgspAaU7Q8ABLeFK6TtDwC0anTIs+0PAFJmQd/C7Q8AUm6kcdHtDwDTijyB3+0PAICZkA/t7Q8AFNQPHvrtDwDESxKuBu4PAAZa2cAS7g8A4AaQVx7uDwAkZUtzKe4PALzkChU07g8APJu4PT7uDwD0ginuR+4PAIawHSdR7g8AQX9A6VnuDwAutCg1Yu4PAPGXWAtq7g8Aegc+bHHuDwCCezJYeO4PALoGe89+7g8AskpI0oTuDwBDY7Zgiu4PAFHIzHqP7g8A2iV+IJTuDwDqKahRmO4PAFxIEw6c7g8A9HNyVZ/uDwCuzGInou4PAKxCa4Ok7g8AcS38aKbuDwD61m7Xp+4PAAr6BM6o7g8AOzPoS6nuDwAQZClQqe4PAF4HwNmo7g8AVHaJ56fuDwAkHUh4pu4PAIOeooqk7g8A2uQiHaLuDwAkIDUun+4PAC6vJryb7g8A5PIkxZfuDwA6CjxHk+4PABZ1VUCO7g8Aepw2rojuDwD9PX+Ogu4PAIi4p9577g8A/zf/m3TuDwBevanDbO4PAH4AnlJk7g8AiCijRVvuDwC2V06ZUe4PAM8GAEpH7g8AUCzhUzzuDwDYKuCyMO4PAAWCrWIk7g8AWjy4XhfuDwBHFCqiCe4PAMxJ4yf77Q8AbCF26uvtDwB+BCLk2+0PANM5zg7L7Q8A9CwEZLntDwDJOOncpu0PAI3pN3KT7Q8ANqg4HH/tDwArwLnSae0PAACuBo1T7Q8AIqTeQTztDwDYL2rnI+0PAETmL3MK7Q8ANP4H2u/sDwC4tw4Q1OwPALRulQi37A8AwTAStpjsDwB4qQ0KeewPAP4xD/VX7A8AYsmGZjXsDwA1s7RMEewPANBvjpTr6w8AkragKcTrDwDcDO71musPAEKFyeFv6w8Anh+t00LrDwBLLQuwE+sPAOkCGlni6g8AVyKZrq7qDwAm446NeOoPAOVz/c8/6g8A9tmNTATqDwA7Vi/WxekPAKRHqTuE6Q8AKEcdRz/pDwDWxXa99ugPAOboxF2q6A8A6rF64FnoDwBAqZD2BOgPAMAzgkir5w8ApWofdUznDwACoioQ6OYPANirtqB95g8AfjA4nwzmDwBC9zhzlOUPAIByl3AU5Q8AWPQ21IvkDwA3Hv2/+eMPAJyx7jVd4w8A/uQvErXiDwBXVZkDAOIPABSDeII84Q8AsGfuxGjgDwCqcSuwgt8PAKr+fsWH3g8A/TvGCXXdDwATvynlRtwPAIICLvj42g8Adbqy4YXZDwAEz0jv5tcPAAtlva0T1g8AEvDiSQHUDwCsx7SnodEPAJ4fdgTizg8AshFe2KjLDwAiLc1u0scPAO0iHi8rww8AOrjAgWW9DwA0VADEBrYPAHQoKlhArA8AmEUBHpeeDwD8HaRI+okPACww8PfFZg8AShwzS1oaDwB52RV4O0nPPMb2/eMLjYs8tFssPK9QkjxhO0Q4uXyVPAynL+j8AZg8vNBMLgwjmjz3YTgvTQCcPHRydFovrJ08w9VMLUgynzytu44nMk2gPENdAjsF9aA8dzZBl6aSoTz1GnqPoieiPIDYYzgutaI89ZFXwD88ozwvsaLBnr2jPFWb/43vOaQ8p/49NruxpDx00xpidSWlPJbOB6eAlaU86n7ZzzECpjw9fKNh0mumPHAFAJKi0qY8pvhG09o2pzx3KrMQrZinPEP1Rq1F+Kc8dwpDU8xVqDyadnueZLGoPJjPTqkuC6k86h4sgkdjqTxGxTiOybmpPCynpNzMDqo8Wc13bWdiqjwwFhBurbSqPJxsE22xBas8KXpCh4RVqzw6n1KONqSrPDKCvyrW8as8805Z+XA+rDxhOzKlE4qsPIsmcv7J1Kw8SLeADp8erTwQH+QpnWetPMO4IwDOr608U3bxqTr3rTz+7dK16z2uPABvejPpg648zoL5vTrJrjwmYvCE5w2vPIj22FT2Ua88rteHnm2VrzysLvp9U9ivPOw0QuBWDbA8mo859UAusDz8pRae6k6wPBCgcltWb7A8C/RxkIaPsDwTYbyEfa+wPH/MS2Y9z7A8awgWS8jusDzuFZUyIA6xPL4PMQdHLbE8QZGOnz5MsTweIMS/CGuxPDTaeBqnibE8iG3uURuosTzLKvj4ZsaxPC7U4JOL5LE8n6BAmYoCsjzpxsRyZSCyPB/D6X0dPrI8+2upDLRbsjx/0x1mKnmyPBvXGceBlrI82i64YruzsjxTuOFi2NCyPI6py+jZ7bI810huDcEKszwwufThjiezPKFeJnBERLM81VLKuuJgszxqWAW+an2zPGSysm/dmbM8Az24vzu2szzgHVaYhtKzPINact6+7rM8dJ7gceUKtDxddKYt+ya0PKQwPOgAQ7Q8XcfKc/detDw2w2ae33q0PC+PSDK6lrQ8XUEC9oeytDzcEbOsSc60PAWmOBYA6rQ8YlVe76sFtTxaiwryTSG1PE9matXmPLU8yLIbTndYtTx4X1UOAHS1PBSFDsaBj7U8WRskI/2qtTw9c33Rcsa1PNOML3vj4bU8OF6fyE/9tTzDH6NguBi2PKKwougdNLY8Cya3BIFPtjxylslX4mq2PDcxsYNChrY8sbJQKaKhtjy7Q7PoAb22PFLTKGFi2LY8VPhhMcTztjzraIv3Jw+3PMYUaVGOKrc83O5w3PdFtzwfc+U1ZWG3PEn07/rWfLc8k726yE2YtzwJFIs8yrO3PPsi2/NMz7c8595zjNbqtzwf6oakZwa4PHaGyNoAIrg8FZ+JzqI9uDy99dEfTlm4PMV+em8Ddbg8LfdHX8OQuDxDwAWSjqy4PJwMoatlyLg8J2pEUUnkuDyPtXMpOgC5PEeDKNw4HLk8/ArvEkY4uTyKogN5YlS5PO7VcLuOcLk8MSouicuMuTy/mT+TGam5PCzZ1Yx5xbk8EXRvK+zhuTxK0vomcv65PJI2+TkMG7o8W8iiIbs3ujyIuwuef1S6PKSpSnJacbo8PTGgZEyOujwI8Z8+Vqu6PM71Ws14yLo8NrOL4bTlujwaocNPCwO7PFuYmvB8ILs8AAzgoAo+uzwDPc5BtVu7PCeJP7l9ebs8PPfl8WSXuzxuJYXba7W7PKLALmuT07s8g66Bm9zxuzygFuxsSBC8PC168OXXLrw8HA1uE4xNvDwFh+wIZmy8PBem6+Bmi7w8q6I2vY+qvDyQ1jvH4cm8PDfgaDBe6bw8bo+LMgYJvTwg7zcQ2yi9PEfGMxXeSL08I/HnlhBpvTyl+9f0c4m9PHBuIJkJqr08Dkn8+NLKvTw3LlKV0eu9PBzSSfsGDb489kbqxHQuvjyI0cGZHFC+PCX+ly8Acr48Cr8qSyGUvjwIb/fAgba+PDqnEHYj2b48qewBYQj8vjwhU8KKMh+/PG1Ntw+kQr88aAHJIF9mvzyCl4kEZoq/PL8icRi7rr88hecv0mDTvzwL9hjBWfi/PHWg00fUDsA8R8mPAqghwDyrAqmDqTTAPMf1Pk7aR8A8frOt9jtbwDxoJqcj0G7APBcuY4+YgsA8VKLoCJeWwDzEwHF1zarAPEjU7tE9v8A8MD2qNOrTwDyTZRHP1OjAPLafpu///cA8QXAgBG4TwTw1XbubISnBPG0JxGkdP8E8Oy5gSGRVwTzz7p07+WvBPGES0nTfgsE8rOtOVhqawTyOL393rbHBPJSmcamcycE8Oa7k++vhwTwB2eLCn/rBPIHMBJ28E8I87tNvekctwjwknKykRUfCPOBYdse8YcI8Llmo+rJ8wjx4DnfNLpjCPFIKKlM3tMI8l9uWMdTQwjz1eKmxDe7CPO6uVtLsC8M8o6RoXnsqwzyjEq4FxEnDPECoM3rSacM8CkFWkrOKwzz6iK5wdazDPKYEF7Mnz8M8dfRgqtvywzza5bmcpBfEPJReVBWYPcQ8FTqnRM5kxDy8Q5x1Yo3EPCdaa51zt8Q8AonNDSXjxDxBrOlTnxDFPEJ+OlIRQMU8G+RKqbFxxTzZjXGLwKXFPP7QOiSK3MU8TB6Gz2kWxjzqagB7zlPGPMPln75AlcY8MuIJjWvbxjw0el/wKCfHPHMGCVaVecc8jM7W9C3Uxzw08ikFAznIPBR8qr8Pq8g8lkRvlOAuyTyrV0AB7svJPFp3lHjcj8o8sf14OB+YyzwzrQmCtDvNPAAAAAAAAPA/h/B5yWpE7z8VqWxbVLfuP3fwJ+ARP+4/ld4Ep2/T7T/yvFcGknDtP9wZoXhJFO0/6y2nqDO97D9/eKnOXmrsP+q67tkcG+w/gtzhTuvO6z9S9Y86ZYXrPxDdNII6Pus/ouhsPyr56j8EJXrx/rXqP+HJUNWLdOo/D6/1/ao06j/YH2XuO/bpP4EGJI0iuek/wXphV0Z96T9HehvCkULpP09xMb3xCOk/qArmT1XQ6D8C37pIrZjoP6y8N/zrYeg/bs9WDwUs6D/L4iBL7fbnP1honHeawuc/1bCgPAOP5z9W2HAHH1znPxJtP/TlKec/7nrqulD45j+JWmOeWMfmPyo7UV73luY/I+OSKidn5j8YDFWY4jfmP2UmgJgkCeY/av9Kb+ja5T+JXMisKa3lP4+NTCbkf+U/Rp6N8BNT5T/VbGVatSblP2e2IOjE+uQ/wE5JTz/P5D94UtxyIaTkPxJQ319oeeQ/eTZJShFP5D/jXzWKGSXkP4JbWJl+++M/ozGvED7S4z8OzWKmVanjP9UA2ivDgOM/6VD1i4RY4z81OnDJlzDjP+84ZP36COM/7jvqVazh4j9KldcUqrriPxXNk47yk+I/7QQFKYRt4j+E25BaXUfiP/L3L6l8IeI/IJaSqeD74T9pmVT+h9bhPxHRP1dxseE/UDybcJuM4T/aOYYSBWjhP5ypXhCtQ+E/OB8xSJIf4T8TWTKis/vgP6BCQRAQ2OA/rtlwjaa04D+BXZkddpHgPzY88Mx9buA/Lj+mr7xL4D8qgovhMSngP8TKuIXcBuA/ob17jHfJ3z/KAKmnnYXfP/N6L8spQt8/lY9+cRr/3j9UH70gbrzeP8XDTmojet4/hZtf6jg43j8JOnZHrfbdP7FWCzJ/td0/M94mZK103T+AEAKhNjTdP21brrQZ9Nw/SKjAc1W03D/H1wC76HTcP7gsHW/SNdw/F2phfBH32z+RbXHWpLjbPxsTB3iLets/yjGzYsQ82z9ShaGeTv/aP55aXzopwto/gNikSlOF2j9NwCDqy0jaPz6ERjmSDNo/35MeXqXQ2T/GwBiEBJXZP5Of4NuuWdk/F8szm6Me2T8V8bn84ePYP4iR3j9pqdg/tlqsqDhv2D/ZDap/TzXYPxHZuBGt+9c/sBT0r1DC1z/rUpKvOYnXP+2xx2lnUNc/TGGpO9kX1z+qTBKGjt/WPyHeiK2Gp9Y/4sslGsFv1j8V5Xs3PTjWP8jSgHT6ANY/RMJ2Q/jJ1T++7tYZNpPVPwABPXCzXNU/7TtTwm8m1T+Sbb+OavDUP6KcEFejutQ/1GqtnxmF1D/+JMPvzE/UPxl6NdG8GtQ/29KO0Ojl0z+uQ/F8ULHTP3kTCGjzfNM/ntH5JdFI0z8v9lpN6RTTP2YHIXc74dI/3T+WPset0j8esU1BjHrSP4neFx+KR9I/nsz3ecAU0j8WgRj2LuLRP1DwwjnVr9E/6FRU7bJ90T9n7jS7x0vRPyMkz08TGtE/xAmHWZXo0D/aQrKITbfQPzZDkI87htA/2elCIl9V0D9+dMf2tyTQP8WT34mL6M8/NTK4jBCIzz/SmOls/ifPP0ScyaRUyM4/3TwoshJpzj+EcUUWOArOPwqQx1XEq80/T1Gy+LZNzT/Mb16KD/DMP1PfcZnNksw/R53Yt/A1zD+hGL56eNnLP6oxh3pkfcs/OtHMUrQhyz8HGFeiZ8bKP34mGQt+a8o/PX4tMvcQyj9a/tK/0rbJPyd8al8QXck/afp0v68DyT9bgZKRsKrIPziagYoSUsg/dXEfYtX5xz8jo2jT+KHHP6a1epx8Ssc/FkeWfmDzxj9c8iE+pJzGP5zxraJHRsY/+YP4dkrwxT9sHfOIrJrFPzVoyKltRcU/wR/jrY3wxD8tzvVsDJzEP9V1A8LpR8Q/rjFpiyX0wz/u1+iqv6DDP4irtAW4TcM/ZSp8hA77wj8aB3oTw6jCP7deg6LVVsI/NDwYJUYFwj9CfXWSFLTBP2MtqOVAY8E/uW6iHcsSwT+6CVI9s8LAP4W/uEv5csA/Kn0GVJ0jwD8sImvLPqm/PxwOUin/C78/S6Wa8ntvvj+P6HZhtdO9P+WRvbmrOL0/CnQ7SV+evD8VEAto0AS8PzPi8nj/a7s/M/bK6ezTuj+GYuozmTy6PxlbndwEprk/q6CkdTAQuT9SKL+dHHu4P9bvPgHK5rc/dhGqWjlTtz9MSmlza8C2PxhNhSRhLrY/pGZ0VxudtT+uK/oGmwy1PxMiG0DhfLQ/hpomI+/tsz9wPtnkxV+zPxExm89m0rI/kQ3dRNNFsj99iZe+DLqxP50X8tAUL7E/JZYVLO2ksD+X5DCelxuwPzVubCssJq8/gVGyR9UWrj9i8a3+LgmtPywqKA8+/as/cF84kAfzqj9jVSn5kOqpP6u1aCrg46g/Hievd/vepz9k0Jiz6dumP9St8jyy2qU/XScRDl3bpD/L7pjO8t2jP5f0Peh84qI/vGofnwXpoT8RgJYumPGgP8SlGNeB+J8/dYyC2xoSnj8aCc2DGTCcP/jrIk6fUpo/CsEAttF5mD+Cvwv02qWWP2Sw+/Lq1pQ/E16rjTgNkz8SMGA0A0mRP0ndck8qFY8/rI9PJ42kiz94pI0NBEGIP+DPGkKW64Q/ki+VKZKlgT83aOz4YOF8P124DNmonnY//bGwAx+KcD9nsMFDn19lPw/3ubYFplQ/xpckJxRSHAAAAAAAAAAAAH4xnNdbfRMAEDw/jvVuGACusA4yt5saAHxEGfcn0RsAGmWIDx2VHAByOVwt/hsdALIYa9Vbfh0AcCwX3TTJHQDInazfCQQeADZ41HF7Mx4Aord8F4taHgBsBG8JQnseAD6uCK8Nlx4AnvBOsfWuHgBWZbQHvcMeAM6Zh/D21R4AiFZurhTmHgDQHDbKbvQeAKTU3XZLAR8AtpanE+MMHwB69/FpYxcfAHAlRQzyIB8AdKhRGa4pHwAyVbmPsTEfAAbBV1ESOR8ATGlu6+I/HwD6iNcyM0YfAA46Hb8QTB8AIjNcTIdRHwDA7MMJoVYfAJaZCdlmWx8AjNAQguBfHwByV0TdFGQfAHiWhfYJaB8A5gIrKsVrHwD05DI9S28fADrxkHGgch8A1glNl8h1HwDAXAQbx3gfAPQ/QRKfex8Aip8HRlN+HwA4EeI75oAfAGKRrT1agx8AErlWYLGFHwBiQrKJ7YcfAPp0k3UQih8ArDk9uhuMHwBK0EXMEI4fABY+AQLxjx8A4FiDlr2RHwDYr0esd5MfANpki08glR8AkjhjeLiWHwCSiJYMQZgfAIC6RuG6mR8AAH9pvCabHwB6cRtWhZwfAALYz1nXnR8AzqFhZx2fHwDANgkUWKAfADgzOuuHoR8A/MRrb62iHwCCBs4ayaMfAKJq7l/bpB8AfAlNquSlHwCCZ+Re5aYfAMQepdzdpx8AdKjmfM6oHwDuX86Tt6kfAFi4rXCZqh8AMoJYXnSrHwCEBXSjSKwfAOifv4IWrR8AwIJXO96tHwBsHfIIoK4fAH6wGCRcrx8AEnpbwhKwHwD034EWxLAfAPrxtlBwsR8AOpaynheyHwBKqN8rurIfABhOfyFYsx8ADL7JpvGzHwDWrAzhhrQfAPyTx/MXtR8Aqv3FAKW1HwBY/jcoLrYfAAoByYizth8AmAe1PzW3HwCofdxos7cfAAi61h4uuB8A9kcDe6W4HwB0D5qVGbkfAARyuoWKuR8AJm95Yfi5HwCG4u49Y7ofABbsQS/Luh8ARJG0SDC7HwDipK6ckrsfAJ4CyDzyux8AlCnSOU+8HwDUQOGjqbwfAJ6PVIoBvR8AnHLe+1a9HwBq1osGqr0fAEA/y7f6vR8A3mRzHEm+HwBeaclAlb4fACixhjDfvh8AdGHe9ia/HwDiioKebL8fAMQEqTGwvx8AsP0PuvG/HwCIRQJBMcAfALJUW89uwB8AJhSLbarAHwCKaZkj5MAfAGSKKfkbwR8AQhl99VHBHwBKD3cfhsEfALR0nn24wR8AQuogFunBHwDeBdXuF8IfAP6DPA1Fwh8Awk+GdnDCHwAOY5AvmsIfAEaA6TzCwh8AtMbSoujCHwDsIkFlDcMfAA6c3ocwwx8Axn4LDlLDHwD4Zt/6ccMfAIYoKlGQwx8A+pd0E63DHwBIMwFEyMMfAECrzOThwx8AqE2O9/nDHwBgULh9EMQfAGj9d3glxB8Axr+16DjEHwAqERXPSsQfAOhH9CtbxB8ABEVs/2nEHwCyAVBJd8QfALj7KwmDxB8A9n9FPo3EHwAa0pnnlcQfALAw3QOdxB8AMrR5kaLEHwD8B46OpsQfAIz76/ioxB8AnuoWzqnEHwA0+kELqcQfAKAoTq2mxB8AdC7IsKLEHwDiLeYRncQfAPQthcyVxB8AwF4m3IzEHwB6I+w7gsQfAObeluZ1xB8Agn6B1mfEHwA2wJ0FWMQfACAucG1GxB8AmMsLBzPEHwAObg3LHcQfAPa7lrEGxB8AYstIsu3DHwA8WT7E0sMfALSRBd61wx8ATGGZ9ZbDHwCSRVoAdsMfAHCTBvNSwx8AGCiywS3DHwCIeL1fBsMfAGLyy7/cwh8Anp+507DCHwDw/I+MgsIfAGTxedpRwh8AntO2rB7CHwBWZ4zx6MEfADy7N5awwR8AEM3chnXBHwC21nSuN8EfABQku/b2wB8ApE0YSLPAHwDwr4uJbMAfAGTzkqAiwB8AuHIPcdW/HwCOSCndhL8fAArGL8Uwvx8Axgx3B9m+HwDafTKAfb4fABSmSwkevh8ACEQ1erq9HwAm+LmnUr0fABogxmPmvB8A5E0sfXW8HwCqt2O//7sfAKLmP/KEux8AjNGg2QS7HwCscBo1f7ofABi2kr/zuR8A/KvULmK5HwAWShczyrgfAFRbdnYruB8AXIlbnIW3HwCUVdVA2LYfAEJp2fcith8A4DdvTGW1HwDSab+/nrQfAEbnA8jOsx8APpxTz/SyHwBSKEQyELIfAASWWj4gsR8AwuFCMCSwHwCmecQxG68fAAThZ1cErh8Aci2/nd6sHwAKBkDmqKsfACj/mfNhqh8AomZvZQipHwA8jVCzmqcfABTy0SYXph8AAOqL1HukHwCUwMWTxqIfABTzffT0oB8ACr5rMwSfHwC8+Xkr8ZwfAMSrFUS4mh8AuC94W1WYHwB4P9Crw5UfAPLxzqn9kh8AHOSa2vyPHwD4hXOeuYwfAAaWR+wqiR8AjtsE+UWFHwCaAzbD/YAfACbpOXhCfB8AzCpYowB3HwAcJBoPIHEfACo1tzSCah8AZuKoAABjHwDE40+QZlofAHIRzk5yUB8A2m9cZsdEHwCiWYqj5TYfAAo0UDQUJh8AFAR7BD4RHwDmy1f6rvYeAB4ViKGM0x4AsC0SHqaiHgB8JovHYVkeALALrCv23R0AwOjk2U3bHADBXb+U7GTRPBlBXYudWGA8K01bSbLWajy6jVupNZNxPHMqSuXmInU8gHrC+5BQeDzMt3nv0Th7PJi9bbfY7H08PFzGSfA7gDxw9tYk23CBPDMm2pACmII8ym49/oizgzwh/gvGFcWEPMNKAp34zYU8vSun8EDPhjwZ0BfazcmHPG9g01RZvog80jciVYCtiTwDUl2+yJeKPMSj3d2lfYs8iT+M13tfjDw2fPFNoj2NPFpz8XhmGI48qk9fzwzwjjwJMmhd0sSPPFh1au12S5A8/ICbR0izkDyv9UmH8xmRPKDfS+uMf5E850k+6SbkkTwu/zhl0keSPAtoI+GeqpI8S9ompZoMkzwCgm3i0m2TPKBiIdFTzpM8SGdwyigulDwS5zVfXI2UPJMLzWv465Q8TW94KQZKlTz9vrg9jqeVPM8u3ceYBJY84GgMbS1hljxEqfpiU72WPLuQeXkRGZc8c3kHI250lzxygX58b8+XPJnV/lMbKpg87OErL3eEmDwqxdBQiN6YPESi/b1TOJk8OBOtQt6RmTy/A/91LOuZPEqIFL5CRJo8YdKWUyWdmjzJJPJE2PWaPJuXTHlfTps8iY8/s76mmzyZ/lmT+f6bPJ/ScJoTV5w821rCKxCvnDz75vCO8gadPI1r2PG9Xp08V5BCanW2nTz+MXz3Gw6ePEQQz4O0ZZ48Yhvi5UG9njyflALixhSfPLX+VytGbJ88oakEZcLDnzzZPJoRnw2gPGKxDfZdOaA8+HZyHB9loDxyAEu745CgPDcBcQOtvKA8Zi96IHzooDwVrBc5UhShPL59cG8wQKE8+3934RdsoTyWIz2pCZihPINSPd0GxKE84sSpkBDwoTwFDrHTJxyiPCmjwrNNSKI8nxjQO4N0ojyqzYt0yaCiPF07pWQhzaI8IRcDEYz5ojwRdvt8CiajPKEbiqqdUqM88BqFmkZ/ozz8789MBqyjPG0zjcDd2KM8xAlP9M0FpDzQbEbm1zKkPKdscZT8X6Q8xIPI/DyNpDykGGsdmrqkPOpFy/QU6KQ8+wDZga4VpTz4tSzEZ0OlPCdvMbxBcaU8+ZxOaz2fpTw1kxHUW82lPCbPVvqd+6U8Lhpz4wQqpjyMm1yWkVimPO7r0xtFh6Y83zyNfiC2pjwIplnLJOWmPPupUBFTFKc8HAT6YaxDpzww0XfRMXOnPAoksXbkoqc89xd9a8XSpzx3cs7M1QKoPCrm37oWM6g85whhWYljqDxUD6TPLpSoPJRgzEgIxag8ExX+8xb2qDzhc44EXCepPIqCNbLYWKk89LtAOY6KqTxdA8fafbypPFHp3dyo7qk8LVnQihAhqjyQxlY1tlOqPA/z0DKbhqo8emWB38C5qjz/rMqdKO2qPLWLbtbTIKs8QiXP+MNUqzy2TzJ7+oirPBAmB9t4vas8hf0tnUDyqzwt4EJOUyesPKSx6oKyXKw8+yMj2F+SrDxspZXzXMisPIBx7YOr/qw8rfIwQU01rTz+ox7tQ2ytPAqljVORo608fzXSSjfbrTybUCa0NxOuPFKkFnyUS648fyP0mk+Erjx4dkoVa72uPGiRW/zo9q48f7ygbsswrzzQXlGYFGuvPOXh77PGpa882AndCuTgrzzUEfl6Nw6wPBs5Ee80LLA8oySSnmtKsDzbJhHP3GiwPA+tOs+Jh7A8Gcgz93OmsDxvlACpnMWwPLfP71AF5bA8zu8LZq8EsTxKFZJqnCSxPCs6b+zNRLE8wQTEhUVlsTyerm/dBIaxPCB4oqcNp7E8Wip4pmHIsTxwM5uqAuqxPKL08JPyC7I8UOVPUjMusjy6O0DmxlCyPKbax2Gvc7I8K1NC6e6WsjxR20W0h7qyPHAtlg583rI8ZVkmWc4CszzQpyoLgSezPGXJO7OWTLM8VqiM+BFyszxDUTSc9ZezPIOLjXpEvrM80N6tjAHlszyt7vXpLwy0PPhCvcnSM7Q8LMkbhe1btDwylNOYg4S0PEyhXaeYrbQ8J7EcezDXtDwIlbkITwG1PLKqrHH4K7U8Wqf4BjFXtTxhRBtM/YK1PAfhOPphr7U8nr2IA2TctTx5GAiXCAq2PJQueyRVOLY8MvTDYE9ntjzuSJdK/Za2PB57mi9lx7Y8ByX0sY34tjwY0lzOfSq3PMNxveI8Xbc8+XFrtdKQtzzTdhR9R8W3PBIUbumj+rc8w77ALPEwuDxCc2gGOWi4PKtbac6FoLg8lTY7guLZuDxEdfPSWhS5PA4q/DT7T7k82BqN8dCMuTzq2SQ66sq5PHjxST5WCro8O0zoQyVLujzqhq3CaI26PMRF2IIz0bo8CrYDwJkWuzwP6pFQsV27PF7adtKRprs8d+9L3lTxuzyn4MJBFj68PPTIyEL0jLw8f6ny7A/evDzFOCdrjTG9POw77G+Uh708n/FOr1DgvTxgCRlu8ju+PMGD8yqvmr48SupQZ8L8vjyn95GXbmK/POXG9kP+y788Luxis+IcwDzvjvWLEVbAPE6ly83BkcA8oEhdeDHQwDymkkMDqBHBPCpEdWd4VsE81sKzvAOfwTx8+smgvOvBPJ+RWbYrPcI8papJrvWTwjzwEUSK4/DCPF73zCfuVMM8YbjIx07BwzxiE+RmlzfEPNFRR83XucQ89nPPPNhKxTzSE3Pheu7FPHK/S21nqsY8L8bq1lCHxzwZ7fLmn5PIPIV7SA3c6ck8/HHaUZ7DyzyDu34p2cnOPAAAAAAAAPA/NxGI5UUF7j/x/4FQptDsPyd763sA5es/Kn/mDg8h6z/n+mKlunbqP5ttVRWX3uk/OapVxDFU6T8v0tN2o9ToP7jFBnjoXeg/JjEkLYru5z9+1AmbboXnP2NLqVu7Iec/xhiEScPC5j8GXE9t+mfmP2avp8HtEOY/daxMaT295T9zh9qCmGzlP5qJeBW6HuU/r/hRwWbT5D9p4I77aorkPyXhqK+ZQ+Q/gIuxK8v+4z8U0eFE3LvjP9ndCKeteuM/GGMORSM74z9e2kXjI/3iPyRPH7aYwOI/vTIREW2F4j+jUIwijkviP8g+gbrqEuI/iXuHGXPb4T8lOx7HGKXhP+5vzm3Ob+E/nBYzvIc74T+NwxxKOQjhPyseK4HY1eA/KtBUiFuk4D99O+4xuXPgP0hl0uvoQ+A/JPNgseIU4D92RSH+Pc3fP/rFv44tct8/TULr0YYY3z+QnZZLPcDeP1HTfTZFad4//DfhdZMT3j8MIaeIHb/dP3rtuX3Za90/Cxp+6b0Z3T+S4EDcwcjcP2D7g9nceNw/g6UO0AYq3D+17q4SONzbP4gLmVFpj9s/b4BUlJND2z9f7yg0sPjaP+X2/da4rto/QAGjaqdl2j/0IXUgdh3aP5I3Wmkf1tk/qHsJ8p2P2T8QgZqf7EnZPwRdVIwGBdk/OV23BOfA2D+MP7yEiX3YPzhhRLXpOtg/Wc62aQP51z8egMad0rfXP+NyXnNTd9c/6o2wMII31z+dnmQ+W/jWP5zp5CXbudY/nw3Gj/571j/kJ0hCwj7WP3ZY7x8jAtY/bO4xJh7G1T/vqTpssIrVP+ejvSHXT9U/9YnejY8V1T8d+SYO19vUP9PaixWrotQ/776AKwlq1D/iQRjr7jHUP06hMAJa+tM/hbKrMEjD0z/vfbFHt4zTP93Q/CilVtM/NSQxxg8h0z9wQjkg9evSP2IirkZTt9I/KXZFVyiD0j/9dkd9ck/SP/9+C/EvHNI/2wl7917p0T9avJrh/bbRP4IZGQwLhdE/75Hi3oRT0T+6n7rMaSLRP2ym2VK48dA/M1OP+G7B0D8TPulOjJHQP9KQXfAOYtA/LHx5gPUy0D9qR5OrPgTQP1ST/0zSq88/fj6WXOdPzz+b4OgPuvTOP/JAWQBIms4/p4Mv1o5Azj85TyJIjOfNP7ju4xo+j80//TG0IKI3zT+f0PY4tuDMPwIYzk94isw/7q+5XeY0zD81RDln/t/LP6Xkcny+i8s/Pu/cuCQ4yz8LW+tCL+XKP0k8wEvckso/vFzfDipByj8SxeTRFvDJPyMWPuSgn8k/oZLmnsZPyT95uyVkhgDJP9ViUJ/escg/+RqMxM1jyD/m55RQUhbIP64bhchqycc//kafuRV9xz85KBq5UTHHP+qE7mMd5sY/KNqmXnebxj+s0TBVXlHGPzFqsPrQB8Y/tsJUCc6+xT/1eC5CVHbFP0mMB21iLsU/+rY8WPfmxD+WMJjYEaDEP8bMLcmwWcQ/mmo4C9MTxD8FqfiFd87DP8nVlCadicM/rwz630JFwz9ufb6qZwHDPzTPBIUKvsI/QJlgcip7wj946Lt7xjjCP2XKPa/d9sE/ZtYxIG+1wT94rvDmeXTBPy9xySD9M8E/IBfs7/fzwD8vtlR7abTAP76lt+5QdcA/BH9ueq02wD+N6sum/PC/PxQEGWaFdb8/PMODrvP6vj/MuY4ERoG+P/u6YfV6CL4/mJOtFpGQvT/XTZEGhxm9P1f9gGtbo7w/rxAu9AwuvD+PJnFXmrm7P0hlNVQCRrs/ZVRlsUPTuj+3ONk9XWG6Pyj0RtBN8Lk/cGszRxSAuT+5dOWIrxC5PztTWoMeorg/usQ7LGA0uD/zpteAc8e3Px48GYZXW7c/thaESAvwtj8gtjDcjYW2P/feylzeG7Y/PruR7fuytT820Fm55Uq1PynZkPKa47Q/XJhD0xp9tD8OsSWdZBe0P56fm5l3srM/GOfGGVNOsz/RjZR29uqyP3AFzhBhiLI/jJ0sUZImsj9Ao2+oicWxP5JTdY9GZbE/UMpWh8gFsT87G4cZD6ewPxfI9dcZSbA/dpZputDXrz806ESZ9B6vP+WyLqWeZ64/EFgxSc6xrT9KeR4Dg/2sP+khB2S8Sqw/hdm+EHqZqz+EgGrCu+mqPzjxG0eBO6o/THx7gsqOqT9td4Bul+OoP2s5OhzoOag/ngirtLyRpz9Sr7Z5FeumP0GgJsfyRaY/ytLFE1WipT/rxZbyPAClPxlrJhSrX6Q//xj/R6DAoz+uFD9+HSOjPwzAVskjh6I/1BLzX7TsoT+hsxmf0FOhP1HWfAx6vKA/7voNWbImoD+QmK/H9iSfP2h0UXqu/50/DBszVJDdnD9wWPpQob6bP5tOkubmopo/SCoTD2eKmT9nmexTKHWYP5b8h9oxY5c/d0CicotUlj9RAqumPUmVP77wh85RQZQ/hF0xJdI8kz8yOrnhyTuSP19fclRFPpE/8AIeCVJEkD/Ox4ne/ZuOP1cnbhS5tow/LclCVfrYij+9p49o6gKJP/V0qua2NIc/yxbkC5NuhT9ib1HBuLCDP3F2s+1p+4E/+ddfKfJOgD/FXXT6UVd9PzZIl9TpI3o/IDbsN58Edz/9IuPOl/pzP0NAV2k9B3E/EUvNgbNYbD///qHziNhmPySj4ahrlGE/JT4MVLUrWT+5/I33CrJPP0sLnzIcwz0/";

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
