// Numbers: the int/float representation, arithmetic and comparison operators (with the dunder
// protocol for other types), hashing, float repr and the digit generation behind number
// formatting, and the numeric builtins (abs, round, divmod, pow, hex, oct, bin, int(), float()).
//
// Representation (CONTRACT.md): an int is a safe-integer JS number (never -0) or a BigInt
// outside ±(2**53-1); a float is a non-integral JS number (incl. NaN, ±Infinity) or a `PyFloat`
// box for integral values and -0.0; a bool is a JS boolean and acts as an int.
//
// Imports are used only inside functions (object.mjs and core.mjs import this module too).

import {
  typename, tpname, classOf, NotImplemented, KwArgs, object, list, tuple, dict, set, frozenset,
  TypeError, ValueError, ZeroDivisionError, OverflowError, MemoryError, typeUnion,
} from "./object.mjs";
import {
  Tuple, tuple_of, mktuple, Dict, PySet, contains_seq, dict_or, dict_ior,
  set_or, set_and, set_sub, set_xor, set_ior, set_iand, set_isub, set_ixor,
  set_eq, set_lt, set_le, set_gt, set_ge,
} from "./containers.mjs";
import { truthy, arr, iter, to_str, repr } from "./core.mjs";
import { str_repr, percent_format, format_spec } from "./str.mjs";
import { negFracPow } from "./complex.mjs";

/** A float whose value is integral or -0.0 (a plain JS number would read as an int). */
export class PyFloat {
  constructor(v) {
    this.v = v;
  }
}

const MAX_SAFE_BIG = 9007199254740991n, MIN_SAFE_BIG = -9007199254740991n;

/** A float from any JS number. */
export function mkfloat(n) {
  // NaN is boxed too: each NaN object has its own identity (`x is x`, `nan in [nan]`).
  return Number.isInteger(n) || n !== n ? new PyFloat(n) : n;
}

/** The JS number of an int, float or bool (BigInts may round or become ±Infinity). */
export function fval(x) {
  if (typeof x === "number") return x;
  if (x instanceof PyFloat) return x.v;
  return Number(x);
}

/** An int from a BigInt: a JS number when it is a safe integer. */
export function normInt(b) {
  // Out-of-range first: BigInt comparisons with constants are cheap, `Number(b)` is not.
  return b > MAX_SAFE_BIG || b < MIN_SAFE_BIG ? b : Number(b);
}

/** An int literal too big for a safe number. */
export function bigint_lit(digits) {
  return normInt(BigInt(digits));
}

/** True for an int (not a bool). */
export function isInt(x) {
  return typeof x === "number" ? Number.isInteger(x) : typeof x === "bigint";
}

/** True for a float. */
export function isFloat(x) {
  return typeof x === "number" ? !Number.isInteger(x) : x instanceof PyFloat;
}

/** True for a bool, int or float. */
export function isNumber(x) {
  const t = typeof x;
  return t === "number" || t === "bigint" || t === "boolean" || x instanceof PyFloat;
}

/** An int or bool as a BigInt. */
export function toBig(x) {
  return BigInt(typeof x === "boolean" ? +x : x);
}

/** `operator.index(x)`: an int (bools become 0/1; objects through `__index__`). */
export function to_index(x) {
  if (typeof x === "number" && Number.isInteger(x)) return x;
  if (typeof x === "bigint") return x;
  if (typeof x === "boolean") return +x;
  const f = dunder(x, "__index__");
  if (f !== undefined) {
    const r = callDunder(x, f);
    if (kindOf(r) !== INT) throw TypeError(`__index__ returned non-int (type ${typename(r)})`);
    return intv(r);
  }
  throw TypeError(`'${typename(x)}' object cannot be interpreted as an integer`);
}

// ---------------------------------------------------------------------------------------------
// Kinds of numbers and conversions

const NOT_NUM = 0, INT = 1, FLOAT = 2;

function kindOf(x) {
  switch (typeof x) {
    case "number":
      return Number.isInteger(x) ? INT : FLOAT;
    case "bigint":
    case "boolean":
      return INT;
    case "object":
      return x instanceof PyFloat ? FLOAT : NOT_NUM;
  }
  return NOT_NUM;
}

/** An int or bool as an int (number or BigInt). */
function intv(x) {
  return typeof x === "boolean" ? +x : x;
}

/** float(x) of an int, float or bool, as a JS number (OverflowError for huge ints). */
function toF(x) {
  if (typeof x === "number") return x;
  if (typeof x === "boolean") return +x;
  if (x instanceof PyFloat) return x.v;
  const v = Number(x);
  if (!Number.isFinite(v)) throw OverflowError("int too large to convert to float");
  return v;
}

/** Typed code (compiler/src/infer.rs): the JS number of an int, OverflowError past the float range. */
export function int_f(x) {
  return typeof x === "number" ? x : toF(x);
}

/** Typed code: `a ** b` of two JS numbers, at least one of them a float. */
export function fpow(a, b) {
  if (b === 0.5 && a > 0) return Math.sqrt(a); // floatPow's result for these, without its case analysis
  if (b === 2) {
    const r = a * a;
    if (r < Infinity) return r;
  }
  return floatPow(a, b);
}

/** Typed code: `a / b` of two JS numbers, at least one of them a float. */
export function fdiv(a, b) {
  if (b === 0) throw ZeroDivisionError("float division by zero");
  return a / b;
}

/** Typed code: `a / b` of two safe-integer JS numbers. */
export function idiv(a, b) {
  if (b === 0) throw ZeroDivisionError("division by zero");
  return a / b;
}

/** An int from an integral JS number. */
function intFromNumber(v) {
  return Number.isSafeInteger(v) ? v + 0 : BigInt(v);
}

/** int(v) for a float value: truncation toward zero. */
function truncFloat(v) {
  if (v !== v) throw ValueError("cannot convert float NaN to integer");
  if (v === Infinity || v === -Infinity) throw OverflowError("cannot convert float infinity to integer");
  return intFromNumber(Math.trunc(v));
}

function bitLength(b) {
  // b >= 0n. Below 2**1024, Number(b) is b rounded to 53 bits: its binary exponent is the bit
  // length minus one, unless b rounded up to a power of two (then compare b with it).
  if (b === 0n) return 0;
  const v = Number(b);
  if (v < Infinity) {
    scratch.setFloat64(0, v);
    const hi = scratch.getUint32(0);
    const e = ((hi >>> 20) & 0x7ff) - 1023;
    if ((hi & 0xfffff) !== 0 || scratch.getUint32(4) !== 0) return e + 1;
    return b >= 1n << BigInt(e) ? e + 1 : e;
  }
  // Hex digits are a quarter of the binary string, the leading one gives 1 to 4 bits.
  const s = b.toString(16);
  return (s.length - 1) * 4 + (32 - Math.clz32(parseInt(s[0], 16)));
}

// IEEE-754 access.
const scratch = new DataView(new ArrayBuffer(8));

/** [m, e] with v = m * 2**e, m an odd integer (a JS number), for finite v > 0. */
function decompose(v) {
  scratch.setFloat64(0, v);
  const hi = scratch.getUint32(0), lo = scratch.getUint32(4);
  const ex = (hi >>> 20) & 0x7ff;
  let m = (hi & 0xfffff) * 4294967296 + lo;
  let e;
  if (ex === 0) {
    e = -1074;
  } else {
    m += 4503599627370496;
    e = ex - 1075;
  }
  while (m % 2 === 0) {
    m /= 2;
    e++;
  }
  return [m, e];
}

/** v * 2**k, exact whenever the result is representable. */
function ldexp(v, k) {
  while (k > 1023) {
    v *= 8.98846567431158e307; // 2**1023
    k -= 1023;
    if (!Number.isFinite(v)) return v;
  }
  while (k < -1022) {
    v *= 2.2250738585072014e-308; // 2**-1022
    k += 1022;
    if (v === 0) return v;
  }
  return v * 2 ** k;
}

// ---------------------------------------------------------------------------------------------
// Int arithmetic on canonical ints (JS numbers or BigInts)

function intAdd(a, b) {
  if (typeof a === "number" && typeof b === "number") {
    const r = a + b;
    if (Number.isSafeInteger(r)) return r;
  }
  return normInt(BigInt(a) + BigInt(b));
}

function intSub(a, b) {
  if (typeof a === "number" && typeof b === "number") {
    const r = a - b;
    if (Number.isSafeInteger(r)) return r;
  }
  return normInt(BigInt(a) - BigInt(b));
}

function intMul(a, b) {
  if (typeof a === "number" && typeof b === "number") {
    const r = a * b;
    if (Number.isSafeInteger(r)) return r + 0;
  }
  return normInt(BigInt(a) * BigInt(b));
}

function isZero(x) {
  return x === 0 || x === 0n;
}

function intFloordiv(a, b) {
  if (isZero(b)) throw ZeroDivisionError("integer division or modulo by zero");
  // For safe integers, Math.floor(a / b) is exact: a non-integral quotient is at least 1/|b|
  // away from an integer, more than the rounding error of a / b.
  if (typeof a === "number" && typeof b === "number") return Math.floor(a / b) + 0;
  const A = BigInt(a), B = BigInt(b);
  let q = A / B;
  if ((A < 0n) !== (B < 0n) && q * B !== A) q -= 1n;
  return normInt(q);
}

function intMod(a, b) {
  if (isZero(b)) throw ZeroDivisionError("integer modulo by zero");
  if (typeof a === "number" && typeof b === "number") {
    const r = a % b;
    return r === 0 ? 0 : (r < 0) !== (b < 0) ? r + b : r;
  }
  const B = BigInt(b);
  let r = BigInt(a) % B;
  if (r !== 0n && (r < 0n) !== (B < 0n)) r += B;
  return normInt(r);
}

function intTruediv(a, b) {
  if (isZero(b)) throw ZeroDivisionError("division by zero");
  return mkfloat(typeof a === "number" && typeof b === "number" ? a / b : bigTrueDiv(BigInt(a), BigInt(b)));
}

/** a / b correctly rounded, for BigInts (b != 0), as CPython's long_true_divide. */
function bigTrueDiv(a, b) {
  const neg = (a < 0n) !== (b < 0n);
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  if (a <= 9007199254740992n && b <= 9007199254740992n) {
    const r = Number(a) / Number(b);
    return neg ? -r : r;
  }
  const la = bitLength(a), lb = bitLength(b);
  if (la - lb > 1025) throw OverflowError("integer division result too large for a float");
  // q = floor(a / b / 2**sh) has 55 or 56 bits; `sticky` records a nonzero remainder.
  const sh = la - lb - 55;
  let q, sticky;
  if (sh >= 0) {
    const d = b << BigInt(sh);
    q = a / d;
    sticky = q * d !== a;
  } else {
    const n = a << BigInt(-sh);
    q = n / b;
    sticky = q * b !== n;
  }
  if (sh > -1000 && sh < 900) {
    // A normal result: q has 55 or 56 bits, so a set lowest bit only stands for the nonzero
    // remainder (below the rounding bit) and Number() rounds once, correctly; the power-of-two
    // scaling is exact.
    const r = ldexp(Number(sticky ? q | 1n : q), sh);
    return neg ? -r : r;
  }
  const lq = bitLength(q);
  const e = lq + sh; // the value is in [2**(e-1), 2**e)
  const p = e - 53 < -1074 ? e + 1074 : 53; // bits the result can hold (fewer when subnormal)
  let r;
  if (p <= 0) {
    // Below half the smallest subnormal, or (p == 0) between half of it and it.
    const aboveHalf = p === 0 && (sticky || q !== 1n << BigInt(lq - 1));
    r = aboveHalf ? 5e-324 : 0;
  } else {
    const drop = BigInt(lq - p);
    let kept = q >> drop;
    const rest = q - (kept << drop), half = 1n << (drop - 1n);
    if (rest > half || (rest === half && (sticky || (kept & 1n) === 1n))) kept += 1n;
    r = ldexp(Number(kept), sh + Number(drop));
    if (r === Infinity) throw OverflowError("integer division result too large for a float");
  }
  return neg ? -r : r;
}

function intPow(a, b) {
  if (b < 0) return mkfloat(floatPow(toF(a), toF(b)));
  if (typeof a === "number" && typeof b === "number") {
    // Square-and-multiply while every intermediate stays exact.
    let r = 1, x = a, n = b;
    for (;;) {
      if (n % 2 === 1) {
        r *= x;
        if (!Number.isSafeInteger(r)) break;
      }
      n = Math.floor(n / 2);
      if (n === 0) return r + 0;
      x *= x;
      if (!Number.isSafeInteger(x)) break;
    }
  }
  const A = BigInt(a);
  if (A === 0n || A === 1n) return Number(A) ** (b === 0 || b === 0n ? 0 : 1);
  if (A === -1n) return BigInt(b) % 2n === 0n ? 1 : -1;
  if (bitLength(A < 0n ? -A : A) * Number(b) > 2 ** 30) throw MemoryError(); // past the largest BigInt
  return normInt(A ** BigInt(b));
}

function checkShift(b) {
  if (b < 0) throw ValueError("negative shift count");
}

function intLshift(a, b) {
  checkShift(b);
  if (isZero(a)) return 0;
  if (typeof a === "number" && b < 53) {
    const r = a * 2 ** b;
    if (Number.isSafeInteger(r)) return r;
  }
  if (typeof b === "bigint" && b >= 2n ** 63n) throw OverflowError("too many digits in integer");
  if (b >= 2 ** 30) throw MemoryError(); // past the largest BigInt
  return normInt(BigInt(a) << BigInt(b));
}

function intRshift(a, b) {
  checkShift(b);
  if (typeof a === "number") return b >= 53 ? (a < 0 ? -1 : 0) : Math.floor(a / 2 ** Number(b)) + 0;
  if (typeof b === "bigint" || b > 2 ** 32) return a < 0n ? -1 : 0;
  return normInt(a >> BigInt(b));
}

function isInt32(x) {
  return typeof x === "number" && (x | 0) === x;
}

function intAnd(a, b) {
  return isInt32(a) && isInt32(b) ? a & b : normInt(BigInt(a) & BigInt(b));
}

function intOr(a, b) {
  return isInt32(a) && isInt32(b) ? a | b : normInt(BigInt(a) | BigInt(b));
}

function intXor(a, b) {
  return isInt32(a) && isInt32(b) ? a ^ b : normInt(BigInt(a) ^ BigInt(b));
}

// ---------------------------------------------------------------------------------------------
// Float arithmetic on JS numbers

/** CPython's float_divmod: [floor quotient, remainder] for w != 0. */
export function floatDivmod(v, w) {
  let mod = v % w;
  let div = (v - mod) / w;
  if (mod !== 0) {
    if ((w < 0) !== (mod < 0)) {
      mod += w;
      div -= 1;
    }
  } else {
    mod = w < 0 ? -0 : 0;
  }
  let floordiv;
  if (div !== 0) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1;
  } else {
    const q = v / w;
    floordiv = q < 0 || Object.is(q, -0) ? -0 : 0;
  }
  return [floordiv, mod];
}

function floatMod(v, w) {
  if (w === 0) throw ZeroDivisionError("float modulo");
  let mod = v % w;
  if (mod !== 0) {
    if ((w < 0) !== (mod < 0)) mod += w;
  } else {
    mod = w < 0 ? -0 : 0;
  }
  return mod;
}

function floatFloordiv(v, w) {
  if (w === 0) throw ZeroDivisionError("float floor division by zero");
  return floatDivmod(v, w)[0];
}

function floatTruediv(v, w) {
  if (w === 0) throw ZeroDivisionError("float division by zero");
  return v / w;
}

function isOddInteger(y) {
  return Number.isInteger(y) && Math.abs(y % 2) === 1;
}

/** CPython's float_pow on JS numbers: special cases, then a correctly rounded power. */
export function floatPow(x, y) {
  if (y === 0) return 1;
  if (x !== x) return x;
  if (y !== y) return x === 1 ? 1 : y;
  if (y === Infinity || y === -Infinity) {
    const ax = Math.abs(x);
    if (ax === 1) return 1;
    return (y > 0) === (ax > 1) ? Infinity : 0;
  }
  if (x === Infinity || x === -Infinity) {
    const odd = isOddInteger(y);
    if (y > 0) return odd ? x : Infinity;
    return odd ? (x < 0 ? -0 : 0) : 0;
  }
  if (x === 0) {
    if (y < 0) throw ZeroDivisionError("0.0 cannot be raised to a negative power");
    return isOddInteger(y) ? x : 0;
  }
  let negate = false;
  if (x < 0) {
    // CPython hands a negative base with a fractional exponent to complex.__pow__.
    if (!Number.isInteger(y)) return negFracPow(x, y);
    x = -x;
    negate = isOddInteger(y);
  }
  let r;
  if (x === 1) r = 1;
  else if (y === 1) r = x;
  else if (y === 2) r = x * x;
  else if (y === -1) r = 1 / x;
  else if (y === 0.5) r = Math.sqrt(x);
  else if (Number.isInteger(y)) r = powIntExp(x, y);
  else r = powGeneral(x, y);
  if (r === Infinity) throw OverflowError("(34, 'Numerical result out of range')");
  return negate ? -r : r;
}

// Double-double arithmetic: a value is hi + lo with |lo| <= ulp(hi)/2. The helpers leave their
// result in DH / DL (no allocation on these paths).
let DH = 0, DL = 0;
const SPLIT = 134217729; // 2**27 + 1, for Dekker's exact product

function ddMul(ah, al, bh, bl) {
  const p = ah * bh;
  let t = SPLIT * ah;
  const ahh = t - (t - ah), ahl = ah - ahh;
  t = SPLIT * bh;
  const bhh = t - (t - bh), bhl = bh - bhh;
  const e = ((ahh * bhh - p) + ahh * bhl + ahl * bhh) + ahl * bhl + (ah * bl + al * bh);
  DH = p + e;
  DL = e - (DH - p);
}

function ddAdd(ah, al, bh, bl) {
  const s = ah + bh;
  const bb = s - ah;
  const e = ((ah - (s - bb)) + (bh - bb)) + al + bl;
  DH = s + e;
  DL = e - (DH - s);
}

/** (h + l) / k for a small integer k. */
function ddDivNum(h, l, k) {
  const q1 = h / k;
  ddMul(q1, 0, k, 0);
  const q2 = (((h - DH) - DL) + l) / k;
  DH = q1 + q2;
  DL = q2 - (DH - q1);
}

/** 1 / (h + l). */
function ddRecip(h, l) {
  const q1 = 1 / h;
  ddMul(q1, 0, h, l);
  const q2 = ((1 - DH) - DL) * q1;
  DH = q1 + q2;
  DL = q2 - (DH - q1);
}

/** Bit length of a positive integer below 2**53. */
function bitLengthNum(n) {
  return n < 4294967296 ? 32 - Math.clz32(n) : 64 - Math.clz32(Math.floor(n / 4294967296));
}

/** [m, k] with x = m * 2**k and m in [1, 2), for finite x > 0. */
function frexp1(x) {
  const [mi, e] = decompose(x);
  const b = bitLengthNum(mi) - 1;
  return [mi / 2 ** b, e + b];
}

/** Round (h + l) * 2**e to a double, for h in [0.5, 2]: also correctly into the subnormals. */
function ddScale(h, l, e) {
  if (e > -1020) return ldexp(h, e);
  if (e < -1200) return 0;
  const th = h * 2 ** (e + 1074), tl = l * 2 ** (e + 1074);
  if (th >= 4503599627370496) return ldexp(h, e); // normal after all
  let n = Math.floor(th);
  const frac = (th - n) + tl;
  if (frac > 0.5 || (frac === 0.5 && n % 2 === 1)) n += 1;
  else if (frac < 0) n -= 1;
  return n * 5e-324;
}

/** x**n for finite x > 0 and integral n: the exact power rounded (barring near-ties). */
function powIntExp(x, n) {
  if (Math.abs(n) <= 64 && x > 3.0517578125e-5 && x < 32768) {
    // |log2(x**n)| < 960: plain double-double square-and-multiply stays in range.
    let bh = x, bl = 0, rh = 1, rl = 0, k = Math.abs(n);
    for (;;) {
      if (k & 1) {
        ddMul(rh, rl, bh, bl);
        rh = DH;
        rl = DL;
      }
      k >>= 1;
      if (k === 0) break;
      ddMul(bh, bl, bh, bl);
      bh = DH;
      bl = DL;
    }
    if (n > 0) return rh;
    ddRecip(rh, rl);
    return DH;
  }
  return powIntExpScaled(x, n);
}

/** powIntExp for any range: mantissas and binary exponents are kept apart. */
function powIntExpScaled(x, n) {
  let [bh, be] = frexp1(x);
  let bl = 0, rh = 1, rl = 0, re = 0;
  let k = Math.abs(n);
  for (;;) {
    if (k % 2 === 1) {
      ddMul(rh, rl, bh, bl);
      rh = DH;
      rl = DL;
      re += be;
      if (rh >= 2) {
        rh /= 2;
        rl /= 2;
        re += 1;
      }
    }
    k = Math.floor(k / 2);
    if (k === 0) break;
    ddMul(bh, bl, bh, bl);
    bh = DH;
    bl = DL;
    be *= 2;
    if (bh >= 2) {
      bh /= 2;
      bl /= 2;
      be += 1;
    }
    // The remaining factors only move further out of range.
    if (Math.abs(be) > 2200) return (be > 0) === (n > 0) ? Infinity : 0;
  }
  if (n < 0) {
    ddRecip(rh, rl);
    return ddScale(DH, DL, -re);
  }
  return ddScale(rh, rl, re);
}

const LN2_HI = 0.6931471805599453, LN2_LO = 2.3190468138462996e-17;

// 1 / (2k + 1) in double-double, for the log series.
const LOG_TERMS = 23;
const INV_ODD = new Float64Array(2 * LOG_TERMS);
for (let k = 0; k < LOG_TERMS; k++) {
  ddDivNum(1, 0, 2 * k + 1);
  INV_ODD[2 * k] = DH;
  INV_ODD[2 * k + 1] = DL;
}

/** log(m) for m in [0.7, 1.42]: 2 * atanh(s) with s = (m - 1) / (m + 1). */
function ddLog(m) {
  // m - 1 is exact; m + 1 may round, so keep its low part.
  const denH = m + 1, denL = m - (denH - 1);
  ddRecip(denH, denL);
  ddMul(m - 1, 0, DH, DL);
  const sh = DH, sl = DL;
  ddMul(sh, sl, sh, sl);
  const s2h = DH, s2l = DL;
  // Horner: sum of s2**k / (2k + 1); s2 < 0.03 so 23 terms reach 2**-110.
  let th = 0, tl = 0;
  for (let k = LOG_TERMS - 1; k >= 0; k--) {
    ddMul(th, tl, s2h, s2l);
    ddAdd(DH, DL, INV_ODD[2 * k], INV_ODD[2 * k + 1]);
    th = DH;
    tl = DL;
  }
  ddMul(th, tl, sh, sl);
  DH *= 2;
  DL *= 2;
}

/** exp(h + l): the mantissa in DH/DL and the binary exponent returned. */
function ddExp(h, l) {
  // h + l = j*ln2 + r with |r| <= ln2/2; exp(r) = (exp(r / 1024))**1024.
  const j = Math.round(h / LN2_HI);
  ddMul(j, 0, LN2_HI, LN2_LO);
  ddAdd(h, l, -DH, -DL);
  const rh = DH / 1024, rl = DL / 1024;
  // t = exp(r') - 1 by Horner, t = r'(1 + r'/2(1 + r'/3(...))); |r'| < 4e-4, 9 terms suffice.
  let th = 0, tl = 0;
  for (let k = 9; k >= 1; k--) {
    ddAdd(th, tl, 1, 0);
    ddMul(DH, DL, rh, rl);
    ddDivNum(DH, DL, k);
    th = DH;
    tl = DL;
  }
  // (1 + t)**2 = 1 + (2t + t*t), ten times.
  for (let i = 0; i < 10; i++) {
    ddMul(th, tl, th, tl);
    ddAdd(DH, DL, 2 * th, 2 * tl);
    th = DH;
    tl = DL;
  }
  ddAdd(th, tl, 1, 0);
  return j;
}

/** x**y for finite x > 0 and non-integral finite y, as exp(y * log(x)) in double-double. */
function powGeneral(x, y) {
  let [m, k] = frexp1(x);
  if (m > Math.SQRT2) {
    m /= 2;
    k += 1;
  }
  ddLog(m);
  const lh = DH, ll = DL;
  ddMul(k, 0, LN2_HI, LN2_LO);
  ddAdd(DH, DL, lh, ll);
  ddMul(DH, DL, y, 0);
  if (DH > 710) return Infinity;
  if (DH < -746) return 0;
  const j = ddExp(DH, DL);
  return ddScale(DH, DL, j);
}

// ---------------------------------------------------------------------------------------------
// The operator protocol

/**
 * The class of a Python instance (user classes, subclasses of builtins), or the metaclass of
 * a class object that has one other than `type` (`EnumType`), else null.
 */
function pyClass(x) {
  if (typeof x === "object") return x !== null && x.$isclass === true ? Object.getPrototypeOf(x) : null;
  if (typeof x !== "function") return null;
  if (x.$isclass === false) return Object.getPrototypeOf(x);
  return x.$isclass === true ? x.$meta ?? null : null;
}

/**
 * Special method `name` of `x`: from the class of a Python instance, or a JS method of a
 * runtime object (like a dict view); undefined if there is none.
 */
function dunder(x, name) {
  const C = pyClass(x);
  const f = C !== null ? C[name] : typeof x === "object" && x !== null ? x[name] : undefined;
  return typeof f === "function" ? f : undefined;
}

/**
 * An operator's special method on the class of a Python instance: as `dunder`, except that a
 * class attribute that is not a function (`__add__ = 3`, `__radd__ = None`) is still what
 * CPython calls, so the operator raises "'int' object is not callable".
 */
function opDunder(x, name) {
  const C = pyClass(x);
  if (C !== null) {
    const f = C[name];
    if (f === undefined || typeof f === "function") return f?.$slot === true ? undefined : f;
    return function () {
      throw TypeError(`'${tpname(f)}' object is not callable`);
    };
  }
  return dunder(x, name);
}

/**
 * Call special method `f` of `x`. As in rt/object.mjs: compiled methods (`$sig.method`) and
 * runtime methods (`$rt`) take self as `this`, other functions on a class as their first
 * argument; JS methods of runtime objects (not Python instances) take `this`.
 */
function callDunder(x, f, ...args) {
  // User code sees the operands: they are no longer unreachable temporaries (see `tmp`), nor
  // private to the variable holding them (`rebind_own`).
  TMP.t0 = TMP.t1 = null;
  if (f.$rt !== true) {
    if (x?.$own === true) x.$own = false;
    for (let i = 0; i < args.length; i++) if (args[i]?.$own === true) args[i].$own = false;
  }
  const r = f.$rt === true || f.$sig?.method === true || pyClass(x) === null ? f.apply(x, args) : f(x, ...args);
  TMP.fresh = null;
  return r;
}

/** callDunder with one argument (a binary operator's other operand): no rest array. */
function callDunder1(x, f, a) {
  TMP.t0 = TMP.t1 = null;
  if (f.$rt !== true) {
    if (x?.$own === true) x.$own = false;
    if (a?.$own === true) a.$own = false;
  }
  const r = f.$rt === true || f.$sig?.method === true || pyClass(x) === null ? f.call(x, a) : f(x, a);
  TMP.fresh = null;
  return r;
}

/**
 * Temporary elision (NumPy does the same with reference counts). A runtime type whose operator
 * (`$arith`) returns a new object that nothing else references sets `TMP.fresh` to it. The
 * compiler wraps an operand that is itself the value of `+ - * / @` in `$tmp(...)`: when that
 * value is still `TMP.fresh` (no user code ran since it was made), it is marked as a dead
 * temporary (`t0`, `t1`: the two latest), and the enclosing operator may write its result into
 * it. User dunders clear the marks before running (they receive the operands) and `fresh`
 * after (they may return an object they keep).
 */
export const TMP = { fresh: null, t0: null, t1: null, release: null, fuse: null, f64p: undefined, F64: null, ndp: undefined, fdt: -1 };

/**
 * np.float64 arithmetic of speculated float expressions (lower/typed.rs `spec_float`): the
 * raw double of an operand that is an np.float64 or a fractional JS number, else undefined
 * (`npv64`: np.float64 only; a boxed integral float takes the generic path); `npbox` makes the
 * np.float64 result. `TMP.f64p`/`TMP.F64`/`TMP.ndp` (ndarray prototype)/`TMP.fdt` (float64 dtype
 * code) are set by NumPy.
 */
export function npv(x) {
  if (typeof x === "number") return Number.isInteger(x) ? undefined : x;
  if (typeof x !== "object" || x === null) return undefined;
  return Object.getPrototypeOf(x) === TMP.f64p ? x.v : undefined;
}

export function npv64(x) {
  return typeof x === "object" && x !== null && Object.getPrototypeOf(x) === TMP.f64p ? x.v : undefined;
}

export function npbox(v) {
  return new TMP.F64(v);
}

/**
 * The Python value of a float-or-np.float64 local kept unboxed by compiled code (lower/dual.rs):
 * kind 0: the general value `o`; 1: the float `d`; 2: the np.float64 `d`.
 */
export function npdual(k, o, d) {
  return k === 0 ? o : k === 1 ? mkfloat(d) : new TMP.F64(d);
}

/**
 * `npv` that also takes a boxed integral float (`0.0`): for operands of an expression that
 * reads an array element (lower/typed.rs `spec_npsub`), whose result is an np.float64 anyway.
 */
export function npvx(x) {
  if (typeof x === "number") return Number.isInteger(x) ? undefined : x;
  if (typeof x !== "object" || x === null) return undefined;
  const p = Object.getPrototypeOf(x);
  return p === TMP.f64p || p === PyFloat.prototype ? x.v : undefined;
}

/**
 * `x[i] = v` for a raw double `v` (an np.float64's or a float's value): stored when `x` is a
 * 1-D float64 array with unit stride (`$v1`, numpy/_core.mjs) and `i` (an int) is in range;
 * false (nothing done) otherwise.
 */
export function npset(x, i, v) {
  const w = x?.$v1;
  if (w == null) return false;
  const n = x.$size, j = i < 0 ? i + n : i;
  if (!(j >= 0 && j < n)) return false;
  w[j] = v;
  return true;
}

/**
 * `x[i] = v` for any Python value `v`: stored when `x` is as for `npset` and `v` is an int,
 * float, bool or np.float64 (cast to float64 as NumPy does: ints past 2**53 round); false otherwise.
 */
export function npsetv(x, i, v) {
  const w = x?.$v1;
  if (w == null) return false;
  let d;
  if (typeof v === "number") d = v;
  else if (typeof v === "object" && v !== null) {
    const p = Object.getPrototypeOf(v);
    if (p !== TMP.f64p && p !== PyFloat.prototype) return false;
    d = v.v;
  } else if (typeof v === "boolean") d = v ? 1 : 0;
  else return false;
  const n = x.$size, j = i < 0 ? i + n : i;
  if (!(j >= 0 && j < n)) return false;
  w[j] = d;
  return true;
}

/** Element `i` (an int) of `x` as a raw double when `x` is a 1-D float64 array and `i` is in range, else undefined. */
export function npget(x, i) {
  const w = x?.$v1;
  if (w != null) {
    const n = x.$size, j = i < 0 ? i + n : i;
    return j >= 0 && j < n ? w[j] : undefined;
  }
  if (typeof x !== "object" || x === null || typeof i !== "number" || Object.getPrototypeOf(x) !== TMP.ndp) return undefined;
  const sh = x.$shape;
  if (x.$dt !== TMP.fdt || sh.length !== 1) return undefined;
  const n = sh[0], j = i < 0 ? i + n : i;
  return j >= 0 && j < n ? x.$data[x.$off + j * x.$strides[0]] : undefined;
}

/**
 * Element `[i, j]` (ints) of `x` as a raw double when `x` is a 2-D float64 array and both
 * indexes are in range (negative ones count from the end), else undefined.
 */
export function npget2(x, i, j) {
  if (typeof x !== "object" || x === null || x.$dt !== TMP.fdt || Object.getPrototypeOf(x) !== TMP.ndp) return undefined;
  const sh = x.$shape;
  if (sh.length !== 2 || typeof i !== "number" || typeof j !== "number") return undefined;
  const n0 = sh[0], n1 = sh[1], a = i < 0 ? i + n0 : i, b = j < 0 ? j + n1 : j;
  if (!(a >= 0 && a < n0 && b >= 0 && b < n1)) return undefined;
  const st = x.$strides;
  return x.$data[x.$off + a * st[0] + b * st[1]];
}

/** Element `i` (an int) of the exact list `x` when it is a fractional float (a raw double), else undefined. */
export function lget(x, i) {
  if (x === null || typeof x !== "object" || x.constructor !== Array || typeof i !== "number") return undefined;
  const v = i >= 0 ? x[i] : x[i + x.length];
  return typeof v === "number" && !Number.isInteger(v) ? v : undefined;
}

/**
 * A fused elementwise expression over NumPy arrays (lower/typed.rs `spec_fused`): the result
 * of kernel `k`, or null when its operands do not qualify (or NumPy is not loaded). `fl`, `c`,
 * `e` (optional) let int64 operands in (numpy.mjs `fuseIntsExact`).
 */
export function fuse(k, arrs, sc, fl, c, e) {
  const f = TMP.fuse;
  return f === null ? null : f(k, arrs, sc, fl, c, e);
}

export function tmp(x) {
  if (x === TMP.fresh && x !== null) {
    TMP.t1 = TMP.t0;
    TMP.t0 = x;
  }
  return x;
}

/**
 * `v = value` for a variable whose value the compiler proved private to it (lower/owned.rs):
 * the value it held, when owned, is dead and its data goes back to the pool (`TMP.release`, set
 * by NumPy). `rebind_own` is for a value of an operator: when it is still the fresh result, the
 * variable now owns it (a user dunder that later receives it clears `$own`, see `callDunder`).
 */
export function rebind(old, v) {
  if (old !== v && old !== null && typeof old === "object" && old.$own === true) TMP.release(old);
  return v;
}

export function rebind_own(old, v) {
  if (old !== v && old !== null && typeof old === "object" && old.$own === true) TMP.release(old);
  if (v === TMP.fresh && v !== null) {
    v.$own = true;
    TMP.fresh = null;
  }
  return v;
}

/**
 * `v = f(...)` of an owned variable (lower/owned.rs): as `rebind_own`, when `f` returns only
 * fresh arrays (`f.$fresh`, as `discard` checks) and `v` is still the fresh result it returned.
 */
export function rebind_call(old, f, v) {
  if (old !== v && old !== null && typeof old === "object" && old.$own === true) TMP.release(old);
  if (v === TMP.fresh && v !== null && typeof f === "function" && f.$fresh === f) {
    v.$own = true;
    TMP.fresh = null;
  }
  return v;
}

/**
 * `return v` of an owned variable (lower/owned.rs): the value leaves the function, so it is no
 * longer private to a variable (a caller may keep it in several places).
 */
export function disown(v) {
  if (v !== null && typeof v === "object" && v.$own === true) v.$own = false;
  return v;
}

/**
 * `f(...)` as a statement (lower/owned.rs `discard_fresh`): its result `v` is dead. When `f`
 * returns only fresh array values (`sig.fresh`, marked `f.$fresh = f` by `fn`: `lambda: a + b`,
 * `def f(): return np.sqrt(x)`)
 * and `v` is still `TMP.fresh`, it was made by that return expression and nothing else holds
 * it, so its data goes back to NumPy's buffer pool (NumPy frees it by reference count).
 */
export function discard(f, v) {
  if (v === TMP.fresh && v !== null && typeof f === "function" && f.$fresh === f) {
    TMP.fresh = null;
    TMP.release(v);
  }
}

/** Whether y's class is a proper subclass of x's class (CPython tries y's method first). */
function rightFirst(x, y) {
  const cy = classOf(y), cx = classOf(x);
  return cy !== cx && cy.$mro.includes(cx);
}

/**
 * A binary operator: its symbol, dunder names, the int and float implementations (null when
 * the operator does not apply), and whether bool op bool gives a bool.
 */
function op(sym, name, int, flt, bools = false) {
  return { sym, l: `__${name}__`, r: `__r${name}__`, i: `__i${name}__`, isym: sym + "=", int, flt, bools };
}
const ADD = op("+", "add", intAdd, (a, b) => a + b);
const SUB = op("-", "sub", intSub, (a, b) => a - b);
const MUL = op("*", "mul", intMul, (a, b) => a * b);
const TRUEDIV = op("/", "truediv", intTruediv, floatTruediv);
const FLOORDIV = op("//", "floordiv", intFloordiv, floatFloordiv);
const MOD = op("%", "mod", intMod, floatMod);
const POW = op("** or pow()", "pow", intPow, floatPow);
POW.isym = "**=";
const MATMUL = op("@", "matmul", null, null);
const LSHIFT = op("<<", "lshift", intLshift, null);
const RSHIFT = op(">>", "rshift", intRshift, null);
const AND = op("&", "and", intAnd, null, true);
const OR = op("|", "or", intOr, null, true);
const XOR = op("^", "xor", intXor, null, true);
const DIVMOD = op("divmod()", "divmod", null, null);

/**
 * Runtime number types with a JS fast path (NumPy's scalars): their class has
 * `$arith(sym, other, reflected, inplace)` returning the result, or undefined to take the general
 * path (`inplace`: for `a op= b`, where a mutable `a` must keep its `__iop__`).
 */
function arith(a, b, o, inplace = false) {
  if (typeof a === "object" && a !== null && a.$arith !== undefined) {
    const r = a.$arith(o.sym, b, false, inplace);
    if (r !== undefined) return r;
    // `a op= b` with a mutable `a` (an array) must reach its __iop__, not b's reflected form.
    if (inplace) return undefined;
  }
  if (typeof b === "object" && b !== null && b.$arith !== undefined) return b.$arith(o.sym, a, true);
  return undefined;
}

/** The general case of a binary operator; `sym` names it in the TypeError. */
function binop(a, b, o, sym) {
  // A Python instance's `__op__` (a Vec's `__add__`): straight to `dispatch`, as below, since
  // `arith` only serves runtime number types and an instance is not a number kind.
  if (typeof a === "object" && a !== null && a.$isclass === true && a.$arith === undefined &&
      (typeof b !== "object" || b === null || b.$arith === undefined)) {
    const r = dispatch(a, b, o);
    if (r !== NotImplemented) return r;
    throw TypeError(`unsupported operand type(s) for ${sym}: '${tpname(a)}' and '${tpname(b)}'`);
  }
  const fast = arith(a, b, o);
  if (fast !== undefined) return fast;
  const ka = kindOf(a), kb = kindOf(b);
  if (ka !== NOT_NUM && kb !== NOT_NUM) {
    if (ka === INT && kb === INT && o.int !== null) {
      if (o.bools && typeof a === "boolean" && typeof b === "boolean") return o.int(+a, +b) !== 0;
      return o.int(intv(a), intv(b));
    }
    if (o.flt !== null) return mkfloat(o.flt(toF(a), toF(b)));
  }
  if (ka !== NOT_NUM && typeof b === "object" && b !== null && b.$pv !== undefined && !rightFirst(a, b)) {
    // `True + MyInt(1)`, `2.5 * MyInt(2)`: a's own operation takes an int (float) subclass
    // before its reflected method, unless that class derives from a's type.
    const kv = kindOf(b.$pv);
    if (ka === INT && kv === INT && o.int !== null) return o.int(intv(a), intv(b.$pv));
    if (ka === FLOAT && kv !== NOT_NUM && o.flt !== null) return mkfloat(o.flt(toF(a), toF(b.$pv)));
  }
  const r = dispatch(a, b, o);
  if (r !== NotImplemented) return r;
  throw TypeError(`unsupported operand type(s) for ${sym}: '${tpname(a)}' and '${tpname(b)}'`);
}

/** `__op__` / `__rop__` of Python instances, then the operations of builtin containers. */
function dispatch(a, b, o) {
  const ca = pyClass(a), cb = pyClass(b);
  const fa = opDunder(a, o.l);
  let fb = cb !== null && cb !== ca ? opDunder(b, o.r) : undefined;
  if (fa !== undefined) {
    // A subclass's reflected method that overrides ours goes first.
    if (fb !== undefined && fb !== ca[o.r] && rightFirst(a, b)) {
      const r = callDunder1(b, fb, a);
      if (r !== NotImplemented) return r;
      fb = undefined;
    }
    const r = callDunder1(a, fa, b);
    if (r !== NotImplemented) return r;
  }
  if (fb !== undefined) {
    const r = callDunder1(b, fb, a);
    if (r !== NotImplemented) return r;
  }
  switch (o) {
    case ADD:
      return concat(a, b);
    case MUL:
      return isSeq(a) ? repeat(a, b) : isSeq(b) ? repeat(b, a) : NotImplemented;
    case OR: {
      const u = typeUnion(a, b);
      if (u !== NotImplemented) return u;
      return setOp(a, b, o);
    }
    case AND:
    case XOR:
    case SUB:
      return setOp(a, b, o);
  }
  return NotImplemented;
}

function isList(x) {
  return Array.isArray(x) && !(x instanceof Tuple);
}

function isSeq(x) {
  return typeof x === "string" || Array.isArray(x);
}

/** `+` of str, list and tuple. */
function concat(a, b) {
  if (typeof a === "string") {
    if (typeof b === "string") return a + b;
    throw TypeError(`can only concatenate str (not "${typename(b)}") to str`);
  }
  if (Array.isArray(a)) {
    const tup = a instanceof Tuple;
    if (Array.isArray(b) && (b instanceof Tuple) === tup) {
      const out = [];
      for (let i = 0; i < a.length; i++) out.push(a[i]);
      for (let i = 0; i < b.length; i++) out.push(b[i]);
      return tup ? tuple_of(out) : out;
    }
    const t = tup ? "tuple" : "list";
    throw TypeError(`can only concatenate ${t} (not "${typename(b)}") to ${t}`);
  }
  return NotImplemented;
}

/** The count of `seq * n`: an int (or `__index__`), negative meaning zero. */
function repeatCount(n) {
  const k = kindOf(n);
  if (k === FLOAT || (k === NOT_NUM && dunder(n, "__index__") === undefined)) {
    throw TypeError(`can't multiply sequence by non-int of type '${tpname(n)}'`);
  }
  n = to_index(n);
  if (typeof n === "bigint") {
    // CPython takes counts up to 2**63 - 1 (then runs out of memory).
    if (n < -(2n ** 63n) || n >= 2n ** 63n) throw OverflowError("cannot fit 'int' into an index-sized integer");
    return n < 0n ? 0 : Infinity;
  }
  return n < 0 ? 0 : n;
}

/** A repetition too large for JS strings and arrays. */
function checkSize(len, k) {
  if (len > 0 && len * k > 536870888) throw MemoryError();
}

function repeat(seq, n) {
  const k = repeatCount(n);
  checkSize(seq.length, k);
  if (typeof seq === "string") return seq.repeat(k);
  const L = seq.length;
  let out;
  if (L * k < 64) {
    out = [];
    for (let j = 0; j < k; j++) for (let i = 0; i < L; i++) out.push(seq[i]);
  } else {
    // Preallocated and filled by index (5x faster than growing by push for `[False] * n`).
    out = new Array(L * k);
    if (L === 1) {
      const v = seq[0];
      for (let j = 0; j < k; j++) out[j] = v;
    } else {
      for (let j = 0, o = 0; j < k; j++) for (let i = 0; i < L; i++) out[o++] = seq[i];
    }
  }
  return seq instanceof Tuple ? tuple_of(out) : out;
}

/** The set operators of rt/containers.mjs: [binary, in-place]. */
let setOps = null;
function setOpsOf(o) {
  if (setOps === null) {
    setOps = new Map([[OR, [set_or, set_ior]], [AND, [set_and, set_iand]], [SUB, [set_sub, set_isub]], [XOR, [set_xor, set_ixor]]]);
  }
  return setOps.get(o);
}

/** `|`, `&`, `-`, `^` of a set with a set or dict view, `|` of two dicts. */
function setOp(a, b, o) {
  if (a instanceof PySet) return setOpsOf(o)[0](a, b);
  if (o === OR && a instanceof Dict) return dict_or(a, b);
  return NotImplemented;
}

/**
 * A builtin container's own operation, without the dunder dispatch (`list.__add__(sub, x)` on
 * an instance of a subclass that overrides `__add__`): `op` is a rt/num.mjs operation name.
 */
export function container_op(a, b, op) {
  switch (op) {
    case "add":
      return concat(a, b);
    case "mul":
      return repeat(a, b);
    case "bitor":
      return setOp(a, b, OR);
    case "bitand":
      return setOp(a, b, AND);
    case "bitxor":
      return setOp(a, b, XOR);
    case "sub":
      return setOp(a, b, SUB);
  }
  return nativeCmp(a, b, CMP_NAME.indexOf(`__${op}__`));
}

/** `a op b` for two ints at least one of which is a BigInt, or undefined for other operands. */
function bigArith(a, b, o) {
  let A, B;
  if (typeof a === "bigint") {
    if (typeof b === "bigint") B = b;
    else if (typeof b === "number" && Number.isInteger(b)) B = BigInt(b);
    else return undefined;
    A = a;
  } else if (typeof b === "bigint" && typeof a === "number" && Number.isInteger(a)) {
    A = BigInt(a);
    B = b;
  } else return undefined;
  return normInt(o === 0 ? A + B : o === 1 ? A - B : A * B);
}

// Fast paths first: both operands JS numbers. An integral result of two ints is an int
// (BigInt past the safe range); an integral result involving a float is a boxed float.

// Each operator is a tiny function V8 can inline at every call site (both operands plain JS
// numbers, result representable without a box or a BigInt); everything else goes to `*Slow`.

export function add(a, b) {
  if (typeof a === "number" && typeof b === "number") {
    const r = a + b;
    if (Number.isSafeInteger(r) ? Number.isInteger(a) && Number.isInteger(b) : !Number.isInteger(r)) return r;
  } else if (typeof a === "bigint" && typeof b === "bigint") return normInt(a + b);
  return addSlow(a, b);
}

function addSlow(a, b) {
  if (typeof a === "bigint" || typeof b === "bigint") {
    const r = bigArith(a, b, 0);
    if (r !== undefined) return r;
  }
  if (typeof a === "number" && typeof b === "number") {
    const r = a + b;
    if (!Number.isInteger(r)) return r;
    if (Number.isInteger(a) && Number.isInteger(b)) return Number.isSafeInteger(r) ? r : intAdd(a, b);
    return new PyFloat(r);
  }
  if (a instanceof PyFloat) {
    if (typeof b === "number") return mkfloat(a.v + b);
    if (b instanceof PyFloat) return mkfloat(a.v + b.v);
  } else if (b instanceof PyFloat && typeof a === "number") return mkfloat(a + b.v);
  if (typeof a === "string" && typeof b === "string") return a + b;
  return binop(a, b, ADD, "+");
}

export function sub(a, b) {
  if (typeof a === "number" && typeof b === "number") {
    const r = a - b;
    if (Number.isSafeInteger(r) ? Number.isInteger(a) && Number.isInteger(b) : !Number.isInteger(r)) return r;
  } else if (typeof a === "bigint" && typeof b === "bigint") return normInt(a - b);
  return subSlow(a, b);
}

function subSlow(a, b) {
  if (typeof a === "bigint" || typeof b === "bigint") {
    const r = bigArith(a, b, 1);
    if (r !== undefined) return r;
  }
  if (typeof a === "number" && typeof b === "number") {
    const r = a - b;
    if (!Number.isInteger(r)) return r;
    if (Number.isInteger(a) && Number.isInteger(b)) return Number.isSafeInteger(r) ? r : intSub(a, b);
    return new PyFloat(r);
  }
  if (a instanceof PyFloat) {
    if (typeof b === "number") return mkfloat(a.v - b);
    if (b instanceof PyFloat) return mkfloat(a.v - b.v);
  } else if (b instanceof PyFloat && typeof a === "number") return mkfloat(a - b.v);
  return binop(a, b, SUB, "-");
}

export function mul(a, b) {
  if (typeof a === "number" && typeof b === "number") {
    const r = a * b;
    // `+ 0` turns the -0 of `0 * -5` into the int 0.
    if (Number.isSafeInteger(r) ? Number.isInteger(a) && Number.isInteger(b) : !Number.isInteger(r)) return r + 0;
  } else if (typeof a === "bigint" && typeof b === "bigint") return normInt(a * b);
  return mulSlow(a, b);
}

function mulSlow(a, b) {
  if (typeof a === "bigint" || typeof b === "bigint") {
    const r = bigArith(a, b, 2);
    if (r !== undefined) return r;
  }
  if (typeof a === "number" && typeof b === "number") {
    const r = a * b;
    if (!Number.isInteger(r)) return r;
    if (Number.isInteger(a) && Number.isInteger(b)) return Number.isSafeInteger(r) ? r + 0 : intMul(a, b);
    return new PyFloat(r);
  }
  if (a instanceof PyFloat) {
    if (typeof b === "number") return mkfloat(a.v * b);
    if (b instanceof PyFloat) return mkfloat(a.v * b.v);
  } else if (b instanceof PyFloat && typeof a === "number") return mkfloat(a * b.v);
  return binop(a, b, MUL, "*");
}

/**
 * Product loops (compiler/src/lower/loops.rs): `k` is the pending product of the factors so
 * far (a safe JS number) and `k * x` is not safe. Keeps `k` (and `x` when it is a BigInt) in
 * `f` and returns the new pending product.
 */
export function mul_pend(f, k, x) {
  f.push(k);
  if (typeof x === "number") return x;
  f.push(x);
  return 1;
}

/** The int `r * k * (product of f)`: the kept factors multiply as a balanced tree. */
export function mul_flush(r, f, k) {
  if (f.length === 0) return k === 1 ? r : mul(r, k);
  let xs = new Array(f.length + 1);
  for (let i = 0; i < f.length; i++) xs[i] = BigInt(f[i]);
  xs[f.length] = BigInt(k);
  while (xs.length > 1) {
    const n = xs.length, ys = new Array((n + 1) >> 1);
    for (let i = 0; i + 1 < n; i += 2) ys[i >> 1] = xs[i] * xs[i + 1];
    if (n & 1) ys[n >> 1] = xs[n - 1];
    xs = ys;
  }
  return mul(r, normInt(xs[0]));
}

export function truediv(a, b) {
  if (typeof a === "number" && typeof b === "number" && b !== 0) {
    const r = a / b;
    if (!Number.isInteger(r)) return r;
  }
  return truedivSlow(a, b);
}

function truedivSlow(a, b) {
  if (typeof a === "number" && typeof b === "number" && b !== 0) {
    const r = a / b;
    return Number.isInteger(r) ? new PyFloat(r) : r;
  }
  // Boxed (integral) floats: the same IEEE division, zero divisors left to binop's error.
  if (a instanceof PyFloat || b instanceof PyFloat) {
    const x = a instanceof PyFloat ? a.v : a, y = b instanceof PyFloat ? b.v : b;
    if (typeof x === "number" && typeof y === "number" && y !== 0) return mkfloat(x / y);
  }
  return binop(a, b, TRUEDIV, "/");
}

export function floordiv(a, b) {
  if (typeof a === "number" && typeof b === "number" && b !== 0 && Number.isInteger(a) && Number.isInteger(b)) {
    return Math.floor(a / b) + 0;
  }
  return floordivSlow(a, b);
}

function floordivSlow(a, b) {
  if (bigInts(a, b)) return intFloordiv(a, b);
  return binop(a, b, FLOORDIV, "//");
}

/** Two ints (JS numbers or BigInts) at least one of which is a BigInt. */
function bigInts(a, b) {
  const ta = typeof a, tb = typeof b;
  if (ta === "bigint") return tb === "bigint" || (tb === "number" && Number.isInteger(b));
  return tb === "bigint" && ta === "number" && Number.isInteger(a);
}

export function mod(a, b) {
  if (typeof a === "number" && typeof b === "number" && b !== 0 && Number.isInteger(a) && Number.isInteger(b)) {
    if (((a | 0) !== a || (b | 0) !== b) && b > 0 && b <= 4503599627370496 && a < 4503599627370496 && a > -4503599627370496) {
      // JS `%` past int32 is a slow fmod call; see `modk` for why dividing is exact here.
      const q = a - Math.floor(a / b) * b;
      return q < 0 ? q + b : q;
    }
    const r = a % b;
    return r === 0 ? 0 : (r < 0) !== (b < 0) ? r + b : r;
  }
  return modSlow(a, b);
}

/**
 * `a % k` for an integral JS number a and an int literal 0 < k <= 2**52 (generated code checks
 * a). JS `%` of non-int32 numbers is a slow fmod call; below 2**52 the floor quotient is exact
 * or one too large, and every product stays exact.
 */
export function modk(a, k) {
  if ((a | 0) === a) {
    const r = a % k;
    return r < 0 ? r + k : r + 0;
  }
  if (a < 4503599627370496 && a > -4503599627370496) {
    const r = a - Math.floor(a / k) * k;
    return r < 0 ? r + k : r;
  }
  const r = a % k;
  return r < 0 ? r + k : r + 0;
}

/**
 * `modk` for the speculated sites (`x % k` with `x` of unknown type, lower/typed.rs
 * `spec_mod_lit`, and `mulmodk`): the same function body as a separate function on purpose. V8
 * keeps one type-feedback vector per function, so when these sites (often fed doubles past
 * int32) called `modk` itself, the typed loops that call it with small ints (`n % 2` in a
 * proven-int loop) lost their inlined fast path: 20% on shared/bench/generators.py.
 */
export function modk_spec(a, k) {
  if ((a | 0) === a) {
    const r = a % k;
    return r < 0 ? r + k : r + 0;
  }
  if (a < 4503599627370496 && a > -4503599627370496) {
    const r = a - Math.floor(a / k) * k;
    return r < 0 ? r + k : r;
  }
  const r = a % k;
  return r < 0 ? r + k : r + 0;
}

/**
 * `(a * b + c) % k` (`sub`: `(a * b - c) % k`; `c` is 0 for `(a * b) % k`) for an int literal
 * 0 < k <= 2**32 (lower/typed.rs `mul_mod`, the shape of linear congruential generators and
 * modular hashes): exact with JS numbers when a, b and c are safe ints, even where the product
 * passes 2**53 (then a BigInt for the operators): a and b are reduced modulo k and b split
 * into 16-bit halves, so that every partial product stays below 2**49. Undefined for any other
 * operands: the generated code then applies the operators one by one.
 */
export function mulmodk(a, b, c, k, sub) {
  if (typeof a !== "number" || typeof b !== "number" || typeof c !== "number" ||
      !Number.isInteger(a) || !Number.isInteger(b) || !Number.isInteger(c)) return undefined;
  const p = a * b;
  if (p <= 9007199254740991 && p >= -9007199254740991) {
    const s = sub ? p - c : p + c;
    // `modk`'s division path, for every |s| < 2**52 (int32 values included): LCG states are
    // rarely int32, and that branch of `modk_spec`, without type feedback, deoptimized the
    // loop the first time a state happened to be one.
    if (s < 4503599627370496 && s > -4503599627370496) {
      const r = s - Math.floor(s / k) * k;
      return r < 0 ? r + k : r + 0;
    }
    if (s <= 9007199254740991 && s >= -9007199254740991) return modk_spec(s, k);
  }
  // a, b, c are safe integers: JS `%` of them is exact.
  let x = a % k, y = b % k, z = c % k;
  if (x < 0) x += k;
  if (y < 0) y += k;
  if (z < 0) z += k;
  const yh = Math.floor(y / 65536), yl = y - yh * 65536;
  let r = ((x * yh) % k) * 65536 + x * yl;
  r = (r % k) + (sub ? -z : z);
  r %= k;
  return r < 0 ? r + k : r + 0;
}

function modSlow(a, b) {
  if (bigInts(a, b)) return intMod(a, b);
  if (typeof a === "string") return percent_format(a, b);
  return binop(a, b, MOD, "%");
}

/** `a ** b`, and the `pow(base, exp, mod=None)` builtin. */
export function pow(a, b, m) {
  if (m === undefined && typeof a === "number" && typeof b === "number" && Number.isInteger(a) && Number.isInteger(b) && b >= 0) {
    return intPow(a, b);
  }
  // A float operand (a fractional JS number): float ** float, the same as binop's.
  if (m === undefined && typeof a === "number" && typeof b === "number" && !(Number.isInteger(a) && Number.isInteger(b))) {
    return mkfloat(floatPow(a, b));
  }
  if (a instanceof KwArgs || b instanceof KwArgs || m instanceof KwArgs) {
    [a, b, m] = kwargs("pow", [a, b, m].filter((x) => x !== undefined), ["base", "exp", "mod"]);
  }
  if (m != null) return powmod(a, b, m);
  return binop(a, b, POW, "** or pow()");
}

export function matmul(a, b) {
  return binop(a, b, MATMUL, "@");
}

export function lshift(a, b) {
  if (typeof a === "number" && typeof b === "number" && b >= 0 && b < 32 && Number.isInteger(a) && Number.isInteger(b)) {
    const r = a * 2 ** b;
    if (Number.isSafeInteger(r)) return r + 0;
  }
  return binop(a, b, LSHIFT, "<<");
}

export function rshift(a, b) {
  if (typeof a === "number" && typeof b === "number" && (b | 0) === b && b >= 0) {
    if ((a | 0) === a && b < 32) return a >> b;
    // A safe integer: dividing by a power of two is exact, floor rounds toward -inf like >>.
    if (Number.isInteger(a) && b < 1024) return Math.floor(a / 2 ** b) + 0;
  }
  return binop(a, b, RSHIFT, ">>");
}

export function bitand(a, b) {
  if (isInt32(a) && isInt32(b)) return a & b;
  return binop(a, b, AND, "&");
}

export function bitor(a, b) {
  if (isInt32(a) && isInt32(b)) return a | b;
  return binop(a, b, OR, "|");
}

export function bitxor(a, b) {
  if (isInt32(a) && isInt32(b)) return a ^ b;
  return binop(a, b, XOR, "^");
}

// In-place operators. Numbers, strings and tuples are immutable: for them `a op= b` is
// `a op b`, except that a TypeError names the operator `op=`.

/** `a op= b` when `a` is not a number or string. */
function inplace(a, b, o) {
  const f = opDunder(a, o.i);
  if (f !== undefined) {
    const r = callDunder(a, f, b);
    if (r !== NotImplemented) return r;
  } else if (isList(a)) {
    if (o === ADD) {
      for (const x of arr(b)) a.push(x);
      return a;
    }
    if (o === MUL) {
      const k = repeatCount(b), n = a.length;
      checkSize(n, k);
      if (k === 0) a.length = 0;
      for (let j = 1; j < k; j++) for (let i = 0; i < n; i++) a.push(a[i]);
      return a;
    }
  } else if (a instanceof PySet && setOpsOf(o) !== undefined) {
    const r = setOpsOf(o)[1](a, b);
    if (r !== NotImplemented) return r;
  } else if (o === OR && a instanceof Dict) {
    return dict_ior(a, b);
  }
  return binop(a, b, o, o.isym);
}

/** The in-place operator `o` whose plain form is the function `plain`. */
function inplaceOp(o, plain) {
  return (a, b) => {
    if (typeof a === "number" && typeof b === "number" && (o.flt !== null || (o.int !== null && Number.isInteger(a) && Number.isInteger(b)))) {
      return plain(a, b);
    }
    if (typeof a === "string" && (o === MOD || (o === ADD && typeof b === "string"))) return plain(a, b);
    if (typeof a === "bigint" && o.int !== null) {
      if (typeof b === "bigint" || (typeof b === "number" && (o.flt !== null || Number.isInteger(b)))) return plain(a, b);
    }
    const fast = arith(a, b, o, true);
    if (fast !== undefined) return fast;
    if ((typeof a === "object" && a !== null && !(a instanceof PyFloat)) || typeof a === "function") return inplace(a, b, o);
    return binop(a, b, o, o.isym);
  };
}

const iaddSlow = inplaceOp(ADD, add);
const isubSlow = inplaceOp(SUB, sub);
const imulSlow = inplaceOp(MUL, mul);
const itruedivSlow = inplaceOp(TRUEDIV, truediv);
const ifloordivSlow = inplaceOp(FLOORDIV, floordiv);
const imodSlow = inplaceOp(MOD, mod);

// The in-place forms of the hot operators share the fast paths of the plain ones.
export function iadd(a, b) {
  if (typeof a === "number" && typeof b === "number") {
    const r = a + b;
    if (Number.isSafeInteger(r) ? Number.isInteger(a) && Number.isInteger(b) : !Number.isInteger(r)) return r;
  } else if (typeof a === "string" && typeof b === "string") return a + b;
  return iaddSlow(a, b);
}

export function isub(a, b) {
  if (typeof a === "number" && typeof b === "number") {
    const r = a - b;
    if (Number.isSafeInteger(r) ? Number.isInteger(a) && Number.isInteger(b) : !Number.isInteger(r)) return r;
  }
  return isubSlow(a, b);
}

export function imul(a, b) {
  if (typeof a === "number" && typeof b === "number") {
    const r = a * b;
    if (Number.isSafeInteger(r) ? Number.isInteger(a) && Number.isInteger(b) : !Number.isInteger(r)) return r + 0;
  }
  return imulSlow(a, b);
}

export function itruediv(a, b) {
  if (typeof a === "number" && typeof b === "number" && b !== 0) {
    const r = a / b;
    if (!Number.isInteger(r)) return r;
  }
  return itruedivSlow(a, b);
}

export function ifloordiv(a, b) {
  if (typeof a === "number" && typeof b === "number" && b !== 0 && Number.isInteger(a) && Number.isInteger(b)) {
    return Math.floor(a / b) + 0;
  }
  return ifloordivSlow(a, b);
}

export function imod(a, b) {
  if (typeof a === "number" && typeof b === "number" && b !== 0 && Number.isInteger(a) && Number.isInteger(b)) {
    if (((a | 0) !== a || (b | 0) !== b) && b > 0 && b <= 4503599627370496 && a < 4503599627370496 && a > -4503599627370496) {
      // JS `%` past int32 is a slow fmod call; see `modk` for why dividing is exact here.
      const q = a - Math.floor(a / b) * b;
      return q < 0 ? q + b : q;
    }
    const r = a % b;
    return r === 0 ? 0 : (r < 0) !== (b < 0) ? r + b : r;
  }
  return imodSlow(a, b);
}
export const ipow = inplaceOp(POW, pow);
export const imatmul = inplaceOp(MATMUL, matmul);
export const ilshift = inplaceOp(LSHIFT, lshift);
export const irshift = inplaceOp(RSHIFT, rshift);
export const ibitand = inplaceOp(AND, bitand);
export const ibitor = inplaceOp(OR, bitor);
export const ibitxor = inplaceOp(XOR, bitxor);

// ---------------------------------------------------------------------------------------------
// Unary operators

function unary(x, name, sym) {
  const f = dunder(x, name);
  if (f !== undefined) return callDunder(x, f);
  throw TypeError(`bad operand type for unary ${sym}: '${typename(x)}'`);
}

export function neg(x) {
  if (typeof x === "number") return Number.isInteger(x) ? 0 - x : -x;
  if (typeof x === "bigint") return normInt(-x);
  if (typeof x === "boolean") return 0 - x;
  if (x instanceof PyFloat) return new PyFloat(-x.v);
  return unary(x, "__neg__", "-");
}

export function pos(x) {
  if (typeof x === "number" || typeof x === "bigint" || x instanceof PyFloat) return x;
  if (typeof x === "boolean") return +x;
  return unary(x, "__pos__", "+");
}

export function invert(x) {
  if (typeof x === "number" && Number.isInteger(x)) return intSub(-x, 1);
  if (typeof x === "bigint") return normInt(-x - 1n);
  if (typeof x === "boolean") return -x - 1;
  return unary(x, "__invert__", "~");
}

// ---------------------------------------------------------------------------------------------
// Comparison

const EQ = 0, NE = 1, LT = 2, LE = 3, GT = 4, GE = 5;
const CMP_NAME = ["__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"];
const CMP_SWAP = [EQ, NE, GT, GE, LT, LE];
const CMP_SYM = ["==", "!=", "<", "<=", ">", ">="];

/** Sign of a - b for numbers of any kind (exact across int/float/BigInt), NaN if unordered. */
function numCmp(a, b) {
  if (typeof a === "boolean") a = +a;
  else if (a instanceof PyFloat) a = a.v;
  if (typeof b === "boolean") b = +b;
  else if (b instanceof PyFloat) b = b.v;
  if (typeof a === typeof b) return a < b ? -1 : a > b ? 1 : a === b ? 0 : NaN;
  // One BigInt, one JS number.
  if (typeof a === "bigint") return -numCmp(b, a);
  if (a !== a) return NaN;
  if (a === Infinity) return 1;
  if (a === -Infinity) return -1;
  const fa = Math.floor(a), B = BigInt(fa);
  if (B < b) return -1;
  if (B > b) return 1;
  return a === fa ? 0 : 1;
}

function cmpResult(c, op) {
  switch (op) {
    case EQ:
      return c === 0;
    case NE:
      return c !== 0;
    case LT:
      return c < 0;
    case LE:
      return c <= 0;
    case GT:
      return c > 0;
  }
  return c >= 0;
}

/** Code point order of two strings (JS `<` orders UTF-16 code units). */
function strCmp(a, b) {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i), y = b.charCodeAt(i);
    if (x !== y) {
      // Below U+D800 a code unit is its code point, and smaller than any surrogate's.
      if (x < 0xd800 || y < 0xd800) return x - y;
      // Both surrogates or above. After a (shared) high surrogate, a low one ends a pair:
      // that astral code point is greater than the lone high surrogate of the other str.
      if (i > 0 && (a.charCodeAt(i - 1) & 0xfc00) === 0xd800) {
        const lx = (x & 0xfc00) === 0xdc00, ly = (y & 0xfc00) === 0xdc00;
        if (lx || ly) return lx && ly ? x - y : lx ? 1 : -1;
      }
      // A high surrogate followed by a low one is an astral code point; any other surrogate
      // is a lone one, its own code point.
      return pairCp(a, i, x) - pairCp(b, i, y);
    }
  }
  return a.length - b.length;
}

/** The code point starting at code unit i of s (c = s.charCodeAt(i)), pairs joined. */
function pairCp(s, i, c) {
  if ((c & 0xfc00) !== 0xd800) return c;
  const d = s.charCodeAt(i + 1);
  return (d & 0xfc00) === 0xdc00 ? 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00) : c;
}

/** Identity or equality of two items, as CPython's containers compare them. */
function sameItem(p, q) {
  return p === q || eq(p, q) || (p !== p && q !== q);
}

function seqCmp(x, y, op) {
  if ((op === EQ || op === NE) && x.length !== y.length) return op === NE;
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) {
    if (!sameItem(x[i], y[i])) {
      if (op === EQ) return false;
      if (op === NE) return true;
      return richcmp(x[i], y[i], op);
    }
  }
  return cmpResult(x.length - y.length, op);
}

/** Comparison of builtin types (and object's defaults): a JS boolean or NotImplemented. */
function nativeCmp(x, y, op) {
  const kx = kindOf(x);
  if (kx !== NOT_NUM) return kindOf(y) !== NOT_NUM ? cmpResult(numCmp(x, y), op) : NotImplemented;
  if (typeof x === "string") return typeof y === "string" ? cmpResult(strCmp(x, y), op) : NotImplemented;
  if (Array.isArray(x)) {
    return Array.isArray(y) && (x instanceof Tuple) === (y instanceof Tuple) ? seqCmp(x, y, op) : NotImplemented;
  }
  if (x instanceof PySet) {
    let r;
    switch (op) {
      case EQ:
        return set_eq(x, y);
      case NE:
        r = set_eq(x, y);
        return r === NotImplemented ? r : !r;
      case LT:
        return set_lt(x, y);
      case LE:
        return set_le(x, y);
      case GT:
        return set_gt(x, y);
    }
    return set_ge(x, y);
  }
  if (x instanceof Dict) {
    if (!(y instanceof Dict) || (op !== EQ && op !== NE)) return NotImplemented;
    const e = x.$eq(y);
    return op === EQ ? e : !e;
  }
  if (op === EQ) return x === y || (x == null && y == null) ? true : NotImplemented;
  if (op === NE) return x === y || (x == null && y == null) ? false : NotImplemented;
  return NotImplemented;
}

/** The builtin comparison methods that must not shadow the native comparisons. */
let defaultSlots = null;
function isDefaultSlot(f) {
  if (f.$slot === true) return true;
  if (defaultSlots === null) {
    defaultSlots = new Set();
    for (const C of [object, list, tuple, dict, set, frozenset]) for (const n of CMP_NAME) defaultSlots.add(C[n]);
  }
  return defaultSlots.has(f);
}

/** CPython's tp_richcompare of x's type. */
function tpcmp(x, y, op) {
  const C = pyClass(x);
  if (C === null) {
    // A runtime object with its own comparison methods (dict views).
    const f = typeof x === "object" && x !== null && !(x instanceof PyFloat) ? x[CMP_NAME[op]] : undefined;
    if (typeof f === "function") return f.call(x, y);
  } else {
    const f = C[CMP_NAME[op]];
    if (typeof f === "function" && !isDefaultSlot(f)) return callDunder(x, f, y);
    if (op === NE) {
      // object.__ne__ inverts __eq__.
      const fe = C.__eq__;
      if (typeof fe === "function" && !isDefaultSlot(fe)) {
        const r = callDunder(x, fe, y);
        return r === NotImplemented ? r : !truthy(r);
      }
    }
  }
  return nativeCmp(x, y, op);
}

/** CPython's do_richcompare, as a JS boolean. */
/** Bound methods are equal when they bind the same function to the same object. */
function sameMethod(a, b) {
  return typeof a === "function" && typeof b === "function" && a.$func !== undefined && a.$func === b.$func && a.$self === b.$self;
}

function richcmp(a, b, op) {
  let checkedReverse = false;
  if (pyClass(b) !== null && rightFirst(a, b)) {
    const r = tpcmp(b, a, CMP_SWAP[op]);
    if (r !== NotImplemented) return truthy(r);
    checkedReverse = true;
  }
  let r = tpcmp(a, b, op);
  if (r !== NotImplemented) return truthy(r);
  if (!checkedReverse) {
    r = tpcmp(b, a, CMP_SWAP[op]);
    if (r !== NotImplemented) return truthy(r);
  }
  if (op === EQ) return a === b || sameMethod(a, b);
  if (op === NE) return a !== b && !sameMethod(a, b);
  throw TypeError(`'${CMP_SYM[op]}' not supported between instances of '${tpname(a)}' and '${tpname(b)}'`);
}

/** `richcmp` for a comparison whose value is used as a value: rich results pass through. */
function richcmpValue(a, b, op) {
  let checkedReverse = false;
  if (pyClass(b) !== null && rightFirst(a, b)) {
    const r = tpcmp(b, a, CMP_SWAP[op]);
    if (r !== NotImplemented) return r;
    checkedReverse = true;
  }
  let r = tpcmp(a, b, op);
  if (r !== NotImplemented) return r;
  if (!checkedReverse) {
    r = tpcmp(b, a, CMP_SWAP[op]);
    if (r !== NotImplemented) return r;
  }
  if (op === EQ) return a === b || sameMethod(a, b);
  if (op === NE) return a !== b && !sameMethod(a, b);
  throw TypeError(`'${CMP_SYM[op]}' not supported between instances of '${tpname(a)}' and '${tpname(b)}'`);
}

/**
 * Comparisons whose result is used as a value (`x = a < b`, `f(a == b)`): like `eq`...`ge`,
 * but a `__eq__`/`__lt__`/... result is returned as it is (NumPy arrays of bools, for
 * example) instead of being reduced to a JS boolean.
 */
function richValueOp(fast, op) {
  return (a, b) => {
    if ((typeof a === "number" || typeof a === "string" || a instanceof PyFloat) && (typeof b === "number" || typeof b === "string" || b instanceof PyFloat)) return fast(a, b);
    // Runtime types with a JS fast path (NumPy arrays: `$cmpv(dunder, other)`, undefined for
    // the general path), tried for a number on the other side as its dunder would defer.
    if (typeof a === "object" && a !== null && a.$cmpv !== undefined) {
      const r = a.$cmpv(CMP_NAME[op], b);
      if (r !== undefined) return r;
    } else if (typeof b === "object" && b !== null && b.$cmpv !== undefined && (typeof a === "number" || a instanceof PyFloat)) {
      const r = b.$cmpv(CMP_NAME[CMP_SWAP[op]], a);
      if (r !== undefined) return r;
    }
    if ((a !== null && typeof a === "object" && a.$isclass === true) || (b !== null && typeof b === "object" && b.$isclass === true)) return richcmpValue(a, b, op);
    return fast(a, b);
  };
}

/**
 * An int past 2**53 (BigInt) against an int or float that is a plain JS number or BigInt: JS
 * compares such pairs exactly by value (`2n**60n == 2**60`, `x < Infinity`, NaN unordered),
 * as Python compares ints with floats.
 */
function bigOrNum(a, b) {
  const ta = typeof a, tb = typeof b;
  return ta === "bigint" ? tb === "bigint" || tb === "number" : tb === "bigint" && ta === "number";
}

export function eq(a, b) {
  if (typeof a === "number" && typeof b === "number") return a === b;
  if (typeof a === "string" && typeof b === "string") return a === b;
  return eqSlow(a, b);
}

function eqSlow(a, b) {
  if (bigOrNum(a, b)) return a == b;
  if (a instanceof PyFloat || b instanceof PyFloat) {
    const x = a instanceof PyFloat ? a.v : a, y = b instanceof PyFloat ? b.v : b;
    if (typeof x === "number" && typeof y === "number") return x === y;
  }
  return richcmp(a, b, EQ);
}

export function ne(a, b) {
  if (typeof a === "number" && typeof b === "number") return a !== b;
  if (typeof a === "string" && typeof b === "string") return a !== b;
  return neSlow(a, b);
}

function neSlow(a, b) {
  if (bigOrNum(a, b)) return a != b;
  if (a instanceof PyFloat || b instanceof PyFloat) {
    const x = a instanceof PyFloat ? a.v : a, y = b instanceof PyFloat ? b.v : b;
    if (typeof x === "number" && typeof y === "number") return x !== y;
  }
  return richcmp(a, b, NE);
}

export function lt(a, b) {
  if (typeof a === "number" && typeof b === "number") return a < b;
  return ltSlow(a, b);
}

function ltSlow(a, b) {
  if (bigOrNum(a, b)) return a < b;
  if (a instanceof PyFloat || b instanceof PyFloat) {
    const x = a instanceof PyFloat ? a.v : a, y = b instanceof PyFloat ? b.v : b;
    if (typeof x === "number" && typeof y === "number") return x < y;
  }
  return richcmp(a, b, LT);
}

export function le(a, b) {
  if (typeof a === "number" && typeof b === "number") return a <= b;
  return leSlow(a, b);
}

function leSlow(a, b) {
  if (bigOrNum(a, b)) return a <= b;
  if (a instanceof PyFloat || b instanceof PyFloat) {
    const x = a instanceof PyFloat ? a.v : a, y = b instanceof PyFloat ? b.v : b;
    if (typeof x === "number" && typeof y === "number") return x <= y;
  }
  return richcmp(a, b, LE);
}

export function gt(a, b) {
  if (typeof a === "number" && typeof b === "number") return a > b;
  return gtSlow(a, b);
}

function gtSlow(a, b) {
  if (bigOrNum(a, b)) return a > b;
  if (a instanceof PyFloat || b instanceof PyFloat) {
    const x = a instanceof PyFloat ? a.v : a, y = b instanceof PyFloat ? b.v : b;
    if (typeof x === "number" && typeof y === "number") return x > y;
  }
  return richcmp(a, b, GT);
}

export function ge(a, b) {
  if (typeof a === "number" && typeof b === "number") return a >= b;
  return geSlow(a, b);
}

function geSlow(a, b) {
  if (bigOrNum(a, b)) return a >= b;
  if (a instanceof PyFloat || b instanceof PyFloat) {
    const x = a instanceof PyFloat ? a.v : a, y = b instanceof PyFloat ? b.v : b;
    if (typeof x === "number" && typeof y === "number") return x >= y;
  }
  return richcmp(a, b, GE);
}

/** `item in container`. */
export function contains(c, item) {
  if (c != null && c.$isclass === undefined) {
    const r = contains_seq(c, item); // str, list, tuple, dict, set, dict views
    if (r !== undefined) return r;
  }
  const f = dunder(c, "__contains__");
  if (f !== undefined && !isBuiltinContains(f)) return truthy(callDunder(c, f, item));
  if (Array.isArray(c)) {
    for (let i = 0; i < c.length; i++) if (sameItem(c[i], item)) return true;
    return false;
  }
  if (c instanceof Dict || c instanceof PySet) return c.has(item);
  const iterable = pyClass(c) !== null ? dunder(c, "__iter__") !== undefined || dunder(c, "__getitem__") !== undefined
    : c != null && typeof c[Symbol.iterator] === "function";
  if (!iterable) throw TypeError(`argument of type '${typename(c)}' is not iterable`);
  // Not `for...of`: leaving it early would close a generator that CPython leaves suspended.
  const it = iter(c)[Symbol.iterator]();
  for (let r = it.next(); !r.done; r = it.next()) if (sameItem(r.value, item)) return true;
  return false;
}

/** The `__contains__` of the builtin container classes (their instances are handled natively). */
function isBuiltinContains(f) {
  return f === list.__contains__ || f === tuple.__contains__ || f === dict.__contains__ || f === set.__contains__ || f === frozenset.__contains__;
}

// ---------------------------------------------------------------------------------------------
// Hashing (CPython's numeric hash: reduction modulo the Mersenne prime 2**61 - 1)

const P61 = (1n << 61n) - 1n;

function hashBig(b) {
  const neg = b < 0n;
  let h = (neg ? -b : b) % P61;
  if (neg) h = -h;
  return h === -1n ? -2 : normInt(h);
}

function hashFloat(v) {
  if (Number.isInteger(v)) {
    if (Number.isSafeInteger(v)) return v === -1 ? -2 : v + 0;
    return hashBig(BigInt(v));
  }
  if (v !== v) return 0;
  if (v === Infinity) return 314159;
  if (v === -Infinity) return -314159;
  // v = m * 2**e with e < 0, and 2**-k == 2**(61 - k % 61) modulo 2**61 - 1.
  const [m, e] = decompose(Math.abs(v));
  const k = ((e % 61) + 61) % 61;
  let h = (BigInt(m) << BigInt(k)) % P61;
  if (v < 0) h = -h;
  return h === -1n ? -2 : normInt(h);
}

/** `hash(x)` of an int, float or bool. */
export function hash_num(x) {
  if (typeof x === "number") {
    if (Number.isInteger(x)) return x === -1 ? -2 : x;
    return hashFloat(x);
  }
  if (typeof x === "boolean") return +x;
  if (typeof x === "bigint") return hashBig(x);
  return hashFloat(x.v);
}

// ---------------------------------------------------------------------------------------------
// repr of numbers, and digit generation for formatting

/** sys.get_int_max_str_digits(): the most decimal digits int <-> str converts (0: no limit). */
let maxStrDigits = 4300;
export function int_max_str_digits() {
  return maxStrDigits;
}
/** sys.set_int_max_str_digits(n): 0, or at least CPython's threshold of 640. */
export function set_int_max_str_digits(n) {
  n = to_index(n);
  if (typeof n === "bigint" || n > 2147483647) {
    if (n > 0) throw OverflowError("Python int too large to convert to C int");
    throw ValueError("maxdigits must be 0 or larger than 640");
  }
  if (n !== 0 && n < 640) throw ValueError("maxdigits must be 0 or larger than 640");
  maxStrDigits = n;
}

/** `repr(int)`, with CPython's limit on the digits of a decimal conversion. */
export function int_repr(x) {
  if (typeof x !== "bigint") return String(+x);
  const s = x.toString();
  if (s.length - (x < 0n ? 1 : 0) > maxStrDigits && maxStrDigits !== 0) {
    throw ValueError(`Exceeds the limit (${maxStrDigits} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit`);
  }
  return s;
}

/** `repr(float)`: shortest round-tripping digits, as CPython. */
export function float_repr(x) {
  const v = typeof x === "number" ? x : x.v;
  const a = Math.abs(v);
  if (a >= 1e-4 && a < 1e16) {
    // JS uses fixed notation with the same shortest digits in this range.
    const s = String(v);
    return Number.isInteger(v) ? s + ".0" : s;
  }
  // Elsewhere CPython's repr is the same shortest digits in exponent form, with at least two
  // exponent digits (`1e-05`, `1e+16`): JS's toExponential() gives those digits (no dtoa needed,
  // so a program printing floats does not ship it).
  if (v === 0) return Object.is(v, -0) ? "-0.0" : "0.0";
  if (v !== v) return "nan";
  if (a === Infinity) return v > 0 ? "inf" : "-inf";
  const s = v.toExponential(), i = s.indexOf("e");
  const e = s.slice(i + 2);
  return s.slice(0, i) + s.slice(i, i + 2) + (e.length < 2 ? "0" + e : e);
}

/**
 * `format(v, ".Nf")` of a float (CPython's `float.__format__`, N <= 20), without dtoa: JS's
 * toFixed rounds the exact binary value correctly except at a tie, where it rounds away from
 * zero and CPython to even; a tie has exactly N + 1 decimals, so toFixed(N + 1) shows it
 * exactly. Past 1e21 a double is an integer, whose digits BigInt gives.
 */
export function float_fixed(x, p) {
  const v = typeof x === "number" ? x : x.v;
  if (v !== v) return "nan";
  const a = Math.abs(v), sign = v < 0 || Object.is(v, -0) ? "-" : "";
  if (a === Infinity) return sign + "inf";
  let s;
  if (a >= 1e21) s = BigInt(a).toString() + (p > 0 ? "." + "0".repeat(p) : "");
  else {
    s = a.toFixed(p);
    if (Number.isInteger(a * POW2[p + 1]) && !Number.isInteger(a * POW2[p])) {
      const t = a.toFixed(p + 1).slice(0, p > 0 ? -1 : -2);
      if ((t.charCodeAt(t.length - 1) & 1) === 0) s = t;
    }
  }
  return sign + s;
}

const POW2 = Array.from({ length: 22 }, (_, k) => 2 ** k);

/** Flags of double_to_string (CPython's Py_DTSF_*). */
export const SIGN = 1, ADD_DOT_0 = 2, ALT = 4, NO_NEG_0 = 8;

/** Digits of |v| (finite, nonzero) in decimal: [digit string without leading zeros, e] with |v| = D * 10**e. */
function exactDecimal(a) {
  const [m, e] = decompose(a);
  if (e >= 0) return [(BigInt(m) << BigInt(e)).toString(), 0];
  return [(BigInt(m) * 5n ** BigInt(-e)).toString(), e];
}

/** The digit string `d` plus one unit in its last place. */
function incrementDigits(d) {
  let i = d.length - 1;
  while (i >= 0 && d[i] === "9") i--;
  if (i < 0) return "1" + "0".repeat(d.length);
  return d.slice(0, i) + String.fromCharCode(d.charCodeAt(i) + 1) + "0".repeat(d.length - 1 - i);
}

/**
 * Whether finite a > 0 may lie exactly halfway between two numbers of `nd` significant digits:
 * its exact decimal expansion then has nd + 1 significant digits (a non-integer with q binary
 * fractional digits has about log10(a) + q of them; an integer needs at least nd + 1 digits).
 */
function maybeTie(a, nd) {
  if (Number.isInteger(a)) return a >= 10 ** nd * 0.9;
  const [, e] = decompose(a);
  const sig = Math.floor(Math.log10(a)) + 1 - e;
  return Math.abs(sig - (nd + 1)) <= 1;
}

/**
 * CPython's _Py_dg_dtoa for finite v: mode 0 gives the shortest round-tripping digits; mode 2
 * `nd` significant digits; mode 3 `nd` digits after the decimal point (nd may be negative).
 * Rounds the exact binary value half-to-even. Returns [digits without trailing zeros, decpt]
 * meaning 0.digits * 10**decpt; digits is "" when mode 3 rounds to zero.
 */
function dtoa(v, mode, nd) {
  const a = Math.abs(v);
  if (a === 0) return ["0", 1];
  if (mode === 0) {
    const s = a.toExponential();
    const i = s.indexOf("e");
    return [s[0] + s.slice(2, i), Number(s.slice(i + 1)) + 1];
  }
  if (mode === 3 && nd >= 0 && nd <= 100 && a < 1e21 && !(Number.isInteger(a * 2 ** (nd + 1)) && !Number.isInteger(a * 2 ** nd))) {
    // Not a tie (a tie needs exactly nd + 1 fractional binary digits), so JS's exactly rounded
    // toFixed agrees.
    const t = a.toFixed(nd), dot = t.indexOf(".");
    const all = dot < 0 ? t : t.slice(0, dot) + t.slice(dot + 1);
    let z = 0, end = all.length;
    while (z < end && all.charCodeAt(z) === 48) z++;
    while (end > z && all.charCodeAt(end - 1) === 48) end--;
    if (z === end) return ["", -nd];
    return [all.slice(z, end), (dot < 0 ? t.length : dot) - z];
  }
  if (mode === 2 && nd <= 100 && !maybeTie(a, Math.max(nd, 1))) {
    // No tie at this digit, so JS's exactly rounded toExponential agrees.
    const t = a.toExponential(Math.max(nd, 1) - 1), i = t.indexOf("e");
    let end = i;
    while (end > 1 && t.charCodeAt(end - 1) === 48) end--;
    const digits = t[0] + t.slice(2, Math.max(end, 2));
    return [digits, Number(t.slice(i + 1)) + 1];
  }
  const [D, E] = exactDecimal(a);
  let decpt = D.length + E;
  const keep = mode === 2 ? Math.max(nd, 1) : decpt + nd;
  let digits;
  if (keep < 0) return ["", -nd];
  if (keep >= D.length) {
    digits = D;
  } else {
    digits = D.slice(0, keep);
    const first = D.charCodeAt(keep);
    let up;
    if (first !== 53) {
      up = first > 53; // '5'
    } else {
      up = false;
      for (let i = keep + 1; i < D.length; i++) {
        if (D.charCodeAt(i) !== 48) {
          up = true;
          break;
        }
      }
      if (!up) up = keep > 0 && (D.charCodeAt(keep - 1) & 1) === 1; // tie: to even
    }
    if (up) {
      const inc = incrementDigits(digits === "" ? "0" : digits);
      if (inc.length > Math.max(digits.length, 1) || digits === "") decpt += 1;
      digits = digits === "" ? "1" : inc.slice(0, digits.length);
    }
    if (digits === "") return ["", -nd];
  }
  let end = digits.length;
  while (end > 1 && digits.charCodeAt(end - 1) === 48) end--;
  return [digits.slice(0, end), decpt];
}

/**
 * CPython's PyOS_double_to_string: `code` is one of e E f F g G r (r = repr, precision 0),
 * flags from SIGN, ADD_DOT_0, ALT, NO_NEG_0.
 */
export function double_to_string(v, code, precision, flags) {
  if ((code === "f" || code === "F") && flags === 0 && precision <= 20 && v !== 0 && v > -1e21 && v < 1e21) {
    // Not a tie (see dtoa), so JS's exactly rounded toFixed gives CPython's digits.
    const a = Math.abs(v);
    if (!(Number.isInteger(a * POW2[precision + 1]) && !Number.isInteger(a * POW2[precision]))) return v.toFixed(precision);
  }
  const upper = code === "E" || code === "F" || code === "G";
  code = code.toLowerCase();
  let mode;
  switch (code) {
    case "e":
      mode = 2;
      precision++;
      break;
    case "f":
      mode = 3;
      break;
    case "g":
      mode = 2;
      if (precision === 0) precision = 1;
      break;
    default:
      mode = 0;
  }
  let neg = v < 0 || Object.is(v, -0);
  let sign = neg ? "-" : flags & SIGN ? "+" : "";
  if (v !== v || v === Infinity || v === -Infinity) {
    if (v !== v) sign = flags & SIGN ? "+" : "";
    const s = v !== v ? "nan" : "inf";
    return sign + (upper ? s.toUpperCase() : s);
  }
  const [digits, decpt0] = dtoa(v, mode, precision);
  let decpt = decpt0;
  const n = digits.length;
  if (flags & NO_NEG_0 && neg && (n === 0 || digits === "0")) sign = flags & SIGN ? "+" : "";
  const addDot0 = (flags & ADD_DOT_0) !== 0, alt = (flags & ALT) !== 0;
  let useExp = false;
  let vEnd = n;
  switch (code) {
    case "e":
      useExp = true;
      vEnd = precision;
      break;
    case "f":
      vEnd = decpt + precision;
      break;
    case "g":
      if (decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision)) useExp = true;
      if (alt) vEnd = precision;
      break;
    default:
      if (decpt <= -4 || decpt > 16) useExp = true;
  }
  let exp = 0;
  if (useExp) {
    exp = decpt - 1;
    decpt = 1;
  }
  const vStart = decpt <= 0 ? decpt - 1 : 0;
  if (!useExp && addDot0) vEnd = vEnd > decpt ? vEnd : decpt + 1;
  else vEnd = vEnd > decpt ? vEnd : decpt;
  let s = sign;
  if (decpt <= 0) s += "0".repeat(decpt - vStart) + "." + "0".repeat(-decpt);
  else s += "0".repeat(-vStart);
  if (decpt > 0 && decpt <= n) s += digits.slice(0, decpt) + "." + digits.slice(decpt);
  else s += digits;
  if (n < decpt) s += "0".repeat(decpt - n) + "." + "0".repeat(vEnd - decpt);
  else s += "0".repeat(vEnd - n);
  if (s.endsWith(".") && !alt) s = s.slice(0, -1);
  if (useExp) {
    const ae = Math.abs(exp);
    s += (upper ? "E" : "e") + (exp < 0 ? "-" : "+") + (ae < 10 ? "0" : "") + ae;
  }
  return s;
}

// ---------------------------------------------------------------------------------------------
// Builtins

/** Split a trailing KwArgs off `args`, giving the values of `names` in order (undefined if absent). */
function kwargs(fname, args, names) {
  const last = args[args.length - 1];
  if (!(last instanceof KwArgs)) return args;
  const out = args.slice(0, -1);
  for (const [k, v] of last.map) {
    const i = names.indexOf(k);
    if (i < 0) throw TypeError(`${fname}() got an unexpected keyword argument '${k}'`);
    if (i < out.length && out[i] !== undefined) throw TypeError(`argument for ${fname}() given by name ('${k}') and position (${i + 1})`);
    out[i] = v;
  }
  return out;
}

export function abs(x) {
  if (typeof x === "number") return Math.abs(x);
  if (typeof x === "bigint") return x < 0n ? -x : x;
  if (typeof x === "boolean") return +x;
  if (x instanceof PyFloat) return new PyFloat(Math.abs(x.v));
  const f = dunder(x, "__abs__");
  if (f !== undefined) return callDunder(x, f);
  if (x === undefined) throw TypeError("abs() takes exactly one argument (0 given)");
  throw TypeError(`bad operand type for abs(): '${typename(x)}'`);
}

export function divmod(a, b) {
  if (arguments.length !== 2) throw TypeError(`divmod expected 2 arguments, got ${arguments.length}`);
  const ka = kindOf(a), kb = kindOf(b);
  if (ka !== NOT_NUM && kb !== NOT_NUM) {
    if (ka === INT && kb === INT) {
      if (typeof a === "bigint" || typeof b === "bigint") return bigDivmod(BigInt(a), BigInt(b));
      return mktuple(intFloordiv(intv(a), intv(b)), intMod(intv(a), intv(b)));
    }
    const v = toF(a), w = toF(b);
    if (w === 0) throw ZeroDivisionError("float divmod()");
    const [q, r] = floatDivmod(v, w);
    return mktuple(mkfloat(q), mkfloat(r));
  }
  const r = dispatch(a, b, DIVMOD);
  if (r !== NotImplemented) return r;
  throw TypeError(`unsupported operand type(s) for divmod(): '${tpname(a)}' and '${tpname(b)}'`);
}

/** divmod of two BigInts: one division, the remainder from the quotient, floored. */
function bigDivmod(A, B) {
  if (B === 0n) throw ZeroDivisionError("integer division or modulo by zero");
  let q = A / B, r = A - q * B;
  if (r !== 0n && (r < 0n) !== (B < 0n)) {
    q -= 1n;
    r += B;
  }
  return mktuple(normInt(q), normInt(r));
}

/** `pow(base, exp, mod)` with a modulus. */
function powmod(a, b, m) {
  const ka = kindOf(a), kb = kindOf(b), km = kindOf(m);
  if (ka === INT && kb === INT && km === INT) return intPowmod(intv(a), intv(b), intv(m));
  if (ka !== NOT_NUM && kb !== NOT_NUM && km !== NOT_NUM) {
    throw TypeError("pow() 3rd argument not allowed unless all arguments are integers");
  }
  const f = dunder(a, "__pow__");
  if (f !== undefined) {
    const r = callDunder(a, f, b, m);
    if (r !== NotImplemented) return r;
  }
  throw TypeError(`unsupported operand type(s) for ** or pow(): '${tpname(a)}', '${tpname(b)}', '${tpname(m)}'`);
}

function intPowmod(a, b, m) {
  if (isZero(m)) throw ValueError("pow() 3rd argument cannot be 0");
  // A modulus up to 2**32 and a non-negative exponent: exact JS-number arithmetic, no BigInts.
  if (typeof m === "number" && m > 0 && m <= 4294967296 && b >= 0) {
    let base = typeof a === "number" ? a % m : Number(a % BigInt(m));
    if (base < 0) base += m;
    return numPowmod(base, b, m);
  }
  let M = BigInt(m);
  const negM = M < 0n;
  if (negM) M = -M;
  let base = BigInt(a) % M;
  if (base < 0n) base += M;
  let e = BigInt(b);
  if (e < 0n) {
    base = modInverse(base, M);
    e = -e;
  }
  let r = bigPowmod(base, e, M);
  if (negM && r !== 0n) r -= M;
  return normInt(r);
}

/** p % m for integers 0 <= p < 2**53, 0 < m (a floor quotient; JS `%` of non-int32s is slow). */
function modf(p, m) {
  const r = p - Math.floor(p / m) * m;
  return r < 0 ? r + m : r >= m ? r - m : r;
}

/** x * y % m for integers 0 <= x, y < m <= 2**32, exactly (every partial product < 2**49). */
function mulmod(x, y, m) {
  const p = x * y;
  if (p <= 9007199254740991) return modf(p, m);
  const xh = Math.floor(x / 65536);
  return modf(modf(xh * y, m) * 65536 + (x - xh * 65536) * y, m);
}

/** base ** e % m for 0 <= base < m <= 2**32 and an int e >= 0 (a number or a BigInt). */
function numPowmod(base, e, m) {
  let r = 1 % m;
  if (typeof e === "number") {
    while (e > 0) {
      const h = Math.floor(e / 2);
      if (e !== h * 2) r = mulmod(r, base, m);
      e = h;
      if (e > 0) base = mulmod(base, base, m);
    }
    return r;
  }
  const bits = e.toString(2);
  for (let i = 0; i < bits.length; i++) {
    r = mulmod(r, r, m);
    if (bits.charCodeAt(i) === 49) r = mulmod(r, base, m);
  }
  return r;
}

/**
 * base ** e % M for BigInts 0 <= base < M and e >= 0: left-to-right sliding-window
 * exponentiation (CPython's long_pow uses a 5-bit window for large exponents too).
 */
function bigPowmod(base, e, M) {
  if (e === 0n) return 1n % M;
  const bits = e.toString(2), n = bits.length;
  const k = n > 671 ? 6 : n > 239 ? 5 : n > 79 ? 4 : n > 23 ? 3 : n > 6 ? 2 : 1;
  // odd[j] = base ** (2j + 1) % M
  const odd = [base];
  if (k > 1) {
    const sq = (base * base) % M;
    for (let j = 1; j < 1 << (k - 1); j++) odd.push((odd[j - 1] * sq) % M);
  }
  let r = 1n, i = 0;
  while (i < n) {
    if (bits.charCodeAt(i) === 48) {
      r = (r * r) % M;
      i++;
      continue;
    }
    // The longest window bits[i..j] of at most k bits that ends in a 1.
    let j = Math.min(i + k, n) - 1;
    while (bits.charCodeAt(j) === 48) j--;
    let w = 0;
    for (let t = i; t <= j; t++) {
      w = w * 2 + (bits.charCodeAt(t) - 48);
      if (r !== 1n) r = (r * r) % M;
    }
    r = r === 1n ? odd[w >> 1] : (r * odd[w >> 1]) % M;
    i = j + 1;
  }
  return r;
}

function modInverse(a, m) {
  let [r0, r1] = [a, m], [s0, s1] = [1n, 0n];
  while (r1 !== 0n) {
    const q = r0 / r1;
    [r0, r1] = [r1, r0 - q * r1];
    [s0, s1] = [s1, s0 - q * s1];
  }
  if (r0 !== 1n) throw ValueError("base is not invertible for the given modulus");
  return ((s0 % m) + m) % m;
}

/** `round(number, ndigits=None)`. */
export function round(...args) {
  const [x, n] = kwargs("round", args, ["number", "ndigits"]);
  const kx = kindOf(x);
  if (kx === INT) {
    if (n == null) return intv(x);
    return roundInt(intv(x), to_index(n));
  }
  if (kx === FLOAT) {
    const v = toF(x);
    if (n == null) return roundHalfEven(v);
    return mkfloat(roundFloat(v, to_index(n)));
  }
  const f = dunder(x, "__round__");
  if (f !== undefined) return n === undefined ? callDunder(x, f) : callDunder(x, f, n);
  throw TypeError(`type ${typename(x)} doesn't define __round__ method`);
}

/** round(v) of a float: an int, ties to even. */
function roundHalfEven(v) {
  if (v !== v) throw ValueError("cannot convert float NaN to integer");
  if (v === Infinity || v === -Infinity) throw OverflowError("cannot convert float infinity to integer");
  let r = Math.round(v);
  if (Math.abs(v - r) === 0.5) r = 2 * Math.round(v / 2);
  return intFromNumber(r);
}

/** round(x, n) of an int with n < 0: to a multiple of 10**-n, ties to even. */
function roundInt(x, n) {
  if (n >= 0) return x;
  const X = BigInt(x), P = 10n ** BigInt(-n);
  let q = X / P, r = X % P;
  if (r < 0n) {
    r += P;
    q -= 1n;
  }
  const twice = 2n * r;
  if (twice > P || (twice === P && (q & 1n) === 1n)) q += 1n;
  return normInt(q * P);
}

/** CPython's double_round: correctly rounded to n decimal places, ties to even. */
function roundFloat(v, n) {
  if (!Number.isFinite(v)) return v;
  if (typeof n === "bigint") n = n > 0n ? 400 : -400;
  if (n > 323) return v;
  if (n < -308) return 0 * v;
  if (v === 0) return v;
  const [digits, decpt] = dtoa(v, 3, n);
  const r = digits === "" ? 0 : Number(`0.${digits}e${decpt}`);
  if (r === Infinity) throw OverflowError("overflow occurred during round");
  return v < 0 ? -r : r;
}

function toBase(x, radix, prefix) {
  const v = to_index(x);
  const neg = v < 0;
  const digits = (neg ? -v : v).toString(radix);
  return (neg ? "-" : "") + prefix + digits;
}

export function hex(x) {
  return toBase(x, 16, "0x");
}

export function oct(x) {
  return toBase(x, 8, "0o");
}

export function bin(x) {
  return toBase(x, 2, "0b");
}

// int() and float() conversions -------------------------------------------------------------

// Python's str.isspace characters, and Unicode decimal digits (mapped to ASCII by int()/float()).
const PY_SPACE = "\\t\\n\\v\\f\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000";
const STRIP_RE = new RegExp(`^[${PY_SPACE}]+|[${PY_SPACE}]+$`, "g");
const NON_ASCII = /[^\x00-\x7f]/;

const ND = /^\p{Nd}$/u;

/** Strip Python whitespace and turn Unicode decimal digits into ASCII ones (others into "?"). */
function numericText(s) {
  // Printable ASCII at both ends (codes 33-126 are never whitespace): nothing to strip.
  const c0 = s.charCodeAt(0), c1 = s.charCodeAt(s.length - 1);
  if (!(c0 > 32 && c0 < 127 && c1 > 32 && c1 < 127)) s = s.replace(STRIP_RE, "");
  if (!NON_ASCII.test(s)) return s;
  let out = "";
  for (const ch of s) {
    const c = ch.codePointAt(0);
    if (c < 0x80) out += ch;
    else if (!ND.test(ch)) out += "?";
    else {
      // Decimal digits come in runs of whole sets of ten, each starting at zero.
      let z = c;
      while (ND.test(String.fromCodePoint(z - 1))) z--;
      out += String((c - z) % 10);
    }
  }
  return out;
}

const DIGIT_VALUE = (c) => (c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 122 ? c - 87 : c >= 65 && c <= 90 ? c - 55 : 99);

/**
 * int(orig, base) of a str. The parse returns BAD_LITERAL instead of throwing: V8 tiers a function
 * up on its returns and loops, so a parse that always ended in `throw` (a hot `try: int(s)
 * except ValueError` loop over bad input) would stay in the interpreter.
 */
function intFromString(orig, base) {
  const r = parseIntText(orig, base);
  if (r === BAD_LITERAL) throw badIntLiteral(orig, base);
  return r;
}

function badIntLiteral(orig, base) {
  return ValueError(`invalid literal for int() with base ${base}: ${str_repr(orig).slice(0, 200)}`);
}

const BAD_LITERAL = Symbol("bad literal");

function parseIntText(orig, base) {
  let s = numericText(orig);
  let neg = false;
  if (s[0] === "+" || s[0] === "-") {
    neg = s[0] === "-";
    s = s.slice(1);
  }
  let b = base;
  let prefixed = false;
  if (s.length >= 2 && s[0] === "0") {
    const p = s[1].toLowerCase();
    const pb = p === "x" ? 16 : p === "o" ? 8 : p === "b" ? 2 : 0;
    if (pb !== 0 && (b === 0 || b === pb)) {
      b = pb;
      s = s.slice(2);
      prefixed = true;
    }
  }
  if (b === 0) {
    b = 10;
    // Without a prefix, base 0 rejects leading zeros ("010"), but "0", "00", "0_0" are fine.
    if (s[0] === "0" && /[1-9]/.test(s)) return BAD_LITERAL;
  }
  if (prefixed && s[0] === "_") s = s.slice(1);
  // Count the digits of the valid run first: CPython's digit limit is checked before the syntax.
  let ndigits = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 95) continue;
    if (DIGIT_VALUE(c) >= b) break;
    ndigits++;
  }
  if ((b & (b - 1)) !== 0 && ndigits > maxStrDigits && maxStrDigits !== 0) {
    throw ValueError(`Exceeds the limit (${maxStrDigits} digits) for integer string conversion: value has ${ndigits} digits; use sys.set_int_max_str_digits() to increase the limit`);
  }
  if (s === "" || s[0] === "_" || s[s.length - 1] === "_" || s.includes("__")) return BAD_LITERAL;
  const clean = s.includes("_") ? s.replaceAll("_", "") : s;
  for (let i = 0; i < clean.length; i++) if (DIGIT_VALUE(clean.charCodeAt(i)) >= b) return BAD_LITERAL;
  let r;
  if (clean.length <= 15 && b <= 10) r = parseInt(clean, b);
  else if (b === 10) r = normInt(BigInt(clean));
  else if (b === 16 || b === 8 || b === 2) r = normInt(BigInt((b === 16 ? "0x" : b === 8 ? "0o" : "0b") + clean));
  else {
    let acc = 0n;
    const B = BigInt(b);
    for (let i = 0; i < clean.length; i++) acc = acc * B + BigInt(DIGIT_VALUE(clean.charCodeAt(i)));
    r = normInt(acc);
  }
  return neg ? neg_int(r) : r;
}

function neg_int(r) {
  return typeof r === "bigint" ? normInt(-r) : 0 - r;
}

/** `int(x)` / `int(x, base)` (the `int` class calls this). */
/**
 * `int(s)`: short runs of ASCII digits directly, anything else through parseIntText (BAD_LITERAL
 * for a bad one: int_new raises, so the throw unwinds two frames less).
 */
function decimalInt(s) {
  const n = s.length;
  if (n > 0 && n < 16) {
    let v = 0;
    for (let i = 0; i < n; i++) {
      const d = s.charCodeAt(i) - 48;
      if (d < 0 || d > 9) return parseIntText(s, 10);
      v = v * 10 + d;
    }
    return v;
  }
  return parseIntText(s, 10);
}

/**
 * `int(s)` of a str: the int, or for a bad literal the ValueError to raise (the caller raises it:
 * V8 never optimizes a function that exceptions often unwind, see `int` in rt/object.mjs).
 */
export function int_str(x) {
  // One ASCII digit (`int(c)` over the characters of a string).
  if (x.length === 1) {
    const d = x.charCodeAt(0) - 48;
    if (d >= 0 && d <= 9) return d;
  }
  const r = decimalInt(x);
  return r === BAD_LITERAL ? badIntLiteral(x, 10) : r;
}

/**
 * The text of a bytes or bytearray (rt/bytes.mjs: a latin-1 string in `$s`, byte values in `$a`),
 * tested by shape so this module does not pull in bytes; null for anything else.
 */
function bytesLikeText(x) {
  if (x === null || typeof x !== "object" || x.$isclass !== true) return null;
  if (typeof x.$s === "string") return x.$s;
  if (Array.isArray(x.$a)) return String.fromCharCode(...x.$a);
  return null;
}

/** `int(b)` / `float(b)` of a bytes-like object: parse its ASCII text, report errors with its repr. */
function numberFromBytes(x, text, base, isFloat) {
  // Bytes past ASCII are never digits (CPython does not decode them).
  const ascii = /^[\x00-\x7f]*$/.test(text);
  if (isFloat) {
    const r = ascii ? parseFloatText(text) : undefined;
    if (r === undefined) throw ValueError(`could not convert string to float: ${repr(x)}`);
    return mkfloat(r);
  }
  const r = ascii ? parseIntText(text, base) : BAD_LITERAL;
  if (r === BAD_LITERAL) {
    // int() shows the bytes repr even for a bytearray (float() shows the bytearray's own).
    let shown = repr(x);
    if (shown.startsWith("bytearray(")) {
      shown = shown.slice(10, -1);
      if (shown.startsWith('b"')) shown = shown.replaceAll("\\'", "'");
    }
    throw ValueError(`invalid literal for int() with base ${base}: ${shown.slice(0, 200)}`);
  }
  return r;
}

export function int_new(x, base) {
  if (base !== undefined) {
    if (typeof x !== "string") {
      const text = bytesLikeText(x);
      if (text === null) throw TypeError("int() can't convert non-string with explicit base");
      let b = to_index(base);
      if (typeof b === "bigint" || b < 0 || b === 1 || b > 36) throw ValueError("int() base must be >= 2 and <= 36, or 0");
      return numberFromBytes(x, text, b, false);
    }
    let b = to_index(base);
    if (typeof b === "bigint" || b < 0 || b === 1 || b > 36) throw ValueError("int() base must be >= 2 and <= 36, or 0");
    return intFromString(x, b);
  }
  if (typeof x === "string") {
    const r = int_str(x);
    if (typeof r === "object") throw r;
    return r;
  }
  switch (kindOf(x)) {
    case INT:
      return intv(x);
    case FLOAT:
      return truncFloat(toF(x));
  }
  for (const name of ["__int__", "__index__"]) {
    const f = dunder(x, name);
    if (f !== undefined) {
      const r = callDunder(x, f);
      if (kindOf(r) !== INT) throw TypeError(`${name} returned non-int (type ${typename(r)})`);
      return intv(r);
    }
  }
  const t = dunder(x, "__trunc__");
  if (t !== undefined) return to_index(callDunder(x, t));
  const text = bytesLikeText(x);
  if (text !== null) return numberFromBytes(x, text, 10, false);
  throw TypeError(`int() argument must be a string, a bytes-like object or a real number, not '${typename(x)}'`);
}

const FLOAT_RE = /^[+-]?(?:(?:\d(?:_?\d)*)?\.\d(?:_?\d)*|\d(?:_?\d)*\.?)(?:[eE][+-]?\d(?:_?\d)*)?$/;
const FLOAT_SPECIAL_RE = /^([+-]?)(inf|infinity|nan)$/i;

/** float(s) of a string (the parse returns undefined for a bad one: see intFromString). */
function floatFromString(orig) {
  const r = parseFloatText(orig);
  if (r === undefined) throw ValueError(`could not convert string to float: ${str_repr(orig)}`);
  return r;
}

function parseFloatText(orig) {
  const s = numericText(orig);
  if (FLOAT_RE.test(s)) return Number(s.replaceAll("_", ""));
  const m = FLOAT_SPECIAL_RE.exec(s);
  if (m !== null) return m[2].toLowerCase() === "nan" ? NaN : m[1] === "-" ? -Infinity : Infinity;
  return undefined;
}

/** `float(x)` (the `float` class calls this). */
export function float_new(x) {
  if (kindOf(x) !== NOT_NUM) return mkfloat(toF(x));
  if (typeof x === "string") return mkfloat(floatFromString(x));
  const f = dunder(x, "__float__");
  if (f !== undefined) {
    const r = callDunder(x, f);
    if (kindOf(r) !== FLOAT) throw TypeError(`${typename(x)}.__float__ returned non-float (type ${typename(r)})`);
    return r;
  }
  if (dunder(x, "__index__") !== undefined) return mkfloat(toF(to_index(x)));
  const text = bytesLikeText(x);
  if (text !== null) return numberFromBytes(x, text, 10, true);
  throw TypeError(`float() argument must be a string or a real number, not '${typename(x)}'`);
}

/** `bool(x)`. */
export function bool_new(x) {
  return x === undefined ? false : truthy(x);
}

// Methods of int and float --------------------------------------------------------------------

function bit_length(x) {
  x = intv(x);
  if (typeof x === "bigint") return bitLength(x < 0n ? -x : x);
  const a = Math.abs(x);
  return a < 4294967296 ? 32 - Math.clz32(a) : 64 - Math.clz32(Math.floor(a / 4294967296));
}

function popcount32(n) {
  n = n - ((n >>> 1) & 0x55555555);
  n = (n & 0x33333333) + ((n >>> 2) & 0x33333333);
  return (((n + (n >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

function bit_count(x) {
  x = intv(x);
  if (typeof x === "number") {
    const a = Math.abs(x);
    return popcount32(a >>> 0) + popcount32(Math.floor(a / 4294967296));
  }
  let n = 0;
  for (const c of (x < 0n ? -x : x).toString(2)) if (c === "1") n++;
  return n;
}

/**
 * `int.__format__(x, spec)` / `float.__format__` called explicitly (`super().__format__(spec)` in
 * a subclass): an empty spec is `str(x)` (the subclass's `__str__`), others format the value.
 */
function numFormat(x, spec) {
  if (typeof spec !== "string") throw TypeError(`__format__() argument must be str, not ${typename(spec)}`);
  if (x !== null && typeof x === "object" && x.$pv !== undefined) {
    if (spec === "") return to_str(x);
    x = x.$pv;
  }
  return format_spec(x, spec);
}

/** The methods of int (and bool) called as `f(x, ...args)`. */
export const int_methods = {
  __proto__: null,
  __format__: numFormat,
  bit_length,
  bit_count,
  conjugate: (x) => intv(x),
  as_integer_ratio: (x) => mktuple(intv(x), 1),
  __index__: (x) => intv(x),
  __int__: (x) => intv(x),
  __float__: (x) => mkfloat(toF(x)),
  __abs__: (x) => abs(x),
  __round__: (x, n) => (n === undefined ? round(x) : round(x, n)),
  __trunc__: (x) => intv(x),
  __floor__: (x) => intv(x),
  __ceil__: (x) => intv(x),
};

function as_integer_ratio(x) {
  const v = toF(x);
  if (v !== v) throw ValueError("cannot convert NaN to integer ratio");
  if (v === Infinity || v === -Infinity) throw OverflowError("cannot convert Infinity to integer ratio");
  if (v === 0) return mktuple(0, 1);
  const [m, e] = decompose(Math.abs(v));
  const n = v < 0 ? -m : m;
  if (e >= 0) return mktuple(normInt(BigInt(n) << BigInt(e)), 1);
  return mktuple(n, normInt(1n << BigInt(-e)));
}

/** float.hex(): exact hexadecimal representation. */
function float_hex(x) {
  const v = toF(x);
  if (v !== v) return "nan";
  if (v === Infinity) return "inf";
  if (v === -Infinity) return "-inf";
  const sign = v < 0 || Object.is(v, -0) ? "-" : "";
  if (v === 0) return sign + "0x0.0p+0";
  scratch.setFloat64(0, v);
  const hi = scratch.getUint32(0), lo = scratch.getUint32(4);
  const ex = (hi >>> 20) & 0x7ff;
  const frac = (hi & 0xfffff).toString(16).padStart(5, "0") + lo.toString(16).padStart(8, "0");
  const e = ex === 0 ? -1022 : ex - 1023;
  return `${sign}0x${ex === 0 ? 0 : 1}.${frac}p${e < 0 ? "-" : "+"}${Math.abs(e)}`;
}

/** float.fromhex(s) (called through the class, so `s` is the first argument). */
function float_fromhex(s, t) {
  if (t !== undefined) s = t;
  if (typeof s !== "string") throw TypeError(`must be str, not ${typename(s)}`);
  const text = s.replace(STRIP_RE, "");
  const m = /^([+-]?)(?:0x)?([0-9a-f]*)(?:\.([0-9a-f]*))?(?:p([+-]?\d+))?$/i.exec(text);
  if (m === null || (m[2] === "" && (m[3] ?? "") === "")) {
    const sp = FLOAT_SPECIAL_RE.exec(text);
    if (sp !== null) return mkfloat(sp[2].toLowerCase() === "nan" ? NaN : sp[1] === "-" ? -Infinity : Infinity);
    throw ValueError("invalid hexadecimal floating-point string");
  }
  const digits = (m[2] + (m[3] ?? "")).replace(/^0+/, "") || "0";
  let exp = Number(m[4] ?? 0) - 4 * (m[3] ?? "").length;
  // Exact value digits * 2**exp; round via the BigInt division helper.
  const big = BigInt("0x" + digits);
  let r;
  if (big === 0n) r = 0;
  else if (exp >= 0) {
    if (bitLength(big) + exp > 1024) throw OverflowError("hexadecimal value too large to represent as a float");
    r = Number(big << BigInt(exp));
  } else {
    r = bigTrueDiv(big, 1n << BigInt(Math.min(-exp, 1 << 20)));
  }
  if (!Number.isFinite(r)) throw OverflowError("hexadecimal value too large to represent as a float");
  return mkfloat(m[1] === "-" ? -r : r);
}

/** The methods of float called as `f(x, ...args)`. */
export const float_methods = {
  __proto__: null,
  __format__: numFormat,
  is_integer: (x) => Number.isInteger(toF(x)),
  as_integer_ratio,
  hex: float_hex,
  fromhex: float_fromhex,
  conjugate: (x) => x,
  __int__: (x) => truncFloat(toF(x)),
  __float__: (x) => x,
  __abs__: (x) => abs(x),
  __round__: (x, n) => (n === undefined ? round(x) : round(x, n)),
  __trunc__: (x) => truncFloat(toF(x)),
  __floor__: (x) => truncFloat(Math.floor(toF(x))),
  __ceil__: (x) => truncFloat(Math.ceil(toF(x))),
};

export const eq_v = richValueOp(eq, EQ);
export const ne_v = richValueOp(ne, NE);
export const lt_v = richValueOp(lt, LT);
export const le_v = richValueOp(le, LE);
export const gt_v = richValueOp(gt, GT);
export const ge_v = richValueOp(ge, GE);
