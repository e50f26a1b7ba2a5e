// Helpers shared by the stdlib shims (math.mjs, random.mjs, ...). Not a Python module.
//
// Everything here follows stdlib-shims/CONTRACT.md: ints are safe-integer JS numbers or
// BigInts, floats are non-integral JS numbers or `PyFloat` boxes, bools are JS booleans.
// Runtime imports are only used inside functions (see the contract on import cycles).

import { PyFloat, TypeError, OverflowError, typename, unbound } from "./builtins.mjs";

/** True for a Python int (bool included). */
export function isInt(x) {
  return typeof x === "bigint" || typeof x === "boolean" || (typeof x === "number" && Number.isInteger(x));
}

/** True for a Python float. */
export function isFloat(x) {
  return (typeof x === "number" && !Number.isInteger(x)) || x instanceof PyFloat;
}

/** An int (JS number or BigInt) from a BigInt, normalized as the contract requires. */
export function bigToInt(b) {
  return b >= -9007199254740991n && b <= 9007199254740991n ? Number(b) : b;
}

/** An int from an integral JS number (BigInt past the safe range, never -0). */
export function floatToInt(v) {
  if (Number.isSafeInteger(v)) return v === 0 ? 0 : v;
  return BigInt(v);
}

/** Python's float(x) for arguments of numeric functions: a JS number. */
export function toNum(x) {
  if (typeof x === "number") return x;
  if (x instanceof PyFloat) return x.v;
  if (typeof x === "bigint") {
    const v = Number(x);
    if (!Number.isFinite(v)) throw OverflowError("int too large to convert to float");
    return v;
  }
  if (typeof x === "boolean") return x ? 1 : 0;
  if (x != null && typeof x.__float__ === "function") {
    const r = x.__float__();
    if (!isFloat(r)) throw TypeError(`${typename(x)}.__float__ returned non-float (type ${typename(r)})`);
    return toNum(r);
  }
  if (x != null && typeof x.__index__ === "function") return toNum(toInt(x));
  throw TypeError(`must be real number, not ${typename(x)}`);
}

/** Python's operator.index(x): an int (JS number or BigInt); bools become 0/1. */
export function toInt(x) {
  if (typeof x === "number" && Number.isInteger(x)) return x;
  if (typeof x === "bigint") return x;
  if (typeof x === "boolean") return x ? 1 : 0;
  if (x != null && typeof x === "object" && !(x instanceof PyFloat) && typeof x.__index__ === "function") {
    const r = x.__index__();
    if (!isInt(r)) throw TypeError(`__index__ returned non-int (type ${typename(r)})`);
    return toInt(r);
  }
  throw TypeError(`'${typename(x)}' object cannot be interpreted as an integer`);
}

/** toInt(x) as a BigInt. */
export function toBig(x) {
  return BigInt(toInt(x));
}

/**
 * Attach a signature for `callkw` (the compiler's `$sig` shape; this is what the runtime's
 * `fn(f, sig)` does, done here without calling into the runtime at module evaluation). `params` are the positional
 * parameters (for a method, including `self`); `defaults` is how many of them, at the end,
 * may be omitted; `kwonly` are keyword-only names, all of which have defaults; `qual` names the
 * function in error messages (CPython says `Random.seed()` for methods); `varkw` for `**kwargs`.
 */
export function withSig(f, name, params, { defaults = 0, varargs = false, kwonly = [], method = false, nposonly = 0, qual = name, varkw = false } = {}) {
  f.$sig = {
    name, qual, params, nposonly, defaults, varargs, kwonly,
    kwdefaults: kwonly, varkw, method,
  };
  return f;
}

/**
 * A method for a class made with `mkclass`: `f` runs with `self` as `this` and carries a
 * method `$sig` (so the runtime binds it); called through the class, `self` comes first.
 */
export function method(qual, params, f, opts = {}) {
  const name = qual.slice(qual.lastIndexOf(".") + 1);
  const m = function (...args) {
    if (this === undefined || typeof this === "function" && this.$isclass !== false) return unbound(m, arguments);
    return f.apply(this, args);
  };
  return withSig(m, name, ["self", ...params], { ...opts, method: true, qual });
}
