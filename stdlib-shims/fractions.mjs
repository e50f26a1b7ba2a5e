// Python's `fractions` module (CPython 3.11 Lib/fractions.py). A Fraction keeps its numerator
// and denominator as BigInts (`$n`, `$d`, normalized, `$d > 0`); `numerator`/`denominator`
// read them back as Python ints. Operators follow _operator_fallbacks: int and Fraction
// operands stay exact, float operands go through float(). float(Fraction) rounds correctly.
// statistics.mjs uses the `$` helpers exported at the end.

import {
  mkclass, mktuple, mkfloat, normInt, typename, repr, PyFloat, NotImplemented, floordiv as pyfloordiv,
  add as pyadd, sub as pysub, mul as pymul, truediv as pytruediv, mod as pymod, pow as pypow, divmod as pydivmod,
  lt as pylt, gt as pygt, le as pyle, ge as pyge, round as pyround, TypeError, ValueError, ZeroDivisionError, OverflowError,
  splitkw, kwtake, kwnone, cm, tpname, complex, isinstance,
} from "./builtins.mjs";
import { withSig } from "./_shim.mjs";
import { compile as reCompile } from "./re.mjs";

export const __name__ = "fractions";
export const __all__ = ["Fraction"];

// ---------------------------------------------------------------- BigInt helpers

const babs = (x) => (x < 0n ? -x : x);
function bgcd(a, b) {
  a = babs(a);
  b = babs(b);
  while (b) [a, b] = [b, a % b];
  return a;
}
function bfloordiv(a, b) {
  const q = a / b;
  return a % b !== 0n && (a < 0n) !== (b < 0n) ? q - 1n : q;
}
function bmod(a, b) {
  const r = a % b;
  return r !== 0n && (r < 0n) !== (b < 0n) ? r + b : r;
}
const bitlen = (x) => (x === 0n ? 0 : babs(x).toString(2).length);

/** The correctly rounded double nearest n/d (d > 0), like CPython's int true division. */
export function $ratioToFloat(n, d) {
  if (d === 0n) throw ZeroDivisionError("division by zero");
  if (d < 0n) {
    n = -n;
    d = -d;
  }
  if (n === 0n) return 0;
  const lim = 9007199254740992n;
  if (n >= -lim && n <= lim && d <= lim) return Number(n) / Number(d);
  const neg = n < 0n;
  if (neg) n = -n;
  // Choose a shift so that q = floor(n * 2^shift / d) has at least 55 bits.
  const shift = 55 - (bitlen(n) - bitlen(d));
  let num = n, den = d;
  if (shift >= 0) num <<= BigInt(shift);
  else den <<= BigInt(-shift);
  const q = num / den;
  const sticky = num % den !== 0n;
  // value = q * 2^-shift (q has 55 or 56 bits); its exponent of the leading bit:
  const qbits = bitlen(q);
  const topExp = qbits - 1 - shift;
  if (topExp > 1023) throw OverflowError("integer division result too large for a float");
  if (topExp < -1075) return neg ? -0 : 0;
  // Bits to keep: 53, fewer for subnormal results (lowest bit exponent >= -1074).
  const keep = topExp - 52 < -1074 ? topExp + 1075 : 53;
  const drop = qbits - keep;
  let mant = q >> BigInt(drop);
  const rem = q & ((1n << BigInt(drop)) - 1n);
  const half = 1n << BigInt(drop - 1);
  if (rem > half || (rem === half && (sticky || (mant & 1n) === 1n))) mant += 1n;
  const e = drop - shift;
  const r = e < -900 ? Number(mant) * 2 ** (e + 600) * 2 ** -600 : Number(mant) * 2 ** e;
  if (!Number.isFinite(r)) throw OverflowError("integer division result too large for a float");
  return neg ? -r : r;
}

/** The exact [numerator, denominator] BigInts of a finite JS double. */
export function $floatRatio(x) {
  if (Number.isNaN(x)) throw ValueError("cannot convert NaN to integer ratio");
  if (!Number.isFinite(x)) throw OverflowError("cannot convert Infinity to integer ratio");
  if (Number.isInteger(x)) return [BigInt(x), 1n];
  let d = 1n;
  let v = x;
  while (!Number.isInteger(v)) {
    v *= 2;
    d *= 2n;
  }
  let n = BigInt(v);
  const g = bgcd(n, d);
  return [n / g, d / g];
}

const isIntV = (x) => (typeof x === "number" && Number.isInteger(x)) || typeof x === "bigint" || typeof x === "boolean";
const isFloatV = (x) => (typeof x === "number" && !Number.isInteger(x)) || x instanceof PyFloat;
const floatV = (x) => (x instanceof PyFloat ? x.v : x);
const bigV = (x) => (typeof x === "boolean" ? BigInt(+x) : BigInt(x));
export const $isFraction = (x) => x !== null && typeof x === "object" && Object.prototype.isPrototypeOf.call(Fraction, x);
const isRational = (x) => isIntV(x) || $isFraction(x);
/** [n, d] BigInts of an int or Fraction. */
const ratOf = (x) => ($isFraction(x) ? [x.$n, x.$d] : [bigV(x), 1n]);

/** A Fraction from BigInts, normalizing unless told the pair is already in lowest terms. */
export function $mkFraction(n, d, normalize = true, cls = Fraction) {
  if (d === 0n) throw ZeroDivisionError(`Fraction(${n}, 0)`);
  if (normalize) {
    let g = bgcd(n, d);
    if (d < 0n) g = -g;
    if (g !== 0n) {
      n /= g;
      d /= g;
    }
  }
  const f = Object.create(cls);
  f.$n = n;
  f.$d = d;
  return f;
}

const RATIONAL_FORMAT = reCompile(String.raw`
    \A\s*                                 # optional whitespace at the start,
    (?P<sign>[-+]?)                       # an optional sign, then
    (?=\d|\.\d)                           # lookahead for digit or .digit
    (?P<num>\d*|\d+(_\d+)*)               # numerator (possibly empty)
    (?:                                   # followed by
       (?:/(?P<denom>\d+(_\d+)*))?        # an optional denominator
    |                                     # or
       (?:\.(?P<decimal>d*|\d+(_\d+)*))?  # an optional fractional part
       (?:E(?P<exp>[-+]?\d+(_\d+)*))?     # and optional exponent
    )
    \s*\Z                                 # and optional whitespace to finish
`, 64 | 2); // re.VERBOSE | re.IGNORECASE

/** int() of a string of (Unicode) decimal digits with underscores, as a BigInt. */
function digitsBig(s) {
  let out = "";
  for (const ch of s.replace(/_/g, "")) {
    const c = ch.codePointAt(0);
    if (c >= 48 && c <= 57) out += ch;
    else {
      // other Unicode decimal digits: find the digit value from the zero of its block
      let z = c;
      while (z > 0 && /\p{Nd}/u.test(String.fromCodePoint(z - 1))) z--;
      out += String((c - z) % 10);
    }
  }
  return out === "" ? 0n : BigInt(out);
}

function fromString(s) {
  const m = RATIONAL_FORMAT.match(s);
  if (m === null) throw ValueError(`Invalid literal for Fraction: ${repr(s)}`);
  let n = digitsBig(m.group("num") || "0");
  let d;
  const denom = m.group("denom");
  if (denom) d = digitsBig(denom);
  else {
    d = 1n;
    let dec = m.group("decimal");
    if (dec) {
      dec = dec.replace(/_/g, "");
      const scale = 10n ** BigInt(Array.from(dec).length);
      n = n * scale + digitsBig(dec);
      d *= scale;
    }
    const exp = m.group("exp");
    if (exp) {
      const e = Number(exp.replace(/_/g, ""));
      if (e >= 0) n *= 10n ** BigInt(e);
      else d *= 10n ** BigInt(-e);
    }
  }
  if (m.group("sign") === "-") n = -n;
  return [n, d];
}

// ---------------------------------------------------------------- Fraction

function method(name, params, f, opts = {}) {
  const m = function (...args) {
    if (this === undefined || (typeof this === "function" && this.$isclass === true)) {
      const self = args.shift();
      return f.apply(self, args);
    }
    return f.apply(this, args);
  };
  return withSig(m, name, ["self", ...params], { ...opts, method: true, qual: `Fraction.${name}` });
}

const F = (n, d, norm = true) => $mkFraction(n, d, norm);

function fadd(an, ad, bn, bd) {
  const g = bgcd(ad, bd);
  if (g === 1n) return F(an * bd + ad * bn, ad * bd, false);
  const s = ad / g;
  const t = an * (bd / g) + bn * s;
  const g2 = bgcd(t, g);
  if (g2 === 1n) return F(t, s * bd, false);
  return F(t / g2, s * (bd / g2), false);
}
function fsub(an, ad, bn, bd) {
  return fadd(an, ad, -bn, bd);
}
function fmul(an, ad, bn, bd) {
  const g1 = bgcd(an, bd);
  if (g1 > 1n) {
    an /= g1;
    bd /= g1;
  }
  const g2 = bgcd(bn, ad);
  if (g2 > 1n) {
    bn /= g2;
    ad /= g2;
  }
  return F(an * bn, bd * ad, false);
}
function fdiv(an, ad, bn, bd) {
  if (bn === 0n) throw ZeroDivisionError(`Fraction(${an * bd}, 0)`);
  const g1 = bgcd(an, bn);
  if (g1 > 1n) {
    an /= g1;
    bn /= g1;
  }
  const g2 = bgcd(bd, ad);
  if (g2 > 1n) {
    ad /= g2;
    bd /= g2;
  }
  let n = an * bd, d = bn * ad;
  if (d < 0n) {
    n = -n;
    d = -d;
  }
  return F(n, d, false);
}
function ffloordiv(an, ad, bn, bd) {
  const den = ad * bn;
  if (den === 0n) throw ZeroDivisionError("integer division or modulo by zero");
  return normInt(bfloordiv(an * bd, den));
}
function fdivmod(an, ad, bn, bd) {
  const den = ad * bn;
  if (den === 0n) throw ZeroDivisionError("integer division or modulo by zero");
  const num = an * bd;
  return mktuple(normInt(bfloordiv(num, den)), F(bmod(num, den), ad * bd));
}
function fmodop(an, ad, bn, bd) {
  const den = bn * ad;
  if (den === 0n) throw ZeroDivisionError("integer modulo by zero");
  return F(bmod(an * bd, den), ad * bd);
}

const isComplex = (x) => x !== null && typeof x === "object" && isinstance(x, complex);

/** __op__ and __rop__ following _operator_fallbacks. */
function fallbacks(mono, fallback) {
  const forward = function (b) {
    if (isRational(b)) {
      const [bn, bd] = ratOf(b);
      return mono(this.$n, this.$d, bn, bd);
    }
    if (isFloatV(b)) return fallback(mkfloat(toFloat(this)), b);
    if (isComplex(b)) return fallback(complex(mkfloat(toFloat(this))), b);
    return NotImplemented;
  };
  const reverse = function (a) {
    if (isRational(a)) {
      const [an, ad] = ratOf(a);
      return mono(an, ad, this.$n, this.$d);
    }
    if (isFloatV(a)) return fallback(a, mkfloat(toFloat(this)));
    if (isComplex(a)) return fallback(a, complex(mkfloat(toFloat(this))));
    return NotImplemented;
  };
  return [forward, reverse];
}

const toFloat = (f) => $ratioToFloat(f.$n, f.$d);

/** Compare Fraction `a` with `b` through op on BigInts / floats, or NotImplemented. */
function richcmp(a, b, op, floatOp) {
  if (isRational(b)) {
    const [bn, bd] = ratOf(b);
    return op(a.$n * bd, a.$d * bn);
  }
  if (isFloatV(b)) {
    const v = floatV(b);
    if (Number.isNaN(v) || !Number.isFinite(v)) return floatOp(0, v);
    const [bn, bd] = $floatRatio(v);
    return op(a.$n * bd, a.$d * bn);
  }
  return NotImplemented;
}

const HASH_MODULUS = (1n << 61n) - 1n;
const HASH_INF = 314159n;
function modpow(b, e, m) {
  let r = 1n;
  b %= m;
  while (e > 0n) {
    if (e & 1n) r = (r * b) % m;
    b = (b * b) % m;
    e >>= 1n;
  }
  return r;
}

export const Fraction = mkclass("Fraction", [], (C) => {
  C.__module__ = "fractions";
  C.__new__ = withSig(function __new__(cls, numerator, denominator, ...rest) {
    const k = splitkw(rest);
    const normalize = kwtake(k, "_normalize");
    kwnone(k, "Fraction.__new__");
    if (numerator === undefined) numerator = 0;
    let n, d;
    if (denominator === undefined || denominator === null) {
      if (isIntV(numerator)) return $mkFraction(bigV(numerator), 1n, false, cls);
      if ($isFraction(numerator)) return $mkFraction(numerator.$n, numerator.$d, false, cls);
      if (isFloatV(numerator)) {
        const [a, b] = $floatRatio(floatV(numerator));
        return $mkFraction(a, b, false, cls);
      }
      if (typeof numerator === "string") {
        [n, d] = fromString(numerator);
      } else if (numerator !== null && typeof numerator === "object" && numerator.numerator !== undefined && numerator.denominator !== undefined && typeof numerator.as_integer_ratio !== "function") {
        return $mkFraction(bigV(numerator.numerator), bigV(numerator.denominator), false, cls);
      } else if (tpname(numerator) === "decimal.Decimal") {
        // CPython: `numerator.as_integer_ratio()` for a float or a decimal.Decimal.
        const r = cm(numerator, "as_integer_ratio");
        return $mkFraction(bigV(r[0]), bigV(r[1]), false, cls);
      } else {
        throw TypeError("argument should be a string or a Rational instance");
      }
    } else if (isRational(numerator) && isRational(denominator)) {
      const [an, ad] = ratOf(numerator), [bn, bd] = ratOf(denominator);
      n = an * bd;
      d = bn * ad;
    } else {
      throw TypeError("both arguments should be Rational instances");
    }
    if (d === 0n) throw ZeroDivisionError(`Fraction(${n}, 0)`);
    return $mkFraction(n, d, normalize === undefined ? true : !!normalize, cls);
  }, "__new__", ["cls", "numerator", "denominator"], { defaults: 2, kwonly: ["_normalize"] });

  const m = (name, params, f, opts) => (C[name] = method(name, params, f, opts));
  m("as_integer_ratio", [], function () {
    return mktuple(normInt(this.$n), normInt(this.$d));
  });
  m("limit_denominator", ["max_denominator"], function (maxd) {
    maxd = maxd === undefined ? 1000000n : bigV(maxd);
    if (maxd < 1n) throw ValueError("max_denominator should be at least 1");
    if (this.$d <= maxd) return $mkFraction(this.$n, this.$d, false);
    let p0 = 0n, q0 = 1n, p1 = 1n, q1 = 0n;
    let n = this.$n, d = this.$d;
    for (;;) {
      const a = bfloordiv(n, d);
      const q2 = q0 + a * q1;
      if (q2 > maxd) break;
      [p0, q0, p1, q1] = [p1, q1, p0 + a * p1, q2];
      [n, d] = [d, n - a * d];
    }
    const k = bfloordiv(maxd - q0, q1);
    const b1 = F(p0 + k * p1, q0 + k * q1);
    const b2 = F(p1, q1);
    const dist = (b) => {
      const r = fsub(b.$n, b.$d, this.$n, this.$d);
      return [babs(r.$n), r.$d];
    };
    const [d2n, d2d] = dist(b2), [d1n, d1d] = dist(b1);
    return d2n * d1d <= d1n * d2d ? b2 : b1;
  }, { defaults: 1 });
  m("__repr__", [], function () {
    return `${Object.getPrototypeOf(this).__name__}(${this.$n}, ${this.$d})`;
  });
  m("__str__", [], function () {
    return this.$d === 1n ? String(this.$n) : `${this.$n}/${this.$d}`;
  });
  const ops = [
    ["add", fadd, pyadd], ["sub", fsub, pysub], ["mul", fmul, pymul], ["truediv", fdiv, pytruediv],
    ["floordiv", ffloordiv, pyfloordiv], ["divmod", fdivmod, pydivmod], ["mod", fmodop, pymod],
  ];
  for (const [name, mono, fb] of ops) {
    const [fw, rv] = fallbacks(mono, fb);
    m(`__${name}__`, ["other"], fw);
    m(`__r${name}__`, ["other"], rv);
  }
  m("__pow__", ["other", "modulo"], function (b) {
    if (isRational(b)) {
      const [bn, bd] = ratOf(b);
      if (bd === 1n) {
        const p = bn;
        if (p >= 0n) return F(this.$n ** p, this.$d ** p, false);
        if (this.$n === 0n) throw ZeroDivisionError(`Fraction(${this.$d ** -p}, 0)`);
        if (this.$n >= 0n) return F(this.$d ** -p, this.$n ** -p, false);
        return F((-this.$d) ** -p, (-this.$n) ** -p, false);
      }
      return pypow(mkfloat(toFloat(this)), mkfloat($ratioToFloat(bn, bd)));
    }
    if (isFloatV(b)) return pypow(mkfloat(toFloat(this)), b);
    return NotImplemented;
  }, { defaults: 1 });
  m("__rpow__", ["other", "modulo"], function (a) {
    if (this.$d === 1n && this.$n >= 0n) return pypow(a, normInt(this.$n));
    if (isRational(a)) {
      const [an, ad] = ratOf(a);
      return F(an, ad, false).__pow__(this);
    }
    if (this.$d === 1n) return pypow(a, normInt(this.$n));
    return pypow(a, mkfloat(toFloat(this)));
  }, { defaults: 1 });
  m("__pos__", [], function () {
    return F(this.$n, this.$d, false);
  });
  m("__neg__", [], function () {
    return F(-this.$n, this.$d, false);
  });
  m("__abs__", [], function () {
    return F(babs(this.$n), this.$d, false);
  });
  const trunc = function () {
    return normInt(this.$n < 0n ? -(-this.$n / this.$d) : this.$n / this.$d);
  };
  m("__int__", [], trunc);
  m("__trunc__", [], trunc);
  m("__floor__", [], function () {
    return normInt(bfloordiv(this.$n, this.$d));
  });
  m("__ceil__", [], function () {
    return normInt(-bfloordiv(-this.$n, this.$d));
  });
  m("__float__", [], function () {
    return mkfloat(toFloat(this));
  });
  m("__round__", ["ndigits"], function (ndigits) {
    if (ndigits === undefined || ndigits === null) {
      const fl = bfloordiv(this.$n, this.$d);
      const r = this.$n - fl * this.$d;
      if (r * 2n < this.$d) return normInt(fl);
      if (r * 2n > this.$d) return normInt(fl + 1n);
      return normInt(fl % 2n === 0n ? fl : fl + 1n);
    }
    const nd = bigV(ndigits);
    const shift = 10n ** babs(nd);
    if (nd > 0n) return F(bigV(pyround(fmul(this.$n, this.$d, shift, 1n))), shift);
    return F(bigV(pyround(fdiv(this.$n, this.$d, shift, 1n))) * shift, 1n);
  }, { defaults: 1 });
  m("__hash__", [], function () {
    const dinv = this.$d % HASH_MODULUS === 0n ? null : modpow(this.$d, HASH_MODULUS - 2n, HASH_MODULUS);
    let h = dinv === null ? HASH_INF : ((babs(this.$n) % HASH_MODULUS) * dinv) % HASH_MODULUS;
    if (this.$n < 0n) h = -h;
    if (h === -1n) h = -2n;
    return normInt(h);
  });
  m("__eq__", ["other"], function (b) {
    if (isRational(b)) {
      const [bn, bd] = ratOf(b);
      return this.$n === bn && this.$d === bd;
    }
    if (isFloatV(b)) {
      const v = floatV(b);
      if (Number.isNaN(v) || !Number.isFinite(v)) return 0 === v;
      const [bn, bd] = $floatRatio(v);
      return this.$n === bn && this.$d === bd;
    }
    return NotImplemented;
  });
  m("__lt__", ["other"], function (b) {
    return richcmp(this, b, (x, y) => x < y, (x, y) => x < y);
  });
  m("__gt__", ["other"], function (b) {
    return richcmp(this, b, (x, y) => x > y, (x, y) => x > y);
  });
  m("__le__", ["other"], function (b) {
    return richcmp(this, b, (x, y) => x <= y, (x, y) => x <= y);
  });
  m("__ge__", ["other"], function (b) {
    return richcmp(this, b, (x, y) => x >= y, (x, y) => x >= y);
  });
  m("__bool__", [], function () {
    return this.$n !== 0n;
  });
  m("__reduce__", [], function () {
    return mktuple(Object.getPrototypeOf(this), mktuple(normInt(this.$n), normInt(this.$d)));
  });
  m("__copy__", [], function () {
    return this;
  });
  m("__deepcopy__", ["memo"], function () {
    return this;
  });
});

// numerator / denominator / real / imag as read-only attributes of instances.
for (const [name, get] of [
  ["numerator", (f) => normInt(f.$n)], ["denominator", (f) => normInt(f.$d)],
  ["real", (f) => f], ["imag", () => 0], ["_numerator", (f) => normInt(f.$n)], ["_denominator", (f) => normInt(f.$d)],
]) {
  Object.defineProperty(Fraction, name, {
    get() {
      return this.$n === undefined ? undefined : get(this);
    },
    configurable: true,
  });
}

function classMethod(name, params, f) {
  const m = withSig(function (...args) {
    const cls = typeof this === "function" && this.$isclass === true ? this : Fraction;
    return f.call(cls, ...args);
  }, name, params, { qual: `Fraction.${name}` });
  Object.defineProperty(Fraction, name, {
    get() {
      const cls = typeof this === "function" ? this : Object.getPrototypeOf(this);
      const b = (...args) => m.apply(cls, args);
      b.$sig = m.$sig;
      return b;
    },
    configurable: true,
  });
}
classMethod("from_float", ["f"], function (f) {
  if (isIntV(f)) return $mkFraction(bigV(f), 1n, false, this);
  if (!isFloatV(f)) throw TypeError(`${this.__name__}.from_float() only takes floats, not ${repr(f)} (${typename(f)})`);
  const [n, d] = $floatRatio(floatV(f));
  return $mkFraction(n, d, false, this);
});
classMethod("from_decimal", ["dec"], function (dec) {
  if (isIntV(dec)) return $mkFraction(bigV(dec), 1n, false, this);
  if (tpname(dec) === "decimal.Decimal") {
    const r = cm(dec, "as_integer_ratio");
    return $mkFraction(bigV(r[0]), bigV(r[1]), false, this);
  }
  throw TypeError(`${this.__name__}.from_decimal() only takes Decimals, not ${repr(dec)} (${typename(dec)})`);
});

void [pylt, pygt, pyle, pyge];
