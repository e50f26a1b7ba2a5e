// complex numbers.
//
// A complex is an instance of the builtin class `complex` (`Object.create(complex)`, like bytes)
// holding its parts as JS numbers in `$re`/`$im`, and as Python floats in the own properties
// `real`/`imag`. It speaks the dunder protocol (`__add__`, `__radd__`, `__eq__`, ...), so the
// numeric fast paths of the runtime never test for it. Arithmetic follows CPython's
// Objects/complexobject.c (division, integer powers by repeated squaring, repr).

import { builtinClass, rm, object, NotImplemented, typename, KwArgs, TypeError, ValueError, ZeroDivisionError, OverflowError } from "./object.mjs";
import * as num from "./num.mjs";
import * as strs from "./str.mjs";
import { hash_value } from "./containers.mjs";

export function mkcomplex(re, im) {
  const z = Object.create(complex);
  z.$re = re;
  z.$im = im;
  z.real = num.mkfloat(re);
  z.imag = num.mkfloat(im);
  return z;
}

/** A complex literal `4j` (`re` is 0). */
export function complex_lit(re, im) {
  return mkcomplex(re, im);
}

function isComplex(x) {
  return x !== null && typeof x === "object" && typeof x.$re === "number" && x.$isclass === true;
}

function isReal(x) {
  return typeof x === "number" || typeof x === "boolean" || typeof x === "bigint" || x instanceof num.PyFloat;
}

/** `[re, im]` of a number operand, or null (then the operator returns NotImplemented). */
function parts(x) {
  if (isComplex(x)) return [x.$re, x.$im];
  if (isReal(x)) {
    const v = num.fval(x);
    if (typeof x === "bigint" && !Number.isFinite(v)) throw OverflowError("int too large to convert to float");
    return [v, 0];
  }
  return null;
}

/** CPython's fallback for a non-complex argument: `__float__`, else `__index__` (np.float64, np.int64). */
function viaFloat(x) {
  if (x === null || typeof x !== "object") return null;
  if (typeof x.__float__ === "function") return [num.fval(x.__float__()), 0];
  if (typeof x.__index__ === "function") return [num.fval(x.__index__()), 0];
  return null;
}

function quot(ar, ai, br, bi) {
  const abr = Math.abs(br), abi = Math.abs(bi);
  if (abr >= abi) {
    if (abr === 0) throw ZeroDivisionError("complex division by zero");
    const ratio = bi / br, denom = br + bi * ratio;
    return [(ar + ai * ratio) / denom, (ai - ar * ratio) / denom];
  }
  if (abi >= abr) {
    const ratio = br / bi, denom = br * ratio + bi;
    return [(ar * ratio + ai) / denom, (ai * ratio - ar) / denom];
  }
  return [NaN, NaN];
}

function prod(ar, ai, br, bi) {
  return [ar * br - ai * bi, ar * bi + ai * br];
}

function powu(r, i, n) {
  let rr = 1, ri = 0, pr = r, pi = i;
  for (let mask = 1; mask > 0 && n >= mask; mask *= 2) {
    if (Math.floor(n / mask) % 2 === 1) [rr, ri] = prod(rr, ri, pr, pi);
    [pr, pi] = prod(pr, pi, pr, pi);
  }
  return [rr, ri];
}

/**
 * glibc's hypot (the non-FMA kernel of sysdeps/ieee754/dbl-64/e_hypot.c): CPython's complex abs()
 * and pow() call the C library's hypot, which rounds differently from Math.hypot about one time in
 * three. numpy/_cx.mjs uses it too.
 */
export function hypot(x, y) {
  if (!Number.isFinite(x) || !Number.isFinite(y)) {
    if (Math.abs(x) === Infinity || Math.abs(y) === Infinity) return Infinity;
    return x + y;
  }
  x = Math.abs(x);
  y = Math.abs(y);
  let ax = x < y ? y : x, ay = x < y ? x : y;
  const SCALE = 2 ** -600, EPS = 2 ** -54;
  if (ax > 2 ** 511) {
    if (ay <= ax * EPS) return ax + ay;
    return hkernel(ax * SCALE, ay * SCALE) / SCALE;
  }
  if (ay < 2 ** -511) {
    if (ax >= ay / EPS) return ax + ay;
    return hkernel(ax / SCALE, ay / SCALE) * SCALE;
  }
  if (ay <= ax * EPS) return ax + ay;
  return hkernel(ax, ay);
}
function hkernel(ax, ay) {
  let h = Math.sqrt(ax * ax + ay * ay), t1, t2;
  if (h <= 2.0 * ay) {
    const delta = h - ay;
    t1 = ax * (2.0 * delta - ax);
    t2 = (delta - 2.0 * (ax - ay)) * delta;
  } else {
    const delta = h - ax;
    t1 = 2.0 * delta * (ax - 2.0 * ay);
    t2 = (4.0 * delta - ay) * ay + delta * delta;
  }
  h -= (t1 + t2) / (2.0 * h);
  return h;
}
function cpow(ar, ai, br, bi) {
  if (bi === 0 && br === Math.trunc(br) && Math.abs(br) <= 100) {
    if (br >= 0) return powu(ar, ai, br);
    const [pr, pi] = powu(ar, ai, -br);
    // c_quot's division by zero: complex_pow reports it as EDOM.
    if (pr === 0 && pi === 0) throw ZeroDivisionError("0.0 to a negative or complex power");
    return quot(1, 0, pr, pi);
  }
  if (br === 0 && bi === 0) return [1, 0];
  if (ar === 0 && ai === 0) {
    if (bi !== 0 || br < 0) throw ZeroDivisionError("0.0 to a negative or complex power");
    return [0, 0];
  }
  const vabs = hypot(ar, ai);
  let len = Math.pow(vabs, br);
  const at = Math.atan2(ai, ar);
  let phase = at * br;
  if (bi !== 0) {
    len /= Math.exp(at * bi);
    phase += bi * Math.log(vabs);
  }
  return [len * Math.cos(phase), len * Math.sin(phase)];
}

/** One part as complex repr writes it: float repr without a trailing `.0`. */
function part(x) {
  const s = num.float_repr(x);
  return s.endsWith(".0") ? s.slice(0, -2) : s;
}

function complexRepr(z) {
  const re = z.$re, im = z.$im;
  if (re === 0 && !Object.is(re, -0)) return `${part(im)}j`;
  const i = part(im);
  return `(${part(re)}${i.startsWith("-") ? "" : "+"}${i}j)`;
}

function binary(f) {
  return rm((a, b) => {
    const p = parts(b);
    if (p === null) return NotImplemented;
    const [r, i] = f(a.$re, a.$im, p[0], p[1]);
    return mkcomplex(r, i);
  });
}

function reflected(f) {
  return rm((a, b) => {
    const p = parts(b);
    if (p === null) return NotImplemented;
    const [r, i] = f(p[0], p[1], a.$re, a.$im);
    return mkcomplex(r, i);
  });
}

function noOrder(sym) {
  // CPython's complex_richcompare returns NotImplemented for orderings: the caller raises
  // the TypeError with the operands in the order the program wrote them.
  return rm(() => NotImplemented);
}

/** `complex(real=0, imag=0)`, `complex("1+2j")`. */
export const complex = builtinClass("complex", [object], function complex(...args) {
  let re = args[0], im = args[1];
  const last = args[args.length - 1];
  if (last instanceof KwArgs) {
    args = args.slice(0, -1);
    re = args[0];
    im = args[1];
    if (last.map.has("real")) re = last.map.get("real");
    if (last.map.has("imag")) im = last.map.get("imag");
  }
  if (args.length > 2) throw TypeError(`complex() takes at most 2 arguments (${args.length} given)`);
  if (re === undefined) re = 0;
  if (typeof re === "string") {
    if (im !== undefined) throw TypeError("complex() can't take second arg if first is a string");
    return parseComplex(re);
  }
  if (typeof im === "string") throw TypeError("complex() second arg can't be a string");
  let a = parts(re);
  if (a === null) {
    if (re !== null && typeof re === "object" && typeof re.__complex__ === "function") return re.__complex__();
    a = viaFloat(re);
    if (a === null) throw TypeError(`complex() first argument must be a string or a number, not '${typename(re)}'`);
  }
  if (im === undefined) return mkcomplex(a[0], a[1]);
  const b = parts(im) ?? viaFloat(im);
  if (b === null) throw TypeError(`complex() second argument must be a number, not '${typename(im)}'`);
  // complex(a, b) is a + b*1j, with both possibly complex (plain parts are kept as given: -0.0).
  return mkcomplex(isComplex(im) ? a[0] - b[1] : a[0], isComplex(re) ? a[1] + b[0] : b[0]);
});

const NUM = String.raw`(?:(?:\d(?:_?\d)*)?\.?(?:\d(?:_?\d)*)?(?:[eE][+-]?\d(?:_?\d)*)?|inf(?:inity)?|nan)`;
const FULL = new RegExp(String.raw`^([+-]?${NUM})?(?:([+-]?${NUM}?)[jJ])?$`, "i");

function parseComplex(s0) {
  let s = s0.trim();
  if (s.startsWith("(") && s.endsWith(")")) s = s.slice(1, -1).trim();
  const bad = () => ValueError("complex() arg is a malformed string");
  const m = FULL.exec(s);
  if (s === "" || m === null) throw bad();
  let [, a, b] = m;
  const toNum = (t) => {
    if (/^[+-]?$/.test(t)) return t === "-" ? -1 : 1;
    if (!/\d|inf|nan/i.test(t)) throw bad();
    return num.fval(num.float_new(t));
  };
  if (b === undefined) {
    if (a === undefined || a === "") throw bad();
    return mkcomplex(toNum(a), 0);
  }
  // "4j" and "-j": the number before `j` went to the first group.
  if (b === "") return mkcomplex(0, toNum(a ?? ""));
  // "3-4j": the imaginary part needs its sign.
  if (a !== undefined && a !== "" && !/^[+-]/.test(b)) throw bad();
  return mkcomplex(a === undefined || a === "" ? 0 : toNum(a), toNum(b));
}

Object.assign(complex, {
  __add__: binary((a, b, c, d) => [a + c, b + d]),
  __radd__: reflected((a, b, c, d) => [a + c, b + d]),
  __sub__: binary((a, b, c, d) => [a - c, b - d]),
  __rsub__: reflected((a, b, c, d) => [a - c, b - d]),
  __mul__: binary(prod),
  __rmul__: reflected(prod),
  __truediv__: binary(quot),
  __rtruediv__: reflected(quot),
  __pow__: binary(cpow),
  __rpow__: reflected(cpow),
  __neg__: rm((a) => mkcomplex(-a.$re, -a.$im)),
  __pos__: rm((a) => mkcomplex(a.$re, a.$im)),
  __abs__: rm((a) => {
    const r = hypot(a.$re, a.$im);
    if (r === Infinity && Number.isFinite(a.$re) && Number.isFinite(a.$im)) throw OverflowError("absolute value too large");
    return num.mkfloat(r);
  }),
  __bool__: rm((a) => a.$re !== 0 || a.$im !== 0),
  __eq__: rm((a, b) => {
    const p = parts(b);
    return p === null ? NotImplemented : a.$re === p[0] && a.$im === p[1];
  }),
  __ne__: rm((a, b) => {
    const p = parts(b);
    return p === null ? NotImplemented : !(a.$re === p[0] && a.$im === p[1]);
  }),
  __lt__: noOrder("<"),
  __le__: noOrder("<="),
  __gt__: noOrder(">"),
  __ge__: noOrder(">="),
  __hash__: rm((a) => {
    const hr = BigInt(hash_value(num.mkfloat(a.$re)));
    const hi = BigInt(hash_value(num.mkfloat(a.$im)));
    let h = BigInt.asIntN(64, hr + 1000003n * hi);
    if (h === -1n) h = -2n;
    return num.normInt(h);
  }),
  __repr__: rm(complexRepr),
  __str__: rm(complexRepr),
  __format__: rm((a, spec) => {
    if (spec === "") return complexRepr(a);
    const m = /^((?:.?[<>^=])?)([+\- ]?)(z?)(#?)(0?)(\d*)([,_]?)((?:\.\d+)?)([eEfFgGn%]?)$/su.exec(spec);
    if (m === null || m[9] === "") {
      // No presentation type: the repr, aligned like a string.
      const body = m !== null && m[9] === "" && m[8] === "" ? complexRepr(a) : null;
      if (body === null) throw ValueError(`Invalid format specifier '${spec}' for object of type 'complex'`);
      return strs.format_spec(body, `${m[1] || ">"}${m[6]}`);
    }
    const [, align, sign, z, alt, , width, group, prec, type] = m;
    const inner = `${z}${alt}${group}${prec}${type}`;
    const re = strs.format_spec(num.mkfloat(a.$re), `${sign}${inner}`);
    const im = strs.format_spec(num.mkfloat(a.$im), `+${inner}`);
    return strs.format_spec(`${re}${im}j`, `${align || ">"}${width}`);
  }),
  conjugate: rm((a) => mkcomplex(a.$re, -a.$im)),
  __complex__: rm((a) => mkcomplex(a.$re, a.$im)),
  __getnewargs__: rm((a) => [a.real, a.imag]),
});

/** `x ** y` for a float `x < 0` and a non-integral float `y`: the complex result CPython gives. */
export function negFracPow(x, y) {
  const [re, im] = cpow(x, 0, y, 0);
  return mkcomplex(re, im);
}
