// The lean runtime: helpers for entry modules the compiler proved make only ints, floats, strs,
// bools and None (`compiler/src/lower/lean.rs`). They handle every case such values can reach
// without an error and leave the rest (every error: a TypeError for `"a" + 1`, a missing
// argument, printing a lone surrogate...) to the full runtime: they throw a *deferred
// operation* (an Error holding the helper's name and arguments, its stack the frames to show),
// which `main_lazy` (rt/core.mjs) hands to the lazily loaded full runtime: it runs the same
// operation with the real helper, which raises CPython's exception, and reports it
// (`rt/lean_report.mjs`). Such a program has no `try`, so no Python code sees the exception in
// between. None of this imports the exception classes or the object model, so a program of
// functions, loops and prints ships a few kilobytes.

import { PyFloat, mkfloat, normInt, float_repr, floatDivmod } from "./num.mjs";
import { writeOut } from "./core.mjs";

/** The deferred operation `op(...args)` (floats boxed as data: the full runtime has its own
 * PyFloat class). */
function defer(op, args) {
  const e = new Error("pyjs: deferred " + op);
  e.$leanOp = op;
  e.$leanArgs = Array.from(args, (v) => (v instanceof PyFloat ? { $leanFloat: v.v } : v));
  return e;
}

/** `str(x)` of a value of the lean program, or undefined (left to the full runtime). */
function leanStr(x) {
  switch (typeof x) {
    case "string":
      return x;
    case "number":
      return Number.isInteger(x) ? String(x) : float_repr(x);
    case "boolean":
      return x ? "True" : "False";
    case "bigint": {
      const s = String(x);
      // CPython refuses ints of more than 4300 digits (ValueError).
      return s.length - (x < 0n ? 1 : 0) > 4300 ? undefined : s;
    }
  }
  if (x === null) return "None";
  if (x instanceof PyFloat) return float_repr(x);
  return undefined;
}

function printLine(args, sep, end) {
  let s = "";
  for (let i = 0; i < args.length; i++) {
    const t = leanStr(args[i]);
    if (t === undefined) return undefined;
    s += i > 0 ? sep + t : t;
  }
  s += end;
  // A lone surrogate cannot be written (UnicodeEncodeError, after what came before it).
  return s.isWellFormed() ? s : undefined;
}

export function lean_print(...args) {
  const s = printLine(args, " ", "\n");
  if (s === undefined) throw defer("print", args);
  writeOut(s);
  return null;
}

/** `print(..., sep=..., end=...)` (the only call with keywords a lean program makes). */
export function lean_callkw(f, args, kw) {
  if (f === lean_print) {
    let sep = " ", end = "\n", ok = true;
    for (const [k, v] of kw) {
      if (k === "sep" && (v === null || typeof v === "string")) sep = v ?? " ";
      else if (k === "end" && (v === null || typeof v === "string")) end = v ?? "\n";
      else if (k !== "flush") ok = false;
    }
    const s = ok ? printLine(args, sep, end) : undefined;
    if (s !== undefined) {
      writeOut(s);
      return null;
    }
  }
  throw defer("callkw", [f === lean_print ? "print" : f, args, kw]);
}

/** A call whose arguments do not fit the function: always an error in a lean program (its
 * values are never `undefined`, and its functions take no defaults or `*args`). */
export function lean_missing_args(f, args) {
  const sig = f.$sig;
  const params = sig.params;
  const n = args.length;
  let ok = n <= params.length;
  for (let i = 0; ok && i < params.length - sig.defaults; i++) if (args[i] === undefined) ok = false;
  if (!ok) throw defer("missing_args", [f, Array.from(args)]);
}

/** A read of a variable that found it unbound (NameError, UnboundLocalError). */
export function lean_unbound_name(name) {
  throw defer("unbound_name", [name]);
}
export function lean_unbound_local(name) {
  throw defer("unbound_local", [name]);
}

export function lean_range_stop(x) {
  if (typeof x === "number" && Number.isInteger(x)) return x;
  if (typeof x === "boolean") return +x;
  throw defer("range_stop", [x]);
}

// Arithmetic. An operand's kind: 1 an int (a bool counts as one), 2 a float, 0 neither.
function kind(x) {
  const t = typeof x;
  if (t === "number") return Number.isInteger(x) ? 1 : 2;
  if (t === "bigint" || t === "boolean") return 1;
  return x instanceof PyFloat ? 2 : 0;
}

const big = (x) => (typeof x === "bigint" ? x : BigInt(+x));

/** The float value of a number, or undefined for an int too large for a float (OverflowError). */
function flt(x) {
  if (x instanceof PyFloat) return x.v;
  const v = Number(x);
  return v === Infinity || v === -Infinity ? undefined : v;
}

/** `a op b` for ints and floats (op: 0 +, 1 -, 2 *), or undefined. */
function arith(a, b, op) {
  const ka = kind(a), kb = kind(b);
  if (ka === 0 || kb === 0) return undefined;
  if (ka === 1 && kb === 1) {
    if (typeof a !== "bigint" && typeof b !== "bigint") {
      const r = op === 0 ? +a + +b : op === 1 ? +a - +b : +a * +b;
      if (Number.isSafeInteger(r)) return r + 0;
    }
    const x = big(a), y = big(b);
    return normInt(op === 0 ? x + y : op === 1 ? x - y : x * y);
  }
  const x = flt(a), y = flt(b);
  if (x === undefined || y === undefined) return undefined;
  return mkfloat(op === 0 ? x + y : op === 1 ? x - y : x * y);
}

export function lean_add(a, b) {
  const r = typeof a === "string" && typeof b === "string" ? a + b : arith(a, b, 0);
  if (r === undefined) throw defer("add", [a, b]);
  return r;
}

export function lean_sub(a, b) {
  const r = arith(a, b, 1);
  if (r === undefined) throw defer("sub", [a, b]);
  return r;
}

export function lean_mul(a, b) {
  let r = arith(a, b, 2);
  if (r === undefined) {
    // str * int: a count <= 0 gives ""; a huge result is left to the full runtime.
    const [s, n] = typeof a === "string" ? [a, b] : [b, a];
    if (typeof s === "string" && (typeof n === "boolean" || (typeof n === "number" && Number.isInteger(n)))) {
      const k = Math.max(+n, 0);
      if (s.length * k < 1 << 28) r = s.repeat(k);
    }
  }
  if (r === undefined) throw defer("mul", [a, b]);
  return r;
}

/** `fn` for a lean program's functions (no defaults, never generators). */
export function lean_fn(f, sig) {
  f.$sig = sig;
  return f;
}

/** `a // b` (which 0) or `a % b` (which 1) of ints and floats. */
function divmod(a, b, which) {
  const ka = kind(a), kb = kind(b);
  if (ka === 0 || kb === 0) return undefined;
  if (ka === 1 && kb === 1) {
    if (typeof a !== "bigint" && typeof b !== "bigint") {
      const x = +a, y = +b;
      if (y === 0) return undefined;
      if (which === 0) return Math.floor(x / y) + 0;
      const r = x % y;
      return r === 0 ? 0 : (r < 0) !== (y < 0) ? r + y : r;
    }
    const A = big(a), B = big(b);
    if (B === 0n) return undefined;
    if (which === 0) {
      let q = A / B;
      if ((A < 0n) !== (B < 0n) && q * B !== A) q -= 1n;
      return normInt(q);
    }
    let r = A % B;
    if (r !== 0n && (r < 0n) !== (B < 0n)) r += B;
    return normInt(r);
  }
  const x = flt(a), y = flt(b);
  if (x === undefined || y === undefined || y === 0) return undefined;
  return mkfloat(floatDivmod(x, y)[which]);
}

export function lean_floordiv(a, b) {
  const r = divmod(a, b, 0);
  if (r === undefined) throw defer("floordiv", [a, b]);
  return r;
}

export function lean_mod(a, b) {
  const r = divmod(a, b, 1);
  if (r === undefined) throw defer("mod", [a, b]);
  return r;
}

/** Typed code's `a / b` of two safe-integer numbers (`idiv`) or of two floats (`fdiv`). */
export function lean_idiv(a, b) {
  if (b === 0) throw defer("idiv", [a, b]);
  return a / b;
}
export function lean_fdiv(a, b) {
  if (b === 0) throw defer("fdiv", [a, b]);
  return a / b;
}

export function lean_neg(x) {
  if (typeof x === "number") return Number.isInteger(x) ? 0 - x : -x;
  if (typeof x === "bigint") return normInt(-x);
  if (typeof x === "boolean") return 0 - x;
  if (x instanceof PyFloat) return new PyFloat(-x.v);
  throw defer("neg", [x]);
}

export function lean_truthy(x) {
  switch (typeof x) {
    case "boolean":
      return x;
    case "number":
      return x !== 0;
    case "string":
      return x.length !== 0;
    case "bigint":
      return x !== 0n;
  }
  if (x === null) return false;
  if (x instanceof PyFloat) return x.v !== 0;
  throw defer("truthy", [x]);
}

/** The number of an int, float or bool, or undefined. */
function numv(x) {
  switch (typeof x) {
    case "number":
    case "bigint":
      return x;
    case "boolean":
      return +x;
  }
  return x instanceof PyFloat ? x.v : undefined;
}

const SURROGATE = /[\ud800-\udfff]/;

/** -1, 0 or 1: strs compared by code points (UTF-16 order differs past U+FFFF). */
function strCmp(a, b) {
  if (SURROGATE.test(a) || SURROGATE.test(b)) {
    const x = Array.from(a, (c) => c.codePointAt(0)), y = Array.from(b, (c) => c.codePointAt(0));
    for (let i = 0; i < x.length && i < y.length; i++) if (x[i] !== y[i]) return x[i] < y[i] ? -1 : 1;
    return x.length < y.length ? -1 : x.length > y.length ? 1 : 0;
  }
  return a < b ? -1 : a > b ? 1 : 0;
}

export function lean_eq(a, b) {
  if (typeof a === "string" || typeof b === "string" || a === null || b === null) return a === b;
  const x = numv(a), y = numv(b);
  if (x !== undefined && y !== undefined) return x == y;
  return a === b;
}

export function lean_ne(a, b) {
  return !lean_eq(a, b);
}

/** An order comparison: `test` of the sign of a <=> b, or a deferred TypeError. */
function order(a, b, op, test) {
  if (typeof a === "string" && typeof b === "string") return test(strCmp(a, b));
  const x = numv(a), y = numv(b);
  if (x !== undefined && y !== undefined) return x !== x || y !== y ? false : test(x < y ? -1 : x > y ? 1 : 0);
  throw defer(op, [a, b]);
}

export const lean_lt = (a, b) => order(a, b, "lt", (c) => c < 0);
export const lean_le = (a, b) => order(a, b, "le", (c) => c <= 0);
export const lean_gt = (a, b) => order(a, b, "gt", (c) => c > 0);
export const lean_ge = (a, b) => order(a, b, "ge", (c) => c >= 0);

/** `len(s)` of a str: its code points (a lone surrogate counts as one). */
export function lean_len(x) {
  if (typeof x !== "string" || arguments.length !== 1) throw defer("len", Array.from(arguments));
  return SURROGATE.test(x) ? Array.from(x).length : x.length;
}

/** The start of a compiled `for` loop over `range(start, stop)` (rt/object.mjs `range_start`). */
export function lean_range_start(x) {
  const v = lean_range_stop(x);
  if (v > -(2 ** 53 - 2 ** 32) && v < 2 ** 53 - 2 ** 32) return v;
  throw defer("range_start", [x]);
}
