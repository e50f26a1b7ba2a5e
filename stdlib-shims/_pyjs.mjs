// Bridge from the stdlib modules written in Python (`stdlib-py/`) to the runtime: call stacks,
// tracebacks, the exception being handled. Not a Python module users import.

import { framesOf, handledPart, sourceLine, exceptionLine, format_exception, caretLine } from "./_tb.mjs";
import { last_caught } from "./rt/object.mjs";
import { mktuple } from "./rt/containers.mjs";
import { mkbytes } from "./rt/bytes.mjs";
import { fval, mkfloat } from "./rt/num.mjs";
import { OverflowError } from "./rt/object.mjs";
import { set_exit_hook } from "./rt/core.mjs";

const STDLIB = "<pyjs-stdlib>/";

function tuples(frames) {
  return frames.map((f) => mktuple(f.file, f.line, f.name, sourceLine(f.paths, f.line) ?? "", caretLine(f)));
}

/** The Python frames of the current call stack, outermost first, as (file, line, name, source)
 * tuples, leaving out frames of the stdlib modules written in Python. */
export function stack() {
  const frames = framesOf({ $tb: new Error() }).filter((f) => !f.file.startsWith(STDLIB));
  return tuples(frames);
}

/** The exception being handled (approximated by the last one an `except` clause caught), or None. */
export function current_exception() {
  return last_caught();
}

/** The traceback frames of exception `e` as CPython shows them when it is caught: from the
 * frame that handles it inwards. For the cause/context of exception `outer`, the handling frame
 * is where `outer` was raised. */
export function exc_frames(e, outer) {
  if (e == null || e.__traceback__ === null) return [];
  const ref = outer != null && outer.__traceback__ !== null ? framesOf(outer) : framesOf({ $tb: new Error() });
  const here = ref.filter((f) => !f.file.startsWith(STDLIB));
  return tuples(handledPart(framesOf(e), here).filter((f) => !f.file.startsWith(STDLIB)));
}

/** `ValueError: msg\n` (with notes), as the last line of a traceback. */
export function exception_only(e) {
  return exceptionLine(e);
}

/** The whole report of an uncaught exception (chain included), as CPython prints it. */
export function format_exc_full(e) {
  return format_exception(e);
}

function roundHalfEven(v) {
  const f = Math.floor(v);
  const d = v - f;
  return d > 0.5 || (d === 0.5 && f % 2 !== 0) ? f + 1 : f;
}

function toHalf(x) {
  if (Number.isNaN(x)) return 0x7e00;
  const sign = x < 0 || Object.is(x, -0) ? 0x8000 : 0;
  x = Math.abs(x);
  if (x === Infinity) return sign | 0x7c00;
  if (x >= 65520) throw OverflowError("float too large to pack with e format");
  if (x < 2 ** -14) return sign | roundHalfEven(x / 2 ** -24);
  let e = Math.floor(Math.log2(x));
  if (2 ** e > x) e--;
  if (2 ** (e + 1) <= x) e++;
  let m = roundHalfEven((x / 2 ** e - 1) * 1024);
  if (m === 1024) {
    m = 0;
    e++;
  }
  return sign | ((e + 15) << 10) | m;
}

function fromHalf(h) {
  const sign = h & 0x8000 ? -1 : 1;
  const e = (h >> 10) & 31;
  const m = h & 1023;
  if (e === 0) return sign * m * 2 ** -24;
  if (e === 31) return m === 0 ? sign * Infinity : NaN;
  return sign * (1 + m / 1024) * 2 ** (e - 15);
}

/** The IEEE 754 bytes of float `x` (size 2, 4 or 8), for `struct`. */
export function pack_float(x, size, little) {
  const v = fval(x);
  const dv = new DataView(new ArrayBuffer(8));
  if (size === 2) dv.setUint16(0, toHalf(v), little);
  else if (size === 4) {
    if (Number.isFinite(v) && !Number.isFinite(Math.fround(v))) throw OverflowError("float too large to pack with f format");
    dv.setFloat32(0, v, little);
  } else dv.setFloat64(0, v, little);
  let s = "";
  for (let i = 0; i < size; i++) s += String.fromCharCode(dv.getUint8(i));
  return mkbytes(s);
}

/** The float whose IEEE 754 bytes (size 2, 4 or 8) are `b`. */
export function unpack_float(b, size, little) {
  const s = b.$s;
  const dv = new DataView(new ArrayBuffer(8));
  for (let i = 0; i < size; i++) dv.setUint8(i, s.charCodeAt(i));
  let v;
  if (size === 2) v = fromHalf(dv.getUint16(0, little));
  else if (size === 4) v = dv.getFloat32(0, little);
  else v = dv.getFloat64(0, little);
  return mkfloat(v);
}

/**
 * The parameters of a compiled function for `inspect.signature`: None when it has no `$sig`
 * (runtime builtins), else `(params, nposonly, vararg, kwonly, varkw, bound)` where vararg and
 * varkw are names or None and `bound` says the first parameter is already bound (a method read
 * from an instance).
 */
export function func_spec(f) {
  if (typeof f !== "function") return null;
  let bound = false;
  let g = f;
  if (g.$func !== undefined && g.$self !== undefined) {
    g = g.$func;
    bound = true;
  }
  const sig = g.$sig;
  if (sig === undefined) return null;
  const va = sig.varargs ? (sig.vaname ?? "args") : null;
  const kw = sig.varkw ? (sig.kwname ?? "kwargs") : null;
  return mktuple(mktuple(...sig.params), sig.nposonly ?? 0, va, mktuple(...(sig.kwonly ?? [])), kw, bound);
}

/** Whether `f` is a compiled generator function (`def` with `yield`), or an `async def` (kind 2/3). */
export function func_kind(f) {
  if (typeof f !== "function") return 0;
  if (f.$func !== undefined && f.$self !== undefined) f = f.$func;
  // A compiled generator function starts its `function*` `$g` (rt/object.mjs `fn`).
  if (typeof f.$g === "function") f = f.$g;
  const name = Object.getPrototypeOf(f)?.constructor?.name;
  if (name === "GeneratorFunction") return 1;
  if (name === "AsyncFunction" || f.$sig?.coro === true) return 2;
  if (name === "AsyncGeneratorFunction") return 3;
  return 0;
}

/** Give a class written in Python the dotted name CPython's C type shows in messages
 * (`decimal.Decimal`): see `typename` in rt/object.mjs. */
export function set_tpname(cls, name) {
  cls.$tpname = name;
  return null;
}

/** Install `atexit`'s runner, which the runtime calls once when the program ends. */
export function exit_hook(f) {
  set_exit_hook(f);
}

/** `platform`'s facts about the machine, from Node's `os`: (system, node, release, version,
 * machine, glibc version); empty strings where unknown (a browser). */
export function uname() {
  const proc = globalThis.process;
  const os = proc?.getBuiltinModule?.("node:os");
  if (os == null) return mktuple("", "", "", "", "", "");
  let glibc = "";
  try {
    glibc = proc.report?.getReport?.().header?.glibcVersionRuntime ?? "";
  } catch {
    glibc = "";
  }
  const machine = typeof os.machine === "function" ? os.machine() : os.arch();
  return mktuple(os.type(), os.hostname(), os.release(), typeof os.version === "function" ? os.version() : "", machine, glibc);
}
