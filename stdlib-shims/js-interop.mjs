// Python <-> JavaScript values, for JavaScript code that imports a module compiled with
// `pyjs compile FILE.py --lib` (the npm-package use). Generated code never imports this file:
// the compiler ships it with `--lib` only, at `OUTDIR/pyjs/js-interop.mjs` (a name no Python import can reach).
//
//   import * as stats from "./dist/stats.mjs";
//   import { api } from "./dist/pyjs/js-interop.mjs";
//   const { mean, histogram } = api(stats);   // JS values in, JS values out, JS Errors
//   mean([1, 2, 3.5]);                        // 2.1666666666666665
//
// What a Python value becomes (`toJS`): None -> null; bool, str -> themselves; int -> number
// (a BigInt past 2**53); float -> number (2.0 -> 2); list and tuple -> Array; dict -> a plain
// object when every key is a str (a Map otherwise); set/frozenset -> Set; a NumPy array -> a
// typed array of its elements in C order (Float64Array for float64 and int64, Uint8Array for
// bool), sharing memory with the array when it is contiguous; a NumPy scalar -> number or
// boolean; a function or class -> a wrapped JS function (`wrap`); other objects stay Python
// objects. `toPy` goes the other way: null/undefined -> None, a JS number -> int when integral
// (`pyFloat(x)` makes a float), a BigInt -> int, Array -> list, a plain object or Map -> dict,
// Set -> set, a typed array -> a NumPy array (a Float64Array is used without copying; needs a
// program that imports numpy).
//
// A Python exception that reaches JS code through `wrap`/`api` is a JS `Error` whose `name` is
// the exception's class name and `message` its str; `error.python` is the exception object and
// `error.pythonTraceback` CPython's traceback text.

import {
  PyFloat, mkfloat, normInt, Dict, PySet, mkdict, mkset, cm_items, iter, typename, js_error, flushOut, npv, TMP,
  TypeError, set_tb_format,
} from "./builtins.mjs";
import { format_exception } from "./_tb.mjs";

// `error.pythonTraceback` of exceptions thrown to JavaScript (rt/core.mjs `js_error`). A `--lib`
// entry module imports this file before its body runs, so that covers errors at import too.
set_tb_format(format_exception);

/** A Python float of the JS number `x` (`toPy(2)` is the int 2; `pyFloat(2)` is 2.0). */
export function pyFloat(x) {
  return mkfloat(+x);
}

function isNdarray(v) {
  return v.$dt !== undefined && v.$shape !== undefined && ArrayBuffer.isView(v.$data);
}

/** The elements of a NumPy array in C order: a view of its data when contiguous, else a copy. */
function ndToTyped(a) {
  const n = a.$size, sh = a.$shape, st = a.$strides;
  let contiguous = true;
  for (let i = sh.length - 1, expect = 1; i >= 0; i--) {
    if (sh[i] !== 1 && st[i] !== expect) contiguous = false;
    expect *= sh[i];
  }
  if (contiguous) return a.$data.subarray(a.$off, a.$off + n);
  const out = new a.$data.constructor(n);
  const idx = new Array(sh.length).fill(0);
  for (let k = 0; k < n; k++) {
    let p = a.$off;
    for (let i = 0; i < sh.length; i++) p += idx[i] * st[i];
    out[k] = a.$data[p];
    for (let i = sh.length - 1; i >= 0; i--) {
      if (++idx[i] < sh[i]) break;
      idx[i] = 0;
    }
  }
  return out;
}

/** The JavaScript value of a Python value (see the top of this file). */
export function toJS(v) {
  switch (typeof v) {
    case "undefined":
      return null;
    case "number":
    case "string":
    case "boolean":
    case "bigint":
      return v;
    case "function":
      return wrap(v);
  }
  if (v === null) return null;
  if (v instanceof PyFloat) return v.v;
  if (Array.isArray(v)) {
    // Lists and tuples (a Tuple's own `map` would make a Tuple).
    const out = new Array(v.length);
    for (let i = 0; i < v.length; i++) out[i] = toJS(v[i]);
    return out;
  }
  if (v instanceof Dict) {
    const items = Array.from(iter(cm_items(v)));
    if (items.every((kv) => typeof kv[0] === "string" && kv[0] !== "__proto__")) {
      const o = {};
      for (const kv of items) o[kv[0]] = toJS(kv[1]);
      return o;
    }
    return new Map(items.map((kv) => [toJS(kv[0]), toJS(kv[1])]));
  }
  if (v instanceof PySet) return new Set(Array.from(iter(v), toJS));
  if (isNdarray(v)) return v.$shape.length === 0 ? toJS(v.$dt === 0 ? v.$data[v.$off] !== 0 : v.$data[v.$off]) : ndToTyped(v);
  const f = npv(v);
  if (f !== undefined) return f;
  // Other NumPy scalars (int64, bool_) hold their number in `v`.
  if (TMP.isNpScalar !== undefined && TMP.isNpScalar(v)) return typename(v) === "bool" ? v.v !== 0 : v.v;
  return v;
}

/** A JS typed array as a 1-D NumPy array: a Float64Array is used as the float64 data itself;
 * other element types are copied (integer types to int64, Float32Array to float64). */
function typedToPy(x) {
  if (TMP.fromFlat === undefined) throw TypeError("a typed array needs a program that imports numpy");
  const n = x.length;
  if (x instanceof Float64Array) return TMP.fromFlat(2, [n], x);
  if (x instanceof Float32Array) return TMP.fromFlat(2, [n], Float64Array.from(x));
  const data = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const e = x[i];
    // int64 data is stored as doubles: a BigInt a double cannot hold exactly is an error.
    if (typeof e === "bigint" && BigInt(Number(e)) !== e) throw TypeError(`int64 value ${e} cannot be represented exactly by pyjs`);
    data[i] = Number(e);
  }
  return TMP.fromFlat(1, [n], data);
}

/** The Python value of a JavaScript value (see the top of this file). */
export function toPy(v) {
  switch (typeof v) {
    case "undefined":
      return null;
    case "number":
    case "string":
    case "boolean":
      return v;
    case "bigint":
      return normInt(v);
  }
  if (v === null) return null;
  if (ArrayBuffer.isView(v) && !(v instanceof DataView)) return typedToPy(v);
  const p = Object.getPrototypeOf(v);
  if (p === Array.prototype) return v.map((x) => toPy(x));
  if (v instanceof Map) {
    const flat = [];
    for (const [k, x] of v) flat.push(toPy(k), toPy(x));
    return mkdict(flat);
  }
  if (v instanceof Set) return mkset(Array.from(v, toPy));
  if (p === Object.prototype || p === null) {
    const flat = [];
    for (const k of Object.keys(v)) flat.push(k, toPy(v[k]));
    return mkdict(flat);
  }
  return v;
}

/** A JS `Error` for a Python exception (or any error thrown by compiled code). */
export const jsError = js_error;

const WRAPPED = new WeakMap();

/** A JS function calling the Python callable `fn`: arguments through `toPy`, the result
 * through `toJS`, Python exceptions thrown as `jsError`s, printed output flushed. */
export function wrap(fn) {
  let w = WRAPPED.get(fn);
  if (w === undefined) {
    w = function (...args) {
      try {
        return toJS(fn(...args.map(toPy)));
      } catch (e) {
        throw jsError(e);
      } finally {
        flushOut();
      }
    };
    Object.defineProperty(w, "name", { value: typeof fn.__name__ === "string" ? fn.__name__ : fn.name });
    WRAPPED.set(fn, w);
  }
  return w;
}

/** The JS view of a compiled module's namespace: its functions and classes wrapped, its other
 * variables read through `toJS` when accessed. Imported modules (`np`) are left out. */
export function api(ns) {
  const out = {};
  for (const k of Object.keys(ns)) {
    if (k.startsWith("$") || k === "__doc__" || k === "__file__") continue;
    const v = ns[k];
    if (typeof v === "function") out[k] = wrap(v);
    else if (v !== null && typeof v === "object" && Object.prototype.toString.call(v) === "[object Module]") continue;
    else Object.defineProperty(out, k, { get: () => toJS(ns[k]), enumerable: true });
  }
  return out;
}

