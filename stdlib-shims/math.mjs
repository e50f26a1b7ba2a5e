// Python's `math` module (CPython 3.11).
//
// Keyword arguments: only isclose() and prod() take any, and only keyword-only ones, so they
// read a trailing `KwArgs` themselves (splitkw / kwtake / kwnone); no function here has `$sig`.
//
// Results follow CPython's mathmodule.c: the same special cases, the same error messages
// ("math domain error" -> ValueError, "math range error" -> OverflowError), the same
// algorithms where CPython has its own (fsum, hypot/dist, gamma, lgamma, remainder, log of
// big ints). For the C library functions CPython calls, _libm.mjs rounds like glibc (see
// there); erf, erfc and cbrt port glibc's algorithms.

import {
  mkfloat, mul, iter, splitkw, kwtake, kwnone, mktuple, typename,
  ValueError, TypeError, OverflowError, ZeroDivisionError,
} from "./builtins.mjs";
import { isInt, isFloat, toNum, toInt, toBig, bigToInt, floatToInt } from "./_shim.mjs";
import * as libm from "./_libm.mjs";

export const __name__ = "math";
export const pi = Math.PI;
export const e = Math.E;
export const tau = 2 * Math.PI;
export const inf = Infinity;
export const nan = NaN;

const domainError = () => ValueError("math domain error");
const rangeError = () => OverflowError("math range error");

// ---------------------------------------------------------------- IEEE-754 bit access

const scratch = new DataView(new ArrayBuffer(8));

function highWord(x) {
  scratch.setFloat64(0, x);
  return scratch.getInt32(0);
}

function withLowWordZero(x) {
  scratch.setFloat64(0, x);
  scratch.setUint32(4, 0);
  return scratch.getFloat64(0);
}

/** The sign bit of x (also for NaN and -0.0). */
function signBit(x) {
  scratch.setFloat64(0, x);
  return scratch.getUint8(0) >> 7;
}

function copysignNum(x, y) {
  return signBit(x) === signBit(y) ? x : -x;
}

/** 2**k as an exact double, for integer k in [-1074, 1023]. */
function pow2(k) {
  scratch.setUint32(4, 0);
  if (k >= -1022) {
    scratch.setUint32(0, (k + 1023) << 20);
  } else if (k >= -1042) {
    scratch.setUint32(0, 1 << (k + 1042));
  } else {
    scratch.setUint32(0, 0);
    scratch.setUint32(4, 1 << (k + 1074));
  }
  return scratch.getFloat64(0);
}

/** [m, e] with x == m * 2**e and 0.5 <= |m| < 1, for finite nonzero x. */
function frexpNum(x) {
  let adj = 0;
  if (Math.abs(x) < 2.2250738585072014e-308) { // subnormal: scale into the normal range
    x *= 18014398509481984; // 2**54
    adj = -54;
  }
  scratch.setFloat64(0, x);
  const hi = scratch.getUint32(0);
  const exp = (hi >>> 20) & 0x7ff;
  scratch.setUint32(0, (hi & 0x800fffff) | (1022 << 20));
  return [scratch.getFloat64(0), exp - 1022 + adj];
}

/** Round a nonnegative double to the nearest integer, ties to even. */
function roundHalfEven(v) {
  const f = Math.floor(v);
  const d = v - f;
  if (d > 0.5 || (d === 0.5 && f % 2 === 1)) return f + 1;
  return f;
}

function ldexpNum(x, i) {
  if (x === 0 || !Number.isFinite(x)) return x;
  if (i > 2200) throw rangeError();
  if (i < -2200) return copysignNum(0, x);
  const [m, e0] = frexpNum(x);
  const ex = e0 + i;
  if (ex > 1024) throw rangeError();
  if (ex >= -1021) return m * 2 * pow2(ex - 1);
  // Subnormal result: round once, at the 2**-1074 position.
  if (ex + 1074 < -1) return copysignNum(0, x);
  const r = roundHalfEven(Math.abs(m) * pow2(ex + 1074));
  return copysignNum(r * 5e-324, x);
}

function nextafterNum(x, y) {
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (x === y) return y;
  if (x === 0) return copysignNum(5e-324, y);
  scratch.setFloat64(0, x);
  let bits = scratch.getBigUint64(0);
  bits += (y > x) === (x > 0) ? 1n : -1n;
  scratch.setBigUint64(0, bits);
  return scratch.getFloat64(0);
}

/** glibc's cbrt (a polynomial guess refined by one rational step), not fdlibm's. */
function cbrtNum(x) {
  if (x === 0 || !Number.isFinite(x)) return x + x;
  const [xm, xe] = frexpNum(Math.abs(x));
  const u = 0.354895765043919860 + (1.50819193781584896 + (-2.11499494167371287 + (2.44693122563534430 +
    (-1.83469277483613086 + (0.784932344976639262 - 0.145263899385486377 * xm) * xm) * xm) * xm) * xm) * xm;
  const t2 = u * u * u;
  const ym = (u * (t2 + 2 * xm)) / (2 * t2 + xm) * CBRT_FACTOR[2 + (xe % 3)];
  return ldexpNum(x > 0 ? ym : -ym, Math.trunc(xe / 3));
}
const CBRT_FACTOR = [1 / 1.5874010519681994748, 1 / 1.2599210498948731648, 1, 1.2599210498948731648, 1.5874010519681994748];

// ---------------------------------------------------------------- generic wrappers

/** CPython's math_1: apply f, turning NaN/inf results from ordinary inputs into errors. */
function math1(name, f, canOverflow) {
  return named(name, (x) => {
    x = toNum(x);
    const r = f(x);
    if (Number.isNaN(r) && !Number.isNaN(x)) throw domainError();
    if (!Number.isFinite(r) && !Number.isNaN(r) && Number.isFinite(x)) {
      throw canOverflow ? rangeError() : domainError();
    }
    return mkfloat(r);
  });
}

/** `f` with its `__name__` (the compiler's exports keep their names; these are made by math1/math2). */
function named(name, f) {
  Object.defineProperty(f, "name", { value: name });
  return f;
}

/** CPython's math_2. */
function math2(name, f) {
  return named(name, (x, y) => {
    x = toNum(x);
    y = toNum(y);
    const r = f(x, y);
    if (Number.isNaN(r) && !Number.isNaN(x) && !Number.isNaN(y)) throw domainError();
    if ((r === Infinity || r === -Infinity) && Number.isFinite(x) && Number.isFinite(y)) throw rangeError();
    return mkfloat(r);
  });
}

export const acos = math1("acos", libm.acos, false);
export const acosh = math1("acosh", libm.acosh, false);
export const asin = math1("asin", libm.asin, false);
export const asinh = math1("asinh", libm.asinh, false);
export const atan = math1("atan", libm.atan, false);
export const atanh = math1("atanh", libm.atanh, false);
export const cbrt = math1("cbrt", cbrtNum, false);
export const cos = math1("cos", libm.cos, false);
export const cosh = math1("cosh", libm.cosh, true);
export const exp = math1("exp", libm.exp, true);
export const exp2 = math1("exp2", libm.exp2, true);
export const expm1 = math1("expm1", libm.expm1, true);
export const fabs = math1("fabs", Math.abs, false);
export const log1p = math1("log1p", libm.log1p, false);
export const sin = math1("sin", libm.sin, false);
export const sinh = math1("sinh", libm.sinh, true);
export const sqrt = math1("sqrt", Math.sqrt, false);
export const tan = math1("tan", libm.tan, false);
export const tanh = math1("tanh", libm.tanh, false);
export const erf = math1("erf", erfNum, false);
export const erfc = math1("erfc", erfcNum, false);

export const atan2 = math2("atan2", (y, x) => {
  // The C99 special cases, as CPython's m_atan2 spells them out.
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (!Number.isFinite(y)) {
    if (!Number.isFinite(x)) return copysignNum(signBit(x) ? 0.75 * Math.PI : 0.25 * Math.PI, y);
    return copysignNum(0.5 * Math.PI, y);
  }
  if (!Number.isFinite(x) || y === 0) return copysignNum(signBit(x) ? Math.PI : 0, y);
  return libm.atan2(y, x);
});

export const copysign = math2("copysign", copysignNum);

export const remainder = math2("remainder", (x, y) => {
  if (Number.isFinite(x) && Number.isFinite(y)) {
    if (y === 0) return NaN;
    const absx = Math.abs(x), absy = Math.abs(y);
    const m = absx % absy;
    const c = absy - m;
    let r;
    if (m < c) r = m;
    else if (m > c) r = -c;
    else r = m - 2 * ((0.5 * (absx - m)) % absy); // half-way: pick the even multiple
    return (signBit(x) ? -1 : 1) * r;
  }
  if (Number.isNaN(x)) return x;
  if (Number.isNaN(y)) return y;
  if (!Number.isFinite(x)) return NaN;
  return x;
});

export function fmod(x, y) {
  x = toNum(x);
  y = toNum(y);
  if (!Number.isFinite(y) && !Number.isNaN(y) && Number.isFinite(x)) return mkfloat(x);
  const r = x % y; // JS % is C's fmod
  if (Number.isNaN(r) && !Number.isNaN(x) && !Number.isNaN(y)) throw domainError();
  return mkfloat(r);
}

export function pow(x, y) {
  x = toNum(x);
  y = toNum(y);
  let r;
  if (!Number.isFinite(x) || !Number.isFinite(y)) {
    // C99 Annex F, which JS's ** does not follow for 1**nan, nan**0 and (-1)**inf.
    if (Number.isNaN(x)) r = y === 0 ? 1 : x;
    else if (Number.isNaN(y)) r = x === 1 ? 1 : y;
    else if (!Number.isFinite(x)) {
      const oddY = Number.isFinite(y) && Math.abs(y) % 2 === 1;
      if (y > 0) r = oddY ? x : Math.abs(x);
      else if (y === 0) r = 1;
      else r = oddY ? copysignNum(0, x) : 0;
    } else {
      const ax = Math.abs(x);
      if (ax === 1) r = 1;
      else if (y > 0 && ax > 1) r = y;
      else if (y < 0 && ax < 1) r = -y;
      else r = 0;
    }
    return mkfloat(r);
  }
  r = libm.pow(x, y);
  if (Number.isNaN(r)) throw domainError();
  if (!Number.isFinite(r)) throw x === 0 ? domainError() : rangeError();
  return mkfloat(r);
}

export function degrees(x) {
  return mkfloat((180 / Math.PI) * toNum(x));
}

export function radians(x) {
  return mkfloat(toNum(x) * (Math.PI / 180));
}

export function isfinite(x) {
  return Number.isFinite(toNum(x));
}

export function isinf(x) {
  const v = toNum(x);
  return v === Infinity || v === -Infinity;
}

export function isnan(x) {
  return Number.isNaN(toNum(x));
}

export function isclose(a, b, ...rest) {
  const k = splitkw(rest);
  let relTol = kwtake(k, "rel_tol");
  let absTol = kwtake(k, "abs_tol");
  kwnone(k, "isclose");
  if (rest.length) throw TypeError(`isclose() takes exactly 2 positional arguments (${2 + rest.length} given)`);
  a = toNum(a);
  b = toNum(b);
  relTol = relTol === undefined ? 1e-9 : toNum(relTol);
  absTol = absTol === undefined ? 0 : toNum(absTol);
  if (relTol < 0 || absTol < 0) throw ValueError("tolerances must be non-negative");
  if (a === b) return true;
  if (!Number.isFinite(a) || !Number.isFinite(b)) return false;
  const diff = Math.abs(b - a);
  return diff <= Math.abs(relTol * b) || diff <= Math.abs(relTol * a) || diff <= absTol;
}

// ---------------------------------------------------------------- rounding to int

function roundToInt(x, dunder, jsRound) {
  if (isInt(x)) return toInt(x);
  let v;
  if (isFloat(x)) {
    v = toNum(x);
  } else if (x != null && typeof x[dunder] === "function") {
    return x[dunder]();
  } else {
    v = toNum(x);
  }
  if (Number.isNaN(v)) throw ValueError("cannot convert float NaN to integer");
  if (!Number.isFinite(v)) throw OverflowError("cannot convert float infinity to integer");
  return floatToInt(jsRound(v));
}

export function ceil(x) {
  return roundToInt(x, "__ceil__", Math.ceil);
}

export function floor(x) {
  return roundToInt(x, "__floor__", Math.floor);
}

export function trunc(x) {
  if (!isInt(x) && !isFloat(x) && (x == null || typeof x.__trunc__ !== "function")) {
    throw TypeError(`type ${typename(x)} doesn't define __trunc__ method`);
  }
  return roundToInt(x, "__trunc__", Math.trunc);
}

// ---------------------------------------------------------------- logarithms

/** [m, e] with n ~= m * 2**e, 0.5 <= m < 1, m correctly rounded (CPython's _PyLong_Frexp). */
function bigFrexp(n) {
  const bits = n.toString(2).length;
  const shift = BigInt(bits - 53);
  let q = n >> shift;
  const rem = n - (q << shift);
  const half = 1n << (shift - 1n);
  if (rem > half || (rem === half && (q & 1n) === 1n)) q += 1n;
  if (q === 1n << 53n) return [0.5, bits + 1];
  return [Number(q) / 9007199254740992, bits];
}

/** CPython's loghelper: log of any int exactly (even past the float range), or of a float. */
function logHelper(x, f) {
  if (isInt(x)) {
    const n = toInt(x);
    if (n <= 0) throw domainError();
    if (typeof n === "bigint") {
      const v = Number(n);
      if (!Number.isFinite(v)) {
        const [m, ex] = bigFrexp(n);
        return f(m) + f(2) * ex;
      }
      return f(v);
    }
    return f(n);
  }
  const v = toNum(x);
  if (Number.isNaN(v)) return v;
  if (v <= 0) throw domainError();
  return f(v);
}

export function log(x, base) {
  const num = logHelper(x, libm.log);
  if (base === undefined) return mkfloat(num);
  const den = logHelper(base, libm.log);
  if (den === 0) throw ZeroDivisionError("float division by zero");
  return mkfloat(num / den);
}

export function log2(x) {
  return mkfloat(logHelper(x, libm.log2));
}

export function log10(x) {
  return mkfloat(logHelper(x, libm.log10));
}

// ---------------------------------------------------------------- sums and norms

/** Shewchuk's exact summation with CPython's final half-even correction (math_fsum). */
export function fsum(iterable) {
  const p = [];
  let specialSum = 0, infSum = 0;
  for (const item of iter(iterable)) {
    let x = toNum(item);
    const xsave = x;
    let i = 0;
    for (let j = 0; j < p.length; j++) {
      let y = p[j];
      if (Math.abs(x) < Math.abs(y)) [x, y] = [y, x];
      const hi = x + y;
      const lo = y - (hi - x);
      if (lo !== 0) p[i++] = lo;
      x = hi;
    }
    p.length = i;
    if (x !== 0) {
      if (!Number.isFinite(x)) {
        // From an inf/nan summand, or from overflow of finite ones.
        if (Number.isFinite(xsave)) throw OverflowError("intermediate overflow in fsum");
        if (!Number.isNaN(xsave)) infSum += xsave;
        specialSum += xsave;
        p.length = 0;
      } else {
        p.push(x);
      }
    }
  }
  if (specialSum !== 0) {
    if (Number.isNaN(infSum)) throw ValueError("-inf + inf in fsum");
    return mkfloat(specialSum);
  }
  let hi = 0;
  let n = p.length;
  if (n > 0) {
    let lo = 0;
    hi = p[--n];
    while (n > 0) {
      const x = hi;
      const y = p[--n];
      hi = x + y;
      lo = y - (hi - x);
      if (lo !== 0) break;
    }
    // Half-even rounding across partials: sum([1e-16, 1, 1e16]) rounds up.
    if (n > 0 && ((lo < 0 && p[n - 1] < 0) || (lo > 0 && p[n - 1] > 0))) {
      const y = lo * 2;
      const x = hi + y;
      if (y === x - hi) hi = x;
    }
  }
  return mkfloat(hi);
}

/** Exact product of two doubles as hi + lo (Veltkamp/Dekker; exact for the scaled inputs used). */
function twoProduct(a, b) {
  const p = a * b;
  const SPLIT = 134217729; // 2**27 + 1
  let t = SPLIT * a;
  const ahi = t - (t - a), alo = a - ahi;
  t = SPLIT * b;
  const bhi = t - (t - b), blo = b - bhi;
  return [p, ((ahi * bhi - p) + ahi * blo + alo * bhi) + alo * blo];
}

/** CPython's vector_norm: a correctly rounded (nearly always) Euclidean norm of |coordinates|. */
function vectorNorm(vec, max, foundNan) {
  if (max === Infinity) return max;
  if (foundNan) return NaN;
  if (max === 0 || vec.length <= 1) return max;
  const maxE = frexpNum(max)[1];
  if (maxE < -1023) {
    // ldexp(1.0, -maxE) would overflow: move subnormals into the normal range first.
    const DBL_MIN = 2.2250738585072014e-308;
    return DBL_MIN * vectorNorm(vec.map((v) => v / DBL_MIN), max / DBL_MIN, foundNan);
  }
  const scale = ldexpNum(1, -maxE);
  let csum = 1, frac1 = 0, frac2 = 0;
  for (let x of vec) {
    x *= scale; // lossless
    const [phi, plo] = twoProduct(x, x);
    const s = csum + phi; // |csum| >= |phi|: fast two-sum
    frac2 += phi - (s - csum);
    frac1 += plo;
    csum = s;
  }
  let h = Math.sqrt(csum - 1 + (frac1 + frac2));
  const [phi, plo] = twoProduct(-h, h);
  const s = csum + phi;
  frac2 += phi - (s - csum);
  frac1 += plo;
  csum = s;
  const x = csum - 1 + (frac1 + frac2);
  h += x / (2 * h); // differential correction
  return h / scale;
}

export function hypot(...coordinates) {
  let max = 0, foundNan = false;
  const vec = coordinates.map((c) => {
    const x = Math.abs(toNum(c));
    foundNan ||= Number.isNaN(x);
    if (x > max) max = x;
    return x;
  });
  return mkfloat(vectorNorm(vec, max, foundNan));
}

export function dist(p, q) {
  const ps = [...iter(p)], qs = [...iter(q)];
  if (ps.length !== qs.length) throw ValueError("both points must have the same number of dimensions");
  let max = 0, foundNan = false;
  const vec = ps.map((a, i) => {
    const x = Math.abs(toNum(a) - toNum(qs[i]));
    foundNan ||= Number.isNaN(x);
    if (x > max) max = x;
    return x;
  });
  return mkfloat(vectorNorm(vec, max, foundNan));
}

export function prod(iterable, ...rest) {
  const k = splitkw(rest);
  let result = kwtake(k, "start");
  kwnone(k, "prod");
  if (result === undefined) result = 1;
  for (const x of iter(iterable)) result = mul(result, x);
  return result;
}

// ---------------------------------------------------------------- integer functions

/** Product of the integers lo..hi (BigInt), by binary splitting. */
function rangeProduct(lo, hi) {
  if (hi - lo < 16) {
    let r = 1n;
    for (let i = lo; i <= hi; i++) r *= BigInt(i);
    return r;
  }
  const mid = Math.floor((lo + hi) / 2);
  return rangeProduct(lo, mid) * rangeProduct(mid + 1, hi);
}

export function factorial(n) {
  if (isFloat(n)) throw TypeError("'float' object cannot be interpreted as an integer");
  n = toInt(n);
  if (n < 0) throw ValueError("factorial() not defined for negative values");
  if (typeof n === "bigint") throw OverflowError("factorial() argument should not exceed 9223372036854775807");
  if (n <= 18) {
    let r = 1;
    for (let i = 2; i <= n; i++) r *= i;
    return r;
  }
  return bigToInt(rangeProduct(2, n));
}

/** Falling product n * (n-1) * ... * (n-k+1), BigInt. */
function fallingProduct(n, k) {
  if (k === 0n) return 1n;
  if (k <= 64n) {
    let r = 1n;
    for (let i = 0n; i < k; i++) r *= n - i;
    return r;
  }
  const j = k / 2n;
  return fallingProduct(n, j) * fallingProduct(n - j, k - j);
}

export function perm(n, k) {
  n = toBig(n);
  if (k === undefined || k === null) {
    if (n < 0n) throw ValueError("n must be a non-negative integer");
    return factorial(bigToInt(n));
  }
  k = toBig(k);
  if (n < 0n) throw ValueError("n must be a non-negative integer");
  if (k < 0n) throw ValueError("k must be a non-negative integer");
  if (k > n) return 0;
  return bigToInt(fallingProduct(n, k));
}

export function comb(n, k) {
  n = toBig(n);
  k = toBig(k);
  if (n < 0n) throw ValueError("n must be a non-negative integer");
  if (k < 0n) throw ValueError("k must be a non-negative integer");
  if (k > n) return 0;
  if (n - k < k) k = n - k;
  let r = 1n;
  for (let i = 1n; i <= k; i++) r = (r * (n - k + i)) / i; // exact at every step
  return bigToInt(r);
}

function gcd2(a, b) {
  if (typeof a === "number" && typeof b === "number") {
    a = Math.abs(a);
    b = Math.abs(b);
    while (b) [a, b] = [b, a % b];
    return a;
  }
  a = BigInt(a);
  b = BigInt(b);
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  while (b) [a, b] = [b, a % b];
  return bigToInt(a);
}

export function gcd(...integers) {
  let g = 0;
  for (const x of integers) g = gcd2(g, toInt(x));
  return g;
}

export function lcm(...integers) {
  let l = 1;
  for (const x of integers) {
    const n = toInt(x);
    if (l === 0 || n === 0 || n === 0n) {
      l = 0;
      continue;
    }
    const g = gcd2(l, n);
    let r = (BigInt(l) / BigInt(g)) * BigInt(n);
    if (r < 0n) r = -r;
    l = bigToInt(r);
  }
  return l;
}

export function isqrt(n) {
  n = toInt(n);
  if (n < 0) throw ValueError("isqrt() argument must be nonnegative");
  if (typeof n === "number") {
    let r = Math.floor(Math.sqrt(n));
    while (r * r > n) r--;
    while ((r + 1) * (r + 1) <= n) r++;
    return r;
  }
  // Newton's iteration from an upper bound converges down to floor(sqrt(n)).
  let x = 1n << BigInt(Math.ceil(n.toString(2).length / 2));
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return bigToInt(x);
    x = y;
  }
}

// ---------------------------------------------------------------- float decomposition

export function frexp(x) {
  x = toNum(x);
  if (x === 0 || !Number.isFinite(x)) return mktuple(mkfloat(x), 0);
  const [m, ex] = frexpNum(x);
  return mktuple(mkfloat(m), ex);
}

export function ldexp(x, i) {
  x = toNum(x);
  if (!isInt(i)) throw TypeError("Expected an int as second argument to ldexp.");
  i = toInt(i);
  const n = typeof i === "bigint" ? (i > 0n ? 1e9 : -1e9) : i;
  return mkfloat(ldexpNum(x, n));
}

export function modf(x) {
  x = toNum(x);
  if (!Number.isFinite(x)) {
    if (Number.isNaN(x)) return mktuple(x, x);
    return mktuple(mkfloat(copysignNum(0, x)), x);
  }
  const ip = Math.trunc(x);
  return mktuple(mkfloat(copysignNum(x - ip, x)), mkfloat(ip));
}

export function nextafter(x, y) {
  return mkfloat(nextafterNum(toNum(x), toNum(y)));
}

export function ulp(x) {
  x = toNum(x);
  if (Number.isNaN(x)) return x;
  x = Math.abs(x);
  if (x === Infinity) return x;
  const x2 = nextafterNum(x, Infinity);
  if (x2 === Infinity) return mkfloat(x - nextafterNum(x, -Infinity)); // x is the largest float
  return mkfloat(x2 - x);
}

// ---------------------------------------------------------------- gamma (CPython's own code)

const LANCZOS_G = 6.024680040776729583740234375;
const LANCZOS_G_MINUS_HALF = 5.524680040776729583740234375;
const LANCZOS_NUM = [
  23531376880.410759688572007674451636754734846804940,
  42919803642.649098768957899047001988850926355848959,
  35711959237.355668049440185451547166705960488635843,
  17921034426.037209699919755754458931112671403265390,
  6039542586.3520280050642916443072979210699388420708,
  1439720407.3117216736632230727949123939715485786772,
  248874557.86205415651146038641322942321632125127801,
  31426415.585400194380614231628318205362874684987640,
  2876370.6289353724412254090516208496135991145378768,
  186056.26539522349504029498971604569928220784236328,
  8071.6720023658162106380029022722506138218516325024,
  210.82427775157934587250973392071336271166969580291,
  2.5066282746310002701649081771338373386264310793408,
];
// The denominator is x*(x+1)*...*(x+11).
const LANCZOS_DEN = [
  0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
  13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0,
];
const LOGPI = 1.144729885849400174143427351353058711647;

/** The Lanczos sum L_g(x) for x > 0, as a rational function (in 1/x for large x). */
function lanczosSum(x) {
  let num = 0, den = 0;
  if (x < 5) {
    for (let i = 12; i >= 0; i--) {
      num = num * x + LANCZOS_NUM[i];
      den = den * x + LANCZOS_DEN[i];
    }
  } else {
    for (let i = 0; i < 13; i++) {
      num = num / x + LANCZOS_NUM[i];
      den = den / x + LANCZOS_DEN[i];
    }
  }
  return num / den;
}

/** sin(pi * x), exact at multiples of 1/2, for finite x. */
function sinpi(x) {
  const y = Math.abs(x) % 2;
  const n = Math.round(2 * y);
  let r;
  switch (n) {
    case 0: r = libm.sin(Math.PI * y); break;
    case 1: r = libm.cos(Math.PI * (y - 0.5)); break;
    case 2: r = libm.sin(Math.PI * (1 - y)); break; // not -sin(pi*(y-1)), which gives -0.0
    case 3: r = -libm.cos(Math.PI * (y - 1.5)); break;
    default: r = libm.sin(Math.PI * (y - 2)); break;
  }
  return copysignNum(1, x) * r;
}

export function gamma(x) {
  x = toNum(x);
  if (!Number.isFinite(x)) {
    if (Number.isNaN(x) || x > 0) return mkfloat(x);
    throw domainError();
  }
  if (x === 0) throw domainError();
  if (x === Math.floor(x)) {
    if (x < 0) throw domainError();
    if (x <= 23) {
      let r = 1;
      for (let i = 2; i < x; i++) r *= i; // exact in doubles up to 22!
      return mkfloat(r);
    }
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) {
    const r = 1 / x;
    if (!Number.isFinite(r)) throw rangeError();
    return mkfloat(r);
  }
  if (absx > 200) {
    if (x < 0) return mkfloat(0 / sinpi(x));
    throw rangeError();
  }
  const y = absx + LANCZOS_G_MINUS_HALF;
  // z: the rounding error in y, used for a first-order correction.
  let z;
  if (absx > LANCZOS_G_MINUS_HALF) z = (y - absx) - LANCZOS_G_MINUS_HALF;
  else z = (y - LANCZOS_G_MINUS_HALF) - absx;
  z = (z * LANCZOS_G) / y;
  let r;
  if (x < 0) {
    r = -Math.PI / sinpi(absx) / absx * libm.exp(y) / lanczosSum(absx);
    r -= z * r;
    if (absx < 140) {
      r /= libm.pow(y, absx - 0.5);
    } else {
      const sqrtpow = libm.pow(y, absx / 2 - 0.25);
      r /= sqrtpow;
      r /= sqrtpow;
    }
  } else {
    r = lanczosSum(absx) / libm.exp(y);
    r += z * r;
    if (absx < 140) {
      r *= libm.pow(y, absx - 0.5);
    } else {
      const sqrtpow = libm.pow(y, absx / 2 - 0.25);
      r *= sqrtpow;
      r *= sqrtpow;
    }
  }
  if (!Number.isFinite(r)) throw rangeError();
  return mkfloat(r);
}

export function lgamma(x) {
  x = toNum(x);
  if (!Number.isFinite(x)) return mkfloat(Number.isNaN(x) ? x : Infinity);
  if (x === Math.floor(x) && x <= 2) {
    if (x <= 0) throw domainError();
    return mkfloat(0);
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) return mkfloat(-libm.log(absx));
  let r = libm.log(lanczosSum(absx)) - LANCZOS_G;
  r += (absx - 0.5) * (libm.log(absx + LANCZOS_G - 0.5) - 1);
  if (x < 0) r = LOGPI - libm.log(Math.abs(sinpi(absx))) - libm.log(absx) - r; // reflection
  if (!Number.isFinite(r)) throw rangeError();
  return mkfloat(r);
}

// ---------------------------------------------------------------- erf, erfc (glibc's s_erf.c)

const ERX = 8.45062911510467529297e-01;
const EFX = 1.28379167095512586316e-01;
// erf on [0, 0.84375]
const PP = [1.28379167095512558561e-01, -3.25042107247001499370e-01, -2.84817495755985104766e-02,
  -5.77027029648944159157e-03, -2.37630166566501626084e-05];
const QQ = [0, 3.97917223959155352819e-01, 6.50222499887672944485e-02, 5.08130628187576562776e-03,
  1.32494738004321644526e-04, -3.96022827877536812320e-06];
// erf on [0.84375, 1.25]
const PA = [-2.36211856075265944077e-03, 4.14856118683748331666e-01, -3.72207876035701323847e-01,
  3.18346619901161753674e-01, -1.10894694282396677476e-01, 3.54783043256182359371e-02,
  -2.16637559486879084300e-03];
const QA = [0, 1.06420880400844228286e-01, 5.40397917702171048937e-01, 7.18286544141962662868e-02,
  1.26171219808761642112e-01, 1.36370839120290507362e-02, 1.19844998467991074170e-02];
// erfc on [1.25, 1/0.35]
const RA = [-9.86494403484714822705e-03, -6.93858572707181764372e-01, -1.05586262253232909814e+01,
  -6.23753324503260060396e+01, -1.62396669462573470355e+02, -1.84605092906711035994e+02,
  -8.12874355063065934246e+01, -9.81432934416914548592e+00];
const SA = [0, 1.96512716674392571292e+01, 1.37657754143519042600e+02, 4.34565877475229228821e+02,
  6.45387271733267880336e+02, 4.29008140027567833386e+02, 1.08635005541779435134e+02,
  6.57024977031928170135e+00, -6.04244152148580987438e-02];
// erfc on [1/0.35, 28]
const RB = [-9.86494292470009928597e-03, -7.99283237680523006574e-01, -1.77579549177547519889e+01,
  -1.60636384855821916062e+02, -6.37566443368389627722e+02, -1.02509513161107724954e+03,
  -4.83519191608651397019e+02];
const SB = [0, 3.03380607434824582924e+01, 3.25792512996573918826e+02, 1.53672958608443695994e+03,
  3.19985821950859553908e+03, 2.55305040643316442583e+03, 4.74528541206955367215e+02,
  -2.24409524465858183362e+01];

/** y = r/s of the rational approximation on [0, 0.84375], evaluated as glibc does. */
function erfSmall(z) {
  const z2 = z * z, z4 = z2 * z2;
  const r = (PP[0] + z * PP[1]) + z2 * (PP[2] + z * PP[3]) + z4 * PP[4];
  const s = (1 + z * QQ[1]) + z2 * (QQ[2] + z * QQ[3]) + z4 * (QQ[4] + z * QQ[5]);
  return r / s;
}

/** P/Q on [0.84375, 1.25] with s = |x| - 1. */
function erfMid(s) {
  const s2 = s * s, s4 = s2 * s2, s6 = s4 * s2;
  const P = (PA[0] + s * PA[1]) + s2 * (PA[2] + s * PA[3]) + s4 * (PA[4] + s * PA[5]) + s6 * PA[6];
  const Q = (1 + s * QA[1]) + s2 * (QA[2] + s * QA[3]) + s4 * (QA[4] + s * QA[5]) + s6 * QA[6];
  return P / Q;
}

/**
 * exp(-x*x - 0.5625 + R/S) / x for the tail intervals, x = |x| >= 1.25. The first interval
 * ends at 1/0.35; glibc's erf and erfc test that bound with slightly different constants.
 */
function erfcTail(x, firstInterval) {
  const s = 1 / (x * x);
  const s2 = s * s, s4 = s2 * s2, s6 = s4 * s2;
  let R, S;
  if (firstInterval) {
    const s8 = s4 * s4;
    R = (RA[0] + s * RA[1]) + s2 * (RA[2] + s * RA[3]) + s4 * (RA[4] + s * RA[5]) + s6 * (RA[6] + s * RA[7]);
    S = (1 + s * SA[1]) + s2 * (SA[2] + s * SA[3]) + s4 * (SA[4] + s * SA[5]) + s6 * (SA[6] + s * SA[7]) + s8 * SA[8];
  } else {
    R = (RB[0] + s * RB[1]) + s2 * (RB[2] + s * RB[3]) + s4 * (RB[4] + s * RB[5]) + s6 * RB[6];
    S = (1 + s * SB[1]) + s2 * (SB[2] + s * SB[3]) + s4 * (SB[4] + s * SB[5]) + s6 * (SB[6] + s * SB[7]);
  }
  const z = withLowWordZero(x);
  return (libm.exp(-z * z - 0.5625) * libm.exp((z - x) * (z + x) + R / S)) / x;
}

function erfNum(x) {
  const hx = highWord(x);
  const ix = hx & 0x7fffffff;
  if (ix >= 0x7ff00000) return Number.isNaN(x) ? x : Math.sign(x);
  if (ix < 0x3feb0000) { // |x| < 0.84375
    if (ix < 0x3e300000) { // |x| < 2**-28
      if (ix < 0x00800000) return 0.0625 * (16 * x + (16 * EFX) * x);
      return x + EFX * x;
    }
    return x + x * erfSmall(x * x);
  }
  if (ix < 0x3ff40000) { // |x| < 1.25
    const pq = erfMid(Math.abs(x) - 1);
    return hx >= 0 ? ERX + pq : -ERX - pq;
  }
  if (ix >= 0x40180000) return hx >= 0 ? 1 - 1e-300 : 1e-300 - 1; // |x| >= 6
  const r = erfcTail(Math.abs(x), ix < 0x4006db6e);
  return hx >= 0 ? 1 - r : r - 1;
}

function erfcNum(x) {
  const hx = highWord(x);
  const ix = hx & 0x7fffffff;
  if (ix >= 0x7ff00000) return Number.isNaN(x) ? x : (x > 0 ? 0 : 2);
  if (ix < 0x3feb0000) { // |x| < 0.84375
    if (ix < 0x3c700000) return 1 - x; // |x| < 2**-56
    const y = erfSmall(x * x);
    if (hx < 0x3fd00000) return 1 - (x + x * y); // x < 1/4
    return 0.5 - (x * y + (x - 0.5));
  }
  if (ix < 0x3ff40000) { // |x| < 1.25
    const pq = erfMid(Math.abs(x) - 1);
    return hx >= 0 ? (1 - ERX) - pq : 1 + (ERX + pq);
  }
  if (ix < 0x403c0000) { // |x| < 28
    if (hx < 0 && ix >= 0x40180000) return 2 - 1e-300; // x < -6
    const r = erfcTail(Math.abs(x), ix < 0x4006db6d);
    return hx > 0 ? r : 2 - r;
  }
  return hx > 0 ? 0 : 2 - 1e-300;
}
