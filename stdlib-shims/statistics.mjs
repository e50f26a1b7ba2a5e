// Python's `statistics` module (CPython 3.11 Lib/statistics.py).
//
// mean/variance/stdev are exact as in CPython: every value becomes an exact ratio (BigInt
// numerator/denominator), sums are exact, and the result is converted once to the type the
// data coerces to (int, float or Fraction; CPython's _coerce rules), so float results are the
// correctly rounded ones CPython prints. median/quantiles do CPython's Python-level
// arithmetic on the data items (runtime operators), fmean & co use math.fsum.

import {
  mkclass, ValueError, TypeError, AttributeError, ZeroDivisionError, mktuple, tuple, tuple_of, repr,
  mkfloat, normInt, typename, type as pytype, int as pyint, bool as pybool, float as pyfloat, sorted as pysorted,
  add, sub, mul, truediv, lt, gt, truthy, iter as pyiter, arr, Dict, PyFloat, splitkw, kwtake, kwnone,
  matches, issubclass, NotImplemented, hash as pyhash, cm, getitem,
} from "./builtins.mjs";
import { withSig, method } from "./_shim.mjs";
import { Fraction, $mkFraction, $ratioToFloat, $floatRatio, $isFraction } from "./fractions.mjs";
import { fsum, sqrt as msqrt, log as mlog, exp as mexp, erf as merf, hypot as mhypot, fabs as mfabs } from "./math.mjs";
import { Random, gauss as randomGauss } from "./random.mjs";

export const __name__ = "statistics";
export const __all__ = [
  "NormalDist", "StatisticsError", "correlation", "covariance", "fmean", "geometric_mean", "harmonic_mean",
  "linear_regression", "mean", "median", "median_grouped", "median_high", "median_low", "mode", "multimode",
  "pstdev", "pvariance", "quantiles", "stdev", "variance",
];

export const StatisticsError = mkclass("StatisticsError", [ValueError], (C) => {
  C.__module__ = "statistics";
});

const fail = (msg) => StatisticsError(msg);

// ---------------------------------------------------------------- exact rationals

const babs = (x) => (x < 0n ? -x : x);
function bgcd(a, b) {
  a = babs(a);
  b = babs(b);
  while (b) [a, b] = [b, a % b];
  return a;
}
/** A rational {n, d} in lowest terms (d > 0). */
function rat(n, d = 1n) {
  if (d < 0n) {
    n = -n;
    d = -d;
  }
  const g = bgcd(n, d);
  return g > 1n ? { n: n / g, d: d / g } : { n, d };
}
const radd = (a, b) => rat(a.n * b.d + b.n * a.d, a.d * b.d);
const rsub = (a, b) => rat(a.n * b.d - b.n * a.d, a.d * b.d);
const rmul = (a, b) => rat(a.n * b.n, a.d * b.d);
const rdiv = (a, b) => rat(a.n * b.d, a.d * b.n);

const isIntV = (x) => (typeof x === "number" && Number.isInteger(x)) || typeof x === "bigint" || typeof x === "boolean";
const floatV = (x) => (x instanceof PyFloat ? x.v : x);
const isFloatV = (x) => (typeof x === "number" && !Number.isInteger(x)) || x instanceof PyFloat;

/** _exact_ratio: [n, d] BigInts, or [x, null] for a non-finite float. */
function exactRatio(x) {
  if (isIntV(x)) return [typeof x === "boolean" ? BigInt(+x) : BigInt(x), 1n];
  if (isFloatV(x)) {
    const v = floatV(x);
    if (!Number.isFinite(v)) return [v, null];
    return $floatRatio(v);
  }
  if ($isFraction(x)) return [x.$n, x.$d];
  if (x !== null && typeof x === "object") {
    if (typeof x.as_integer_ratio === "function") {
      const r = x.as_integer_ratio();
      return [BigInt(r[0]), BigInt(r[1])];
    }
    if (x.numerator !== undefined && x.denominator !== undefined) return [BigInt(x.numerator), BigInt(x.denominator)];
  }
  throw TypeError(`can't convert type '${typename(x)}' to numerator/denominator`);
}

/** _coerce(T, S). */
function coerce(T, S) {
  if (T === S) return T;
  if (S === pyint || S === pybool) return T;
  if (T === pyint) return S;
  if (issubclass(S, T)) return S;
  if (issubclass(T, S)) return T;
  if (issubclass(T, pyint)) return S;
  if (issubclass(S, pyint)) return T;
  if (issubclass(T, Fraction) && issubclass(S, pyfloat)) return S;
  if (issubclass(T, pyfloat) && issubclass(S, Fraction)) return T;
  throw TypeError(`don't know how to coerce ${T.__name__} and ${S.__name__}`);
}

/** _sum: {T, total (rational or non-finite JS number), count}. */
function exactSum(data) {
  let count = 0;
  let T = pyint;
  const partials = new Map(); // denominator (string) -> [d, n]
  let nonfinite = null;
  let lastType = null;
  for (const x of pyiter(data)) {
    const t = pytype(x);
    if (t !== lastType) {
      T = coerce(T, t);
      lastType = t;
    }
    const [n, d] = exactRatio(x);
    count++;
    if (d === null) nonfinite = nonfinite === null ? n : nonfinite + n;
    else {
      const key = d.toString();
      const p = partials.get(key);
      if (p === undefined) partials.set(key, [d, n]);
      else p[1] += n;
    }
  }
  if (nonfinite !== null) return { T, total: nonfinite, count };
  let total = { n: 0n, d: 1n };
  for (const [d, n] of partials.values()) total = radd(total, rat(n, d));
  return { T, total, count };
}

/** _ss: {T, ssd, c, count}. */
function sumSquares(data, c) {
  if (c !== undefined && c !== null) {
    const sq = [];
    for (const x of pyiter(data)) {
      const d = sub(x, c);
      sq.push(mul(d, d));
    }
    const { T, total, count } = exactSum(sq);
    return { T, ssd: total, c, count };
  }
  let count = 0;
  let T = pyint;
  let lastType = null;
  const sx = new Map(), sxx = new Map();
  let nonfinite = null;
  for (const x of pyiter(data)) {
    const t = pytype(x);
    if (t !== lastType) {
      T = coerce(T, t);
      lastType = t;
    }
    const [n, d] = exactRatio(x);
    count++;
    if (d === null) {
      nonfinite = nonfinite === null ? n : nonfinite + n;
      continue;
    }
    const key = d.toString();
    const a = sx.get(key);
    if (a === undefined) sx.set(key, [d, n]);
    else a[1] += n;
    const b = sxx.get(key);
    if (b === undefined) sxx.set(key, [d, n * n]);
    else b[1] += n * n;
  }
  if (!count) return { T, ssd: { n: 0n, d: 1n }, c: { n: 0n, d: 1n }, count };
  if (nonfinite !== null) return { T, ssd: nonfinite, c: nonfinite, count };
  let Sx = { n: 0n, d: 1n }, Sxx = { n: 0n, d: 1n };
  for (const [d, n] of sx.values()) Sx = radd(Sx, rat(n, d));
  for (const [d, n] of sxx.values()) Sxx = radd(Sxx, rat(n, d * d));
  const N = { n: BigInt(count), d: 1n };
  const ssd = rdiv(rsub(rmul(N, Sxx), rmul(Sx, Sx)), N);
  return { T, ssd, c: rdiv(Sx, N), count };
}

const isRat = (v) => typeof v === "object" && v !== null && typeof v.n === "bigint";

/** _convert(value, T). */
function convert(value, T) {
  if (!isRat(value)) {
    // a non-finite float total
    if (T === pyint || issubclass(T, pyint)) T = pyfloat;
    return T === pyfloat ? mkfloat(value) : T(mkfloat(value));
  }
  if (issubclass(T, pyint) && value.d !== 1n) T = pyfloat;
  if (T === pyint) return normInt(value.n);
  if (T === pyfloat) return mkfloat($ratioToFloat(value.n, value.d));
  if (T === Fraction) return $mkFraction(value.n, value.d, false);
  if (issubclass(T, Fraction)) return $mkFraction(value.n, value.d, false, T);
  if (issubclass(T, pyint)) return T(normInt(value.n));
  if (issubclass(T, pyfloat)) return T(mkfloat($ratioToFloat(value.n, value.d)));
  // CPython's T(value) with the Fraction, and for a Decimal (which refuses one)
  // T(numerator) / T(denominator), rounded by the current decimal context.
  if (isDecimalType(T)) {
    return truediv(T(normInt(value.n)), T(normInt(value.d)));
  }
  return T($mkFraction(value.n, value.d, false));
}

// ---------------------------------------------------------------- helpers

function bitLength(n) {
  return n === 0n ? 0 : babs(n).toString(2).length;
}
function isqrt(n) {
  if (n < 2n) return n;
  let x = 1n << BigInt(Math.ceil(bitLength(n) / 2));
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}
function bfloordiv(a, b) {
  const q = a / b;
  return a % b !== 0n && (a < 0n) !== (b < 0n) ? q - 1n : q;
}
function isqrtRto(n, m) {
  const a = isqrt(bfloordiv(n, m));
  return a | (a * a * m !== n ? 1n : 0n);
}
/** _float_sqrt_of_frac(n, m): sqrt(n/m) correctly rounded. */
function floatSqrtOfFrac(n, m) {
  const q = Math.floor((bitLength(n) - bitLength(m) - 109) / 2);
  let num, den;
  if (q >= 0) {
    num = isqrtRto(n, m << BigInt(2 * q)) << BigInt(q);
    den = 1n;
  } else {
    num = isqrtRto(n << BigInt(-2 * q), m);
    den = 1n << BigInt(-q);
  }
  return $ratioToFloat(num, den);
}

function toList(data) {
  return Array.isArray(data) ? Array.from(data) : arr(data);
}

function fsumOf(items) {
  return fsum(items);
}

function isZeroDiv(e) {
  return e !== null && typeof e === "object" && matches(e, ZeroDivisionError);
}
function isValueError(e) {
  return e !== null && typeof e === "object" && matches(e, ValueError);
}

// ---------------------------------------------------------------- averages

export function mean(data) {
  const { T, total, count } = exactSum(data);
  if (count < 1) throw fail("mean requires at least one data point");
  return convert(isRat(total) ? rdiv(total, { n: BigInt(count), d: 1n }) : total / count, T);
}

export const fmean = withSig(function fmean(data, weights) {
  let items;
  try {
    items = Array.isArray(data) ? data : arr(data);
  } catch (e) {
    throw e;
  }
  const n = items.length;
  if (weights === undefined || weights === null) {
    const total = fsumOf(items);
    if (!n) throw fail("fmean requires at least one data point");
    return truediv(total, n);
  }
  const ws = toList(weights);
  const num = fsumOf(items.slice(0, Math.min(n, ws.length)).map((x, i) => mul(x, ws[i])));
  if (n !== ws.length) throw fail("data and weights must be the same length");
  const den = fsumOf(ws);
  if (!truthy(den)) throw fail("sum of weights must be non-zero");
  return truediv(num, den);
}, "fmean", ["data", "weights"], { defaults: 1 });

export function geometric_mean(data) {
  try {
    const logs = toList(data).map((x) => mlog(x));
    return mexp(fmean(logs));
  } catch (e) {
    if (isValueError(e)) throw fail("geometric mean requires a non-empty dataset containing positive numbers");
    throw e;
  }
}

function* failNeg(values, errmsg) {
  for (const x of values) {
    if (lt(x, 0)) throw fail(errmsg);
    yield x;
  }
}

export const harmonic_mean = withSig(function harmonic_mean(data, weights) {
  data = toList(data);
  const errmsg = "harmonic mean does not support negative values";
  const n = data.length;
  if (n < 1) throw fail("harmonic_mean requires at least one data point");
  if (n === 1 && (weights === undefined || weights === null)) {
    const x = data[0];
    if (isIntV(x) || isFloatV(x) || $isFraction(x)) {
      if (lt(x, 0)) throw fail(errmsg);
      return x;
    }
    throw TypeError("unsupported type");
  }
  let ws, sumWeights;
  if (weights === undefined || weights === null) {
    ws = new Array(n).fill(1);
    sumWeights = { n: BigInt(n), d: 1n };
  } else {
    ws = toList(weights);
    if (ws.length !== n) throw fail("Number of weights does not match data size");
    sumWeights = exactSum(failNeg(ws, errmsg)).total;
  }
  let res;
  try {
    const terms = [];
    const it = failNeg(data, errmsg);
    let i = 0;
    for (const x of it) {
      const w = ws[i++];
      terms.push(truthy(w) ? truediv(w, x) : 0);
    }
    res = exactSum(terms);
  } catch (e) {
    if (isZeroDiv(e)) return 0;
    throw e;
  }
  const { T, total } = res;
  if (isRat(total) ? total.n <= 0n : !(total > 0)) throw fail("Weighted sum must be positive");
  const sw = isRat(sumWeights) ? sumWeights : { n: BigInt(sumWeights), d: 1n };
  return convert(isRat(total) ? rdiv(sw, total) : Number(sw.n) / total, T);
}, "harmonic_mean", ["data", "weights"], { defaults: 1 });

function sortedList(data) {
  return toList(pysorted(data));
}

export function median(data) {
  const d = sortedList(data);
  const n = d.length;
  if (n === 0) throw fail("no median for empty data");
  if (n % 2 === 1) return d[(n - 1) / 2];
  const i = n / 2;
  return truediv(add(d[i - 1], d[i]), 2);
}

export function median_low(data) {
  const d = sortedList(data);
  const n = d.length;
  if (n === 0) throw fail("no median for empty data");
  return n % 2 === 1 ? d[(n - 1) / 2] : d[n / 2 - 1];
}

export function median_high(data) {
  const d = sortedList(data);
  const n = d.length;
  if (n === 0) throw fail("no median for empty data");
  return d[Math.floor(n / 2)];
}

export const median_grouped = withSig(function median_grouped(data, interval) {
  const d = sortedList(data);
  const n = d.length;
  if (!n) throw fail("no median for empty data");
  let x = d[Math.floor(n / 2)];
  let i = 0;
  while (i < n && lt(d[i], x)) i++;
  let j = i;
  while (j < n && !lt(x, d[j])) j++;
  let iv;
  try {
    iv = floatV(pyfloat(interval === undefined ? mkfloat(1) : interval));
    x = floatV(pyfloat(x));
  } catch (e) {
    if (isValueError(e)) throw TypeError("Value cannot be converted to a float");
    throw e;
  }
  const L = x - iv / 2.0;
  const cf = i;
  const f = j - i;
  return mkfloat(L + (iv * (n / 2 - cf)) / f);
}, "median_grouped", ["data", "interval"], { defaults: 1 });

function counts(data) {
  const c = new Dict();
  for (const x of pyiter(data)) c.set(x, (c.has(x) ? c.get(x) : 0) + 1);
  return c;
}

export function mode(data) {
  const c = counts(data);
  let best, bestCount = -1;
  for (const [k, v] of c.entries()) {
    if (v > bestCount) {
      best = k;
      bestCount = v;
    }
  }
  if (bestCount < 0) throw fail("no mode for empty data");
  return best;
}

export function multimode(data) {
  const c = counts(data);
  let maxc = 0;
  for (const v of c.values()) if (v > maxc) maxc = v;
  const out = [];
  for (const [k, v] of c.entries()) if (v === maxc) out.push(k);
  return out;
}

export const quantiles = withSig(function quantiles(data, ...rest) {
  const k = splitkw(rest);
  let n = kwtake(k, "n");
  let method_ = kwtake(k, "method");
  kwnone(k, "quantiles");
  if (rest.length) throw TypeError(`quantiles() takes 1 positional argument but ${rest.length + 1} were given`);
  if (n === undefined) n = 4;
  if (method_ === undefined) method_ = "exclusive";
  if (lt(n, 1)) throw fail("n must be at least 1");
  const d = sortedList(data);
  const ld = d.length;
  if (ld < 2) throw fail("must have at least two data points");
  const result = [];
  if (method_ === "inclusive") {
    const m = ld - 1;
    for (let i = 1; i < n; i++) {
      const j = Math.floor((i * m) / n);
      const delta = i * m - j * n;
      result.push(truediv(add(mul(d[j], n - delta), mul(d[j + 1], delta)), n));
    }
    return result;
  }
  if (method_ === "exclusive") {
    const m = ld + 1;
    for (let i = 1; i < n; i++) {
      let j = Math.floor((i * m) / n);
      j = j < 1 ? 1 : j > ld - 1 ? ld - 1 : j;
      const delta = i * m - j * n;
      result.push(truediv(add(mul(d[j - 1], n - delta), mul(d[j], delta)), n));
    }
    return result;
  }
  throw ValueError(`Unknown method: ${repr(method_)}`);
}, "quantiles", ["data"], { kwonly: ["n", "method"] });

// ---------------------------------------------------------------- spread

function ratOrFloatDiv(ss, k) {
  return isRat(ss) ? rdiv(ss, { n: BigInt(k), d: 1n }) : ss / k;
}

export const variance = withSig(function variance(data, xbar) {
  const { T, ssd, count } = sumSquares(data, xbar);
  if (count < 2) throw fail("variance requires at least two data points");
  return convert(ratOrFloatDiv(ssd, count - 1), T);
}, "variance", ["data", "xbar"], { defaults: 1 });

export const pvariance = withSig(function pvariance(data, mu) {
  const { T, ssd, count } = sumSquares(data, mu);
  if (count < 1) throw fail("pvariance requires at least one data point");
  return convert(ratOrFloatDiv(ssd, count), T);
}, "pvariance", ["data", "mu"], { defaults: 1 });

function sqrtOf(mss, T) {
  if (!isRat(mss)) throw AttributeError("'float' object has no attribute 'numerator'");
  if (isDecimalType(T)) return decimalSqrtOfFrac(T, mss.n, mss.d);
  return mkfloat(floatSqrtOfFrac(mss.n, mss.d));
}

function isDecimalType(T) {
  return T !== undefined && T.$mro !== undefined && T.$mro.some((B) => B.__name__ === "Decimal" && B.__module__ === "decimal");
}

/** CPython's _decimal_sqrt_of_frac: sqrt(n / m) as a Decimal, correctly rounded. */
function decimalSqrtOfFrac(T, n, m) {
  const D = T.$mro.find((B) => B.__name__ === "Decimal" && B.__module__ === "decimal");
  if (n <= 0n) {
    if (n === 0n) return D("0.0");
    n = -n;
    m = -m;
  }
  const ratio = (x) => {
    const r = cm(x, "as_integer_ratio");
    return [BigInt(getitem(r, 0)), BigInt(getitem(r, 1))];
  };
  const root = cm(truediv(D(normInt(n)), D(normInt(m))), "sqrt");
  const [nr, dr] = ratio(root);
  const plus = cm(root, "next_plus");
  const [np, dp] = ratio(plus);
  if (4n * n * (dr * dp) ** 2n > m * (dr * np + dp * nr) ** 2n) return plus;
  const minus = cm(root, "next_minus");
  const [nm, dm] = ratio(minus);
  if (4n * n * (dr * dm) ** 2n < m * (dr * nm + dm * nr) ** 2n) return minus;
  return root;
}

export const stdev = withSig(function stdev(data, xbar) {
  const { T, ssd, count } = sumSquares(data, xbar);
  if (count < 2) throw fail("stdev requires at least two data points");
  return sqrtOf(ratOrFloatDiv(ssd, count - 1), T);
}, "stdev", ["data", "xbar"], { defaults: 1 });

export const pstdev = withSig(function pstdev(data, mu) {
  const { T, ssd, count } = sumSquares(data, mu);
  if (count < 1) throw fail("pstdev requires at least one data point");
  return sqrtOf(ratOrFloatDiv(ssd, count), T);
}, "pstdev", ["data", "mu"], { defaults: 1 });

// ---------------------------------------------------------------- two inputs

function pairStats(x, y, what) {
  x = toList(x);
  y = toList(y);
  const n = x.length;
  if (y.length !== n) throw fail(`${what} requires that both inputs have same number of data points`);
  if (n < 2) throw fail(`${what} requires at least two data points`);
  return [x, y, n];
}

export function covariance(x, y) {
  const [xs, ys, n] = pairStats(x, y, "covariance");
  const xbar = truediv(fsumOf(xs), n), ybar = truediv(fsumOf(ys), n);
  const sxy = fsumOf(xs.map((xi, i) => mul(sub(xi, xbar), sub(ys[i], ybar))));
  return truediv(sxy, n - 1);
}

export function correlation(x, y) {
  const [xs, ys, n] = pairStats(x, y, "correlation");
  const xbar = truediv(fsumOf(xs), n), ybar = truediv(fsumOf(ys), n);
  const sxy = fsumOf(xs.map((xi, i) => mul(sub(xi, xbar), sub(ys[i], ybar))));
  const sxx = fsumOf(xs.map((xi) => {
    const d = sub(xi, xbar);
    return mul(d, d);
  }));
  const syy = fsumOf(ys.map((yi) => {
    const d = sub(yi, ybar);
    return mul(d, d);
  }));
  try {
    return truediv(sxy, msqrt(mul(sxx, syy)));
  } catch (e) {
    if (isZeroDiv(e)) throw fail("at least one of the inputs is constant");
    throw e;
  }
}

export const LinearRegression = mkclass("LinearRegression", [tuple], (C) => {
  C.__module__ = "statistics";
  C._fields = tuple_of(["slope", "intercept"]);
  C.__repr__ = method("LinearRegression.__repr__", [], function () {
    return `LinearRegression(slope=${repr(this[0])}, intercept=${repr(this[1])})`;
  });
});
["slope", "intercept"].forEach((f, i) => {
  Object.defineProperty(LinearRegression, f, {
    get() {
      return this === LinearRegression ? undefined : this[i];
    },
    configurable: true,
  });
});

export const linear_regression = withSig(function linear_regression(x, y, ...rest) {
  const k = splitkw(rest);
  const proportional = kwtake(k, "proportional");
  kwnone(k, "linear_regression");
  const [xs, ys, n] = pairStats(x, y, "linear regression");
  let sxy, sxx, xbar, ybar;
  if (truthy(proportional ?? false)) {
    sxy = fsumOf(xs.map((xi, i) => mul(xi, ys[i])));
    sxx = fsumOf(xs.map((xi) => mul(xi, xi)));
  } else {
    xbar = truediv(fsumOf(xs), n);
    ybar = truediv(fsumOf(ys), n);
    sxy = fsumOf(xs.map((xi, i) => mul(sub(xi, xbar), sub(ys[i], ybar))));
    sxx = fsumOf(xs.map((xi) => {
      const d = sub(xi, xbar);
      return mul(d, d);
    }));
  }
  let slope;
  try {
    slope = truediv(sxy, sxx);
  } catch (e) {
    if (isZeroDiv(e)) throw fail("x is constant");
    throw e;
  }
  const intercept = truthy(proportional ?? false) ? mkfloat(0) : sub(ybar, mul(slope, xbar));
  const t = tuple_of([slope, intercept]);
  Object.setPrototypeOf(t, LinearRegression);
  return t;
}, "linear_regression", ["x", "y"], { nposonly: 2, kwonly: ["proportional"] });

// ---------------------------------------------------------------- NormalDist

function normalInvCdf(p, mu, sigma) {
  const q = p - 0.5;
  let num, den, r, x;
  if (Math.abs(q) <= 0.425) {
    r = 0.180625 - q * q;
    num = (((((((2.5090809287301226727e+3 * r + 3.3430575583588128105e+4) * r + 6.7265770927008700853e+4) * r +
      4.5921953931549871457e+4) * r + 1.3731693765509461125e+4) * r + 1.9715909503065514427e+3) * r +
      1.3314166789178437745e+2) * r + 3.3871328727963666080e+0) * q;
    den = (((((((5.2264952788528545610e+3 * r + 2.8729085735721942674e+4) * r + 3.9307895800092710610e+4) * r +
      2.1213794301586595867e+4) * r + 5.3941960214247511077e+3) * r + 6.8718700749205790830e+2) * r +
      4.2313330701600911252e+1) * r + 1.0);
    x = num / den;
    return mu + x * sigma;
  }
  r = q <= 0.0 ? p : 1.0 - p;
  r = Math.sqrt(-floatV(mlog(r)));
  if (r <= 5.0) {
    r = r - 1.6;
    num = (((((((7.74545014278341407640e-4 * r + 2.27238449892691845833e-2) * r + 2.41780725177450611770e-1) * r +
      1.27045825245236838258e+0) * r + 3.64784832476320460504e+0) * r + 5.76949722146069140550e+0) * r +
      4.63033784615654529590e+0) * r + 1.42343711074968357734e+0);
    den = (((((((1.05075007164441684324e-9 * r + 5.47593808499534494600e-4) * r + 1.51986665636164571966e-2) * r +
      1.48103976427480074590e-1) * r + 6.89767334985100004550e-1) * r + 1.67638483018380384940e+0) * r +
      2.05319162663775882187e+0) * r + 1.0);
  } else {
    r = r - 5.0;
    num = (((((((2.01033439929228813265e-7 * r + 2.71155556874348757815e-5) * r + 1.24266094738807843860e-3) * r +
      2.65321895265761230930e-2) * r + 2.96560571828504891230e-1) * r + 1.78482653991729133580e+0) * r +
      5.46378491116411436990e+0) * r + 6.65790464350110377720e+0);
    den = (((((((2.04426310338993978564e-15 * r + 1.42151175831644588870e-7) * r + 1.84631831751005468180e-5) * r +
      7.86869131145613259100e-4) * r + 1.48753612908506148525e-2) * r + 1.36929880922735805310e-1) * r +
      5.99832206555887937690e-1) * r + 1.0);
  }
  x = num / den;
  if (q < 0.0) x = -x;
  return mu + x * sigma;
}

const fl = (x) => floatV(pyfloat(x));
const SQRT2 = Math.sqrt(2.0);
const TAU = 2 * Math.PI;
const mf = (x) => floatV(x);

function mkNormal(cls, mu, sigma) {
  const o = Object.create(cls);
  o._mu = mkfloat(mu);
  o._sigma = mkfloat(sigma);
  return o;
}
const isND = (x) => x !== null && typeof x === "object" && Object.prototype.isPrototypeOf.call(NormalDist, x);
const muOf = (d) => floatV(d._mu);
const sigmaOf = (d) => floatV(d._sigma);
/** NormalDist(mu, sigma) with Python-level mu/sigma values (ints, floats, ...). */
const newND = (mu, sigma) => {
  if (lt(sigma, 0.0)) throw fail("sigma must be non-negative");
  return mkNormal(NormalDist, fl(mu), fl(sigma));
};

export const NormalDist = mkclass("NormalDist", [], (C) => {
  C.__module__ = "statistics";
  const m = (name, params, f, opts) => (C[name] = method(`NormalDist.${name}`, params, f, opts));
  m("__init__", ["mu", "sigma"], function (mu, sigma) {
    if (mu === undefined) mu = mkfloat(0);
    if (sigma === undefined) sigma = mkfloat(1);
    if (lt(sigma, 0.0)) throw fail("sigma must be non-negative");
    this._mu = mkfloat(fl(mu));
    this._sigma = mkfloat(fl(sigma));
    return null;
  }, { defaults: 2 });
  m("samples", ["n"], function (n, ...rest) {
    const k = splitkw(rest);
    const seed = kwtake(k, "seed");
    kwnone(k, "NormalDist.samples");
    const g = seed === undefined || seed === null ? randomGauss : (() => {
      const r = Random(seed);
      return (mu, sigma) => r.gauss(mu, sigma);
    })();
    const out = [];
    for (let i = 0; i < n; i++) out.push(g(this._mu, this._sigma));
    return out;
  }, { kwonly: ["seed"] });
  m("pdf", ["x"], function (x) {
    const variance = sigmaOf(this) * sigmaOf(this);
    if (!variance) throw fail("pdf() not defined when sigma is zero");
    const diff = mf(sub(x, this._mu));
    return mkfloat(mf(mexp((diff * diff) / (-2.0 * variance))) / mf(msqrt(TAU * variance)));
  });
  m("cdf", ["x"], function (x) {
    if (!sigmaOf(this)) throw fail("cdf() not defined when sigma is zero");
    return mkfloat(0.5 * (1.0 + mf(merf(mf(sub(x, this._mu)) / (sigmaOf(this) * SQRT2)))));
  });
  m("inv_cdf", ["p"], function (p) {
    if (!gt(p, 0.0) || !lt(p, 1.0)) throw fail("p must be in the range 0.0 < p < 1.0");
    if (sigmaOf(this) <= 0.0) throw fail("cdf() not defined when sigma at or below zero");
    return mkfloat(normalInvCdf(fl(p), muOf(this), sigmaOf(this)));
  });
  m("quantiles", ["n"], function (n) {
    if (n === undefined) n = 4;
    const out = [];
    for (let i = 1; i < n; i++) out.push(this.inv_cdf(truediv(i, n)));
    return out;
  }, { defaults: 1 });
  m("overlap", ["other"], function (other) {
    if (!isND(other)) throw TypeError("Expected another NormalDist instance");
    let X = this, Y = other;
    if (sigmaOf(Y) < sigmaOf(X) || (sigmaOf(Y) === sigmaOf(X) && muOf(Y) < muOf(X))) [X, Y] = [Y, X];
    const xv = sigmaOf(X) * sigmaOf(X), yv = sigmaOf(Y) * sigmaOf(Y);
    if (!xv || !yv) throw fail("overlap() not defined when sigma is zero");
    const dv = yv - xv;
    const dm = Math.abs(muOf(Y) - muOf(X));
    if (!dv) return mkfloat(1.0 - mf(merf(dm / (2.0 * sigmaOf(X) * SQRT2))));
    const a = muOf(X) * yv - muOf(Y) * xv;
    const b = sigmaOf(X) * sigmaOf(Y) * mf(msqrt(dm * dm + dv * mf(mlog(yv / xv))));
    const x1 = (a + b) / dv;
    const x2 = (a - b) / dv;
    return mkfloat(1.0 - (Math.abs(mf(Y.cdf(x1)) - mf(X.cdf(x1))) + Math.abs(mf(Y.cdf(x2)) - mf(X.cdf(x2)))));
  });
  m("zscore", ["x"], function (x) {
    if (!sigmaOf(this)) throw fail("zscore() not defined when sigma is zero");
    return truediv(sub(x, this._mu), this._sigma);
  });
  const bin = (name, f) => m(name, ["other"], f);
  bin("__add__", function (x2) {
    if (isND(x2)) return newND(add(this._mu, x2._mu), mhypot(this._sigma, x2._sigma));
    return newND(add(this._mu, x2), this._sigma);
  });
  bin("__sub__", function (x2) {
    if (isND(x2)) return newND(sub(this._mu, x2._mu), mhypot(this._sigma, x2._sigma));
    return newND(sub(this._mu, x2), this._sigma);
  });
  bin("__mul__", function (x2) {
    return newND(mul(this._mu, x2), mul(this._sigma, mfabs(x2)));
  });
  bin("__truediv__", function (x2) {
    return newND(truediv(this._mu, x2), truediv(this._sigma, mfabs(x2)));
  });
  m("__pos__", [], function () {
    return newND(this._mu, this._sigma);
  });
  m("__neg__", [], function () {
    return newND(mkfloat(-muOf(this)), this._sigma);
  });
  C.__radd__ = C.__add__;
  bin("__rsub__", function (x2) {
    return this.__sub__(x2).__neg__();
  });
  C.__rmul__ = C.__mul__;
  bin("__eq__", function (x2) {
    if (!isND(x2)) return NotImplemented;
    return muOf(this) === muOf(x2) && sigmaOf(this) === sigmaOf(x2);
  });
  m("__hash__", [], function () {
    return pyhash(mktuple(this._mu, this._sigma));
  });
  m("__repr__", [], function () {
    return `${Object.getPrototypeOf(this).__name__}(mu=${repr(this._mu)}, sigma=${repr(this._sigma)})`;
  });
});
for (const [name, get] of [
  ["mean", (d) => d._mu], ["median", (d) => d._mu], ["mode", (d) => d._mu],
  ["stdev", (d) => d._sigma], ["variance", (d) => mkfloat(sigmaOf(d) * sigmaOf(d))],
]) {
  Object.defineProperty(NormalDist, name, {
    get() {
      return this._mu === undefined ? undefined : get(this);
    },
    configurable: true,
  });
}
Object.defineProperty(NormalDist, "from_samples", {
  get() {
    const cls = typeof this === "function" ? this : Object.getPrototypeOf(this);
    return (data) => {
      const { c, ssd, count } = sumSquares(data);
      if (count < 2) throw fail("stdev requires at least two data points");
      const xbar = isRat(c) ? mkfloat($ratioToFloat(c.n, c.d)) : mkfloat(c);
      const sd = sqrtOf(ratOrFloatDiv(ssd, count - 1));
      return cls(xbar, sd);
    };
  },
  configurable: true,
});

