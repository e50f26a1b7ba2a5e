// repr/str dispatch, truthiness, iteration, the builtin functions, output, and the driver that
// runs a program and prints CPython-style tracebacks.
//
// Nothing from the other rt/ files is used while this module is evaluated (see CONTRACT.md:
// they import each other in cycles).

import * as num from "./num.mjs";
import * as strs from "./str.mjs";
import * as ctr from "./containers.mjs";
import {
  KwArgs, cm, classOf, typename, tpname, isinstance, addr, exc, int, float, bool, str,
  TypeError, ValueError, IndexError, OverflowError, StopIteration, StopAsyncIteration, EOFError,
  SystemExit, OSError, NotImplementedError, funcstr, AttributeError, NameError, dir_,
} from "./object.mjs";

const isNode = globalThis.process?.versions?.node !== undefined;
const fs = isNode ? (globalThis.process.getBuiltinModule?.("node:fs") ?? (await import("node:fs"))) : null;

// ---------------------------------------------------------------------------------------------
// repr / str / format

/** Whether `x` is a Python instance (of a user class or a subclass of a builtin). */
function isInstance(x) {
  return typeof x === "object" ? x !== null && x.$isclass === true : typeof x === "function" && x.$isclass === false;
}

/** `repr(x)`. */
export function repr(x) {
  switch (typeof x) {
    case "string":
      return strs.str_repr(x);
    case "number":
      return Number.isInteger(x) ? String(x) : num.float_repr(x);
    case "boolean":
      return x ? "True" : "False";
    case "bigint":
      return num.int_repr(x);
    case "undefined":
      return "None";
    case "function":
      return x.$isclass === false ? checkStr(cm(x, "__repr__"), "__repr__") : functionRepr(x);
  }
  if (x === null) return "None";
  if (x.$isclass === true) return userRepr(x);
  const p = Object.getPrototypeOf(x);
  if (p === Array.prototype) return ctr.repr_list(x);
  if (x instanceof ctr.Tuple) return ctr.repr_tuple(x);
  if (x instanceof ctr.Dict) return ctr.repr_dict(x);
  if (x instanceof ctr.PySet) return ctr.repr_set(x);
  if (x instanceof num.PyFloat) return num.float_repr(x);
  if (x instanceof ctr.PySlice) return `slice(${repr(x.start)}, ${repr(x.stop)}, ${repr(x.step)})`;
  if (typeof x.__repr__ === "function") return x.__repr__();
  const C = classOf(x);
  switch (C.__name__) {
    case "module":
      return `<module '${x.__name__ ?? "?"}'>`;
    case "generator":
      return `<generator object ${p.$qual ?? "?"} at ${addr(x)}>`;
    default:
      return `<${C.__name__} object at ${addr(x)}>`;
  }
}

function functionRepr(f) {
  if (f.$isclass === true) {
    const m = userMetaDunder(f, "__repr__");
    if (m !== undefined) return checkStr(callMeta(f, m), "__repr__");
    const mod = f.__module__;
    return `<class '${mod === "builtins" ? "" : mod + "."}${f.__qualname__}'>`;
  }
  if (f.$self !== undefined) {
    const g = f.$func;
    const qual = g.$sig ? g.$sig.qual || g.$sig.name : `${typename(f.$self)}.${g.$name ?? g.name}`;
    return `<bound method ${qual} of ${repr(f.$self)}>`;
  }
  if (f.$sig !== undefined) return `<function ${f.$sig.qual || f.$sig.name} at ${addr(f)}>`;
  if (f.$repr !== undefined) return f.$repr;
  return `<built-in function ${f.$name ?? f.name}>`;
}

/** A Python instance's `__repr__`; a JS stack overflow inside it becomes CPython's RecursionError
 * "maximum recursion depth exceeded while getting the repr of an object" (convertJsError). */
function userRepr(x) {
  try {
    return checkStr(cm(x, "__repr__"), "__repr__");
  } catch (e) {
    if (e instanceof RangeError && e.$where === undefined) e.$where = " while getting the repr of an object";
    throw e;
  }
}

function checkStr(s, what) {
  if (typeof s !== "string") throw TypeError(`${what} returned non-string (type ${typename(s)})`);
  return s;
}

/** `str(x)` (the conversion behind the `str` class). */
export function to_str(x) {
  if (typeof x === "string") return x;
  return isInstance(x) ? checkStr(cm(x, "__str__"), "__str__") : repr(x);
}

/** `ascii(x)`: repr with non-ASCII characters escaped. */
export function ascii(x) {
  let out = "";
  for (const ch of repr(x)) {
    const c = ch.codePointAt(0);
    if (c < 0x80) out += ch;
    else if (c < 0x100) out += "\\x" + c.toString(16).padStart(2, "0");
    else if (c < 0x10000) out += "\\u" + c.toString(16).padStart(4, "0");
    else out += "\\U" + c.toString(16).padStart(8, "0");
  }
  return out;
}

/** `format(x, spec)`. */
export function format(x, spec = "") {
  if (typeof spec !== "string") throw TypeError(`format() argument 2 must be str, not ${typename(spec)}`);
  if (isInstance(x)) return checkFormat(cm(x, "__format__", spec));
  if (spec === "") return to_str(x);
  const C = classOf(x);
  if (C === int || C === float || C === str || C === bool) return strs.format_spec(x, spec);
  throw TypeError(`unsupported format string passed to ${C.__name__}.__format__`);
}

function checkFormat(s) {
  if (typeof s !== "string") throw TypeError(`__format__ must return a str, not ${typename(s)}`);
  return s;
}

/** An f-string field `{x!conv:spec}`. */
/** An f-string field without conversion or spec: `format(x, "")`. */
export function fstr(x) {
  if (typeof x === "string") return x;
  if (typeof x === "number" && Number.isInteger(x)) return String(x);
  return format(x, "");
}

/**
 * The value of an f-string of three parts or more. V8 builds `a + b + c + ...` as a tree of
 * ConsStrings; reading a code unit flattens it into one string, so the pieces die young rather
 * than living (and being copied by the GC) as long as the result, and later reads are direct.
 */
export function fstr_flat(s) {
  s.charCodeAt(0);
  return s;
}

export function fstr_format(x, spec, conv) {
  if (conv != null) x = conv === "r" ? repr(x) : conv === "s" ? to_str(x) : ascii(x);
  if (spec == null || spec === "") {
    if (typeof x === "string") return x;
    if (typeof x === "number" && Number.isInteger(x)) return String(x);
    return format(x, "");
  }
  return format(x, spec);
}

// ---------------------------------------------------------------------------------------------
// Truth

/** Python truthiness. */
export function truthy(x) {
  switch (typeof x) {
    case "boolean":
      return x;
    case "number":
      return x !== 0;
    case "string":
      return x.length !== 0;
    case "undefined":
      return false;
    case "bigint":
      return x !== 0n;
    case "function":
      return x.$isclass === false ? truthyInstance(x) : true;
  }
  if (x === null) return false;
  if (x.$isclass === true) return truthyInstance(x);
  if (Array.isArray(x)) return x.length !== 0;
  if (x instanceof num.PyFloat) return x.v !== 0;
  if (x instanceof ctr.Dict || x instanceof ctr.PySet) return x.size !== 0;
  if (typeof x.__len__ === "function") return x.__len__() !== 0;
  return true;
}

function truthyInstance(x) {
  if (x.__bool__ !== undefined) {
    const r = cm(x, "__bool__");
    if (typeof r !== "boolean") throw TypeError(`__bool__ should return bool, returned ${typename(r)}`);
    return r;
  }
  if (x.__len__ !== undefined) return len(x) !== 0;
  return true;
}

// ---------------------------------------------------------------------------------------------
// Iteration

/** Adapts a Python iterator object (`__next__`) to the JS iterator protocol. */
class PyIter {
  constructor(it) {
    this.it = it;
  }
  next() {
    try {
      return { value: cm(this.it, "__next__"), done: false };
    } catch (e) {
      if (e?.$exc === true && isinstance(e, StopIteration)) return { value: e.value, done: true };
      throw e;
    }
  }
  [Symbol.iterator]() {
    return this;
  }
}

function isJsIterator(x) {
  return typeof x.next === "function" && x.$isclass === undefined;
}

/** A JS iterator for what `__iter__` returned. */
function asIterator(it) {
  if (it !== null && typeof it === "object") {
    if (it.$isclass === true) {
      if (it.__next__ !== undefined) return new PyIter(it);
    } else if (isJsIterator(it)) {
      return it;
    }
  }
  throw TypeError(`iter() returned non-iterator of type '${typename(it)}'`);
}

/** Iterate a Python instance: `__iter__`, or the `__getitem__` sequence protocol. */
function instanceIter(x) {
  if (x.__iter__ !== undefined) return asIterator(cm(x, "__iter__"));
  if (x.__getitem__ !== undefined) return seqIter(x);
  throw TypeError(`'${tpname(x)}' object is not iterable`);
}

function* seqIter(x) {
  for (let i = 0; ; i++) {
    let v;
    try {
      v = cm(x, "__getitem__", i);
    } catch (e) {
      if (e?.$exc === true && (isinstance(e, StopIteration) || isinstance(e, IndexError))) return;
      throw e;
    }
    yield v;
  }
}

/**
 * Special method `name` of class object C's metaclass, when it has one other than `type`
 * (`list(Color)` runs `EnumType.__iter__`); undefined otherwise.
 */
function metaDunder(C, name) {
  const M = C.$meta;
  if (M === undefined || M === null) return undefined;
  const f = M[name];
  return typeof f === "function" ? f : undefined;
}

/** Like metaDunder, but only a method defined below `type` in the metaclass's MRO. */
function userMetaDunder(C, name) {
  const M = C.$meta;
  if (M === undefined || M === null) return undefined;
  for (const K of M.$mro) {
    if (K.$isclass === true && K.__name__ === "type" && K.__module__ === "builtins") return undefined;
    if (Object.hasOwn(K, name)) return typeof K[name] === "function" ? K[name] : undefined;
  }
  return undefined;
}

/** Call metaclass method `f` on class object C. */
function callMeta(C, f, ...args) {
  return f.$rt === true || f.$sig?.method === true ? f.apply(C, args) : f(C, ...args);
}

/** `iter(x)` / `iter(callable, sentinel)`: a JS iterator that is also iterable. */
const NON_ASCII = /[^\x00-\x7f]/;
const ARRAY_ITER_PROTO = Object.getPrototypeOf([][Symbol.iterator]());

export function iter(x, sentinel) {
  if (sentinel !== undefined) return callIter(x, sentinel);
  if (typeof x === "string") {
    const it = x[Symbol.iterator]();
    // CPython 3.11 iterates an all-ASCII str with a str_ascii_iterator.
    if (!NON_ASCII.test(x)) it.$typename = "str_ascii_iterator";
    return it;
  }
  if (x !== null && typeof x === "object") {
    if (x.$isclass === true) return instanceIter(x);
    if (isJsIterator(x)) {
      x.$started = true;
      return x;
    }
    const f = x[Symbol.iterator];
    if (f !== undefined) {
      const it = f.call(x);
      if (x instanceof ctr.Tuple && Object.getPrototypeOf(it) === ARRAY_ITER_PROTO) it.$typename = "tuple_iterator";
      return it;
    }
  } else if (typeof x === "function") {
    if (x.$isclass === false) return instanceIter(x);
    if (x.$isclass === true) {
      const f = metaDunder(x, "__iter__");
      if (f !== undefined) return asIterator(callMeta(x, f));
    }
  }
  throw TypeError(`'${tpname(x)}' object is not iterable`);
}

function callIter(f, sentinel) {
  if (typeof f !== "function") throw TypeError("iter(v, w): v must be callable");
  return callIterGen(f, sentinel);
}

function* callIterGen(f, sentinel) {
  for (;;) {
    const v = f();
    if (num.eq(v, sentinel)) return;
    yield v;
  }
}

/**
 * The code points of a str, for `for` loops: cheaper per step than the engine's string
 * iterator (a lone surrogate is yielded alone, as there).
 */
class StrIter {
  constructor(s) {
    this.s = s;
    this.i = 0;
    // One result object for every step: `for...of` reads it before asking for the next one.
    this.r = { value: undefined, done: false };
  }

  next() {
    const s = this.s, i = this.i, r = this.r;
    if (i >= s.length) {
      r.value = undefined;
      r.done = true;
      return r;
    }
    const c = s.charCodeAt(i);
    if ((c & 0xfc00) === 0xd800 && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      this.i = i + 2;
      r.value = s.slice(i, i + 2);
      return r;
    }
    this.i = i + 1;
    r.value = s[i];
    return r;
  }

  [Symbol.iterator]() {
    return this;
  }
}

/** What a `for` loop iterates: lists and strings directly, generators kept resumable. */
export function forin(x) {
  if (typeof x === "string") return x.length < 16 ? x : new StrIter(x);
  if (x !== null && typeof x === "object") {
    if (Object.getPrototypeOf(x) === Array.prototype || x instanceof ctr.Tuple && x.$isclass === undefined) return x;
    if (x[Symbol.toStringTag] === "Generator") {
      // Hide the generator's `return` (an own property shadowing the prototype's), so that a
      // JS `for...of` leaving early (break, return, an exception) leaves it suspended, as a
      // Python `for` does; Python's close() throws GeneratorExit instead. Cheaper than a
      // wrapper: the loop calls the generator's own `next`.
      if (x.return !== undefined) x.return = undefined;
      return x;
    }
  }
  return iter(x);
}

/** What an `async for` loop iterates. */
export function aforin(x) {
  if (x !== null && typeof x === "object" && x.$isclass !== true && typeof x[Symbol.asyncIterator] === "function") {
    const it = x[Symbol.asyncIterator]();
    return { next: (v) => it.next(v), [Symbol.asyncIterator]() { return this; } };
  }
  return aiter(x);
}

/** The iterable of `yield from x`: generators themselves (so `send`/`throw` pass through). */
export function yield_from_iter(x) {
  if (x !== null && typeof x === "object" && x[Symbol.toStringTag] === "Generator") return x;
  return iter(x);
}

/** `next(it[, default])`. */
export function next(it, dflt) {
  if (it !== null && typeof it === "object") {
    if (it.$isclass === true) {
      if (it.__next__ === undefined) throw TypeError(`'${typename(it)}' object is not an iterator`);
      if (dflt === undefined) return cm(it, "__next__");
      try {
        return cm(it, "__next__");
      } catch (e) {
        if (e?.$exc === true && isinstance(e, StopIteration)) return dflt;
        throw e;
      }
    }
    if (typeof it.next === "function") {
      it.$started = true;
      const r = it.next();
      if (!r.done) return r.value;
      if (dflt !== undefined) return dflt;
      throw r.value == null ? StopIteration() : StopIteration(r.value);
    }
  }
  throw TypeError(`'${typename(it)}' object is not an iterator`);
}

/** `aiter(x)`: an async iterator. */
export function aiter(x) {
  if (x !== null && typeof x === "object" && x.$isclass !== true && typeof x[Symbol.asyncIterator] === "function") {
    return x[Symbol.asyncIterator]();
  }
  if (x === null || x.__aiter__ === undefined) throw TypeError(`'${typename(x)}' object is not an async iterable`);
  const it = cm(x, "__aiter__");
  return {
    async next() {
      try {
        return { value: await cm(it, "__anext__"), done: false };
      } catch (e) {
        const pe = exc(e);
        if (isinstance(pe, StopAsyncIteration)) return { value: undefined, done: true };
        throw pe;
      }
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}

/** `anext(it[, default])`: an awaitable. */
export async function anext(it, dflt) {
  if (it !== null && typeof it === "object" && it.$isclass === true) return cm(it, "__anext__");
  const r = await it.next();
  if (!r.done) return r.value;
  if (dflt !== undefined) return dflt;
  throw StopAsyncIteration();
}

/** Any iterable to a fresh JS array. */
export function arr(x) {
  if (x !== null && typeof x === "object") {
    const p = Object.getPrototypeOf(x);
    if (p === Array.prototype) return x.slice();
    if (p === ctr.Tuple.prototype) {
      // An exact tuple (its `slice` would make a Tuple; iterating it is slower).
      const n = x.length, a = new Array(n);
      for (let i = 0; i < n; i++) a[i] = x[i];
      return a;
    }
  }
  return Array.from(iter(x));
}

/** `f(*x)`: `arr(x)`, with CPython's message naming `f` when `x` is not iterable. */
export function argstar(x, f) {
  if (x !== null && typeof x === "object" && Object.getPrototypeOf(x) === Array.prototype) return x.slice();
  let it;
  try {
    it = iter(x);
  } catch (e) {
    if (e?.args?.[0]?.endsWith?.("is not iterable")) throw TypeError(`${funcstr(f)} argument after * must be an iterable, not ${typename(x)}`);
    throw e;
  }
  return Array.from(it);
}

/** `a, b = x`: exactly `n` items. */
export function unpack(x, n) {
  // Small, so that V8 inlines it into loops: the exact list/tuple of the right length.
  if (x !== null && typeof x === "object") {
    const p = Object.getPrototypeOf(x);
    if ((p === ctr.Tuple.prototype || p === Array.prototype) && x.length === n) return x;
  }
  return unpackSlow(x, n);
}

function unpackSlow(x, n) {
  let p;
  if (x !== null && typeof x === "object" && ((p = Object.getPrototypeOf(x)) === Array.prototype || p === ctr.Tuple.prototype)) {
    if (x.length === n) return x;
    throw unpackError(x.length, n);
  }
  let it;
  try {
    it = iter(x);
  } catch (e) {
    if (e?.$exc === true && isinstance(e, TypeError)) throw TypeError(`cannot unpack non-iterable ${typename(x)} object`);
    throw e;
  }
  const out = [];
  for (;;) {
    const r = it.next();
    if (r.done) break;
    if (out.length === n) throw ValueError(`too many values to unpack (expected ${n})`);
    out.push(r.value);
  }
  if (out.length !== n) throw unpackError(out.length, n);
  return out;
}

function unpackError(got, n) {
  if (got > n) return ValueError(`too many values to unpack (expected ${n})`);
  return ValueError(`not enough values to unpack (expected ${n}, got ${got})`);
}

/** `a, *b, c = x`: `before` items, the starred list, `after` items. */
export function unpack_star(x, before, after) {
  let items;
  try {
    items = arr(x);
  } catch (e) {
    if (e?.$exc === true && isinstance(e, TypeError) && !(x !== null && typeof x === "object" && x.$isclass === true)) {
      throw TypeError(`cannot unpack non-iterable ${typename(x)} object`);
    }
    throw e;
  }
  const n = items.length;
  if (n < before + after) throw ValueError(`not enough values to unpack (expected at least ${before + after}, got ${n})`);
  const out = items.slice(0, before);
  out.push(items.slice(before, n - after));
  for (let i = n - after; i < n; i++) out.push(items[i]);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Builtin functions

/** Split a trailing KwArgs off `args` (mutating it): the keyword Map or null. */
function takeKw(args) {
  const n = args.length;
  return n > 0 && args[n - 1] instanceof KwArgs ? args.pop().map : null;
}

/** Check that only the `allowed` keywords were given. */
function checkKw(kw, fname, allowed) {
  if (kw === null) return;
  for (const k of kw.keys()) {
    if (!allowed.includes(k)) throw TypeError(`'${k}' is an invalid keyword argument for ${fname}()`);
  }
}

let lastStr = "";
let lastStrLen = 0;

/** Number of code points of a string (the last answer is cached for loops over one string). */
function strLen(s) {
  if (s === lastStr) return lastStrLen;
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00) n--;
  }
  lastStr = s;
  lastStrLen = n;
  return n;
}

/** `len(x)`: small, so that V8 inlines it (an exact list or a str), `lenSlow` otherwise. */
export function len(x) {
  if (typeof x === "string") return strLen(x);
  if (x != null && x.constructor === Array) return x.length;
  return lenSlow(x, arguments.length);
}

function lenSlow(x, nargs) {
  if (x !== null && typeof x === "object") {
    if (x.$isclass !== true) {
      if (Array.isArray(x)) return x.length;
      if (x instanceof ctr.Dict || x instanceof ctr.PySet) return x.size;
      if (typeof x.__len__ === "function") return x.__len__();
    } else if (x.__len__ !== undefined) {
      return checkLen(cm(x, "__len__"));
    }
  } else if (typeof x === "function") {
    if (x.$isclass === false && x.__len__ !== undefined) return checkLen(cm(x, "__len__"));
    if (x.$isclass === true) {
      const f = metaDunder(x, "__len__");
      if (f !== undefined) return checkLen(callMeta(x, f));
    }
  }
  if (nargs !== 1) throw TypeError(`len() takes exactly one argument (${nargs} given)`);
  throw TypeError(`object of type '${tpname(x)}' has no len()`);
}

function checkLen(n) {
  if (typeof n === "boolean") return +n;
  if (typeof n !== "number" || !Number.isInteger(n)) {
    if (typeof n === "bigint") throw OverflowError("cannot fit 'int' into an index-sized integer");
    throw TypeError(`'${typename(n)}' object cannot be interpreted as an integer`);
  }
  if (n < 0) throw ValueError("__len__() should return >= 0");
  return n;
}

/** `print(*args, sep=' ', end='\n', file=None, flush=False)`. */
/** Where `print()` without `file=` writes: null for stdout, else a file (`redirect_stdout`). */
let printTarget = null;

/** Set the target of `print()` without `file=` (contextlib.redirect_stdout); returns the old one. */
export function set_print_target(f) {
  const old = printTarget;
  printTarget = f;
  return old;
}

export function print(...args) {
  const kw = takeKw(args);
  let sep = " ";
  let end = "\n";
  let file = printTarget;
  if (kw !== null) {
    checkKw(kw, "print", ["sep", "end", "file", "flush"]);
    sep = kw.get("sep") ?? " ";
    end = kw.get("end") ?? "\n";
    file = kw.get("file") ?? printTarget;
    if (typeof sep !== "string") throw TypeError(`sep must be None or a string, not ${typename(sep)}`);
    if (typeof end !== "string") throw TypeError(`end must be None or a string, not ${typename(end)}`);
  }
  if (file === null || file === stdout) {
    let s = "";
    for (let i = 0; i < args.length; i++) {
      if (i > 0) s += sep;
      const a = args[i];
      s += typeof a === "string" ? a : to_str(a);
    }
    writeOut(s + end);
  } else {
    // Other files get one write per item and separator, as in CPython.
    for (let i = 0; i < args.length; i++) {
      if (i > 0) cm(file, "write", sep);
      const a = args[i];
      cm(file, "write", typeof a === "string" ? a : to_str(a));
    }
    cm(file, "write", end);
  }
  if (kw !== null && truthy(kw.get("flush") ?? false)) {
    if (file === null || file === stdout) flushOut();
    else cm(file, "flush");
  }
  return null;
}

/** `enumerate(iterable, start=0)`. */
export function enumerate(iterable, ...rest) {
  const kw = takeKw(rest);
  checkKw(kw, "enumerate", ["start", "iterable"]);
  return enumerateGen(iter(kw?.get("iterable") ?? iterable), kw?.get("start") ?? rest[0] ?? 0);
}

function* enumerateGen(it, i) {
  for (const v of it) {
    yield ctr.mktuple(i, v);
    i = typeof i === "number" && i < Number.MAX_SAFE_INTEGER ? i + 1 : num.add(i, 1);
  }
}

/** `zip(*iterables, strict=False)`. */
export function zip(...args) {
  const kw = takeKw(args);
  checkKw(kw, "zip", ["strict"]);
  return zipGen(args.map((a) => iter(a)), kw !== null && truthy(kw.get("strict") ?? false));
}

function* zipGen(its, strict) {
  if (its.length === 0) return;
  for (;;) {
    const row = [];
    for (let i = 0; i < its.length; i++) {
      const r = its[i].next();
      if (r.done) {
        if (strict) zipStrictCheck(its, i);
        return;
      }
      row.push(r.value);
    }
    yield ctr.tuple_of(row);
  }
}

/** Iterator `i` of a strict zip ended: the others must end at the same time. */
function zipStrictCheck(its, i) {
  const range_ = (n) => (n === 1 ? "argument 1" : `arguments 1-${n}`);
  if (i > 0) throw ValueError(`zip() argument ${i + 1} is shorter than ${range_(i)}`);
  for (let j = 1; j < its.length; j++) {
    if (!its[j].next().done) throw ValueError(`zip() argument ${j + 1} is longer than ${range_(j)}`);
  }
}

/** `map(f, *iterables)`. */
export function map(f, ...iterables) {
  if (iterables.length === 0) throw TypeError("map() must have at least two arguments.");
  return mapGen(f, iterables.map((a) => iter(a)));
}

function callableCheck(f) {
  if (typeof f !== "function") throw TypeError(`'${tpname(f)}' object is not callable`);
}

function* mapGen(f, its) {
  callableCheck(f);
  if (its.length === 1) {
    for (const v of its[0]) yield f(v);
    return;
  }
  for (;;) {
    const row = [];
    for (const it of its) {
      const r = it.next();
      if (r.done) return;
      row.push(r.value);
    }
    yield f(...row);
  }
}

/** `filter(f, iterable)`; `f` None keeps truthy items. */
export function filter(f, iterable) {
  return filterGen(f, iter(iterable));
}

function* filterGen(f, it) {
  if (f !== null) callableCheck(f);
  for (const v of it) if (f === null ? truthy(v) : truthy(f(v))) yield v;
}

/** `sorted(iterable, key=None, reverse=False)`. */
export function sorted(iterable, ...rest) {
  const kw = takeKw(rest);
  if (rest.length > 0) throw TypeError(`sorted expected 1 argument, got ${rest.length + 1}`);
  checkKw(kw, "sort", ["key", "reverse"]);
  const a = arr(iterable);
  ctr.list_sort(a, kw?.get("key") ?? null, kw !== null && truthy(kw.get("reverse") ?? false));
  return a;
}

/** `reversed(seq)`. */
export function reversed(x) {
  if (x !== null && typeof x === "object") {
    if (x.$isclass === true) {
      if (x.__reversed__ !== undefined) return iter(cm(x, "__reversed__"));
      if (x.__len__ !== undefined && x.__getitem__ !== undefined) return reversedSeq(x);
    } else if (Array.isArray(x)) {
      return Object.getPrototypeOf(x) === Array.prototype ? reversedList(x) : reversedArray(x);
    } else if (x instanceof ctr.Dict) {
      return reversedDict(Array.from(x));
    } else if (typeof x.__reversed__ === "function") {
      return x.__reversed__();
    }
  } else if (typeof x === "string") {
    return reversedArray(Array.from(x));
  } else if (typeof x === "function" && x.$isclass === true) {
    const f = metaDunder(x, "__reversed__");
    if (f !== undefined) return iter(callMeta(x, f));
  } else if (typeof x === "function" && x.$plain === true) {
    // An instance with `__call__` (a JS function).
    if (typeof x.__reversed__ === "function") return x.__reversed__();
    if (x.__len__ !== undefined && x.__getitem__ !== undefined) return reversedSeq(x);
  }
  throw TypeError(`'${typename(x)}' object is not reversible`);
}

function* reversedArray(a) {
  for (let i = a.length - 1; i >= 0; i--) yield a[i];
}

function* reversedList(a) {
  for (let i = a.length - 1; i >= 0; i--) {
    if (i >= a.length) return;
    yield a[i];
  }
}

function* reversedDict(a) {
  for (let i = a.length - 1; i >= 0; i--) yield a[i];
}

function* reversedSeq(x) {
  for (let i = len(x) - 1; i >= 0; i--) yield cm(x, "__getitem__", i);
}

// Python type names of the iterators these generator functions make (see classOf).
enumerateGen.prototype.$pytype = "enumerate";
zipGen.prototype.$pytype = "zip";
mapGen.prototype.$pytype = "map";
filterGen.prototype.$pytype = "filter";
reversedArray.prototype.$pytype = "reversed";
reversedList.prototype.$pytype = "list_reverseiterator";
reversedDict.prototype.$pytype = "dict_reversekeyiterator";
reversedSeq.prototype.$pytype = "reversed";
callIterGen.prototype.$pytype = "callable_iterator";

/** `sum(iterable, start=0)`. */
export function sum(iterable, ...rest) {
  const kw = takeKw(rest);
  checkKw(kw, "sum", ["start"]);
  let acc = kw?.get("start") ?? rest[0] ?? 0;
  if (typeof acc === "string") throw TypeError("sum() can't sum strings [use ''.join(seq) instead]");
  for (const v of forin(iterable)) acc = sum_add(acc, v);
  return acc;
}

/** One step of `sum`: `acc + v` (compiled `sum(<genexpr>)` loops call it directly). */
export function sum_add(acc, v) {
  if (typeof acc === "number" && typeof v === "number" && Number.isInteger(acc) && Number.isInteger(v)) {
    const s = acc + v;
    return Number.isSafeInteger(s) ? s : num.add(acc, v);
  }
  return num.add(acc, v);
}

/** min and max: `better(a, b)` says whether `a` replaces the best so far `b`. */
/** A JS number or BigInt: ints and unboxed floats, which JS compares exactly as Python does. */
function isNumOrBig(x) {
  const t = typeof x;
  return t === "number" || t === "bigint";
}

function extreme(fname, better, args) {
  const kw = takeKw(args);
  checkKw(kw, fname, ["key", "default"]);
  const key = kw?.get("key") ?? null;
  let items;
  if (args.length === 1) {
    items = forin(args[0]);
  } else if (args.length === 0) {
    throw TypeError(`${fname} expected at least 1 argument, got 0`);
  } else {
    if (kw !== null && kw.has("default")) {
      throw TypeError(`Cannot specify a default for ${fname}() with multiple positional arguments`);
    }
    items = args;
  }
  let best;
  let bestKey;
  let first = true;
  for (const v of items) {
    const k = key === null ? v : key(v);
    if (first || better(k, bestKey)) {
      best = v;
      bestKey = k;
      first = false;
    }
  }
  if (first) {
    if (kw !== null && kw.has("default")) return kw.get("default");
    throw ValueError(`${fname}() arg is an empty sequence`);
  }
  return best;
}

/**
 * `max(g)` of a generator expression, inlined as a loop (lower/comprehension.rs): one item.
 * `acc` is undefined before the first item (no Python value is undefined).
 */
export function max_step(acc, v) {
  return acc === undefined || (typeof v === "number" && typeof acc === "number" ? v > acc : num.gt(v, acc)) ? v : acc;
}

export function min_step(acc, v) {
  return acc === undefined || (typeof v === "number" && typeof acc === "number" ? v < acc : num.lt(v, acc)) ? v : acc;
}

/** The result of an inlined `max(g)`/`min(g)`: ValueError when there was no item. */
export function minmax_end(acc, fname) {
  if (acc === undefined) throw ValueError(`${fname}() arg is an empty sequence`);
  return acc;
}

export function max(...args) {
  return extreme("max", (a, b) => (isNumOrBig(a) && isNumOrBig(b) ? a > b : num.gt(a, b)), args);
}

export function min(...args) {
  return extreme("min", (a, b) => (isNumOrBig(a) && isNumOrBig(b) ? a < b : num.lt(a, b)), args);
}

export function any(iterable) {
  for (const v of forin(iterable)) if (truthy(v)) return true;
  return false;
}

export function all(iterable) {
  for (const v of forin(iterable)) if (!truthy(v)) return false;
  return true;
}

/** `chr(i)`. */
export function chr(i) {
  if (typeof i === "boolean") i = +i;
  if (typeof i !== "number" || !Number.isInteger(i)) {
    if (typeof i === "bigint") throw OverflowError("Python int too large to convert to C int");
    throw TypeError(`'${typename(i)}' object cannot be interpreted as an integer`);
  }
  if (i < 0 || i > 0x10ffff) throw ValueError("chr() arg not in range(0x110000)");
  return String.fromCodePoint(i);
}

/** `ord(c)`. */
export function ord(c) {
  if (typeof c === "string" && c.length === 1) return c.charCodeAt(0);
  if (typeof c !== "string") throw TypeError(`ord() expected string of length 1, but ${typename(c)} found`);
  const n = strLen(c);
  if (n !== 1) throw TypeError(`ord() expected a character, but string of length ${n} found`);
  return c.codePointAt(0);
}

export function callable(x) {
  return typeof x === "function";
}

const ids = new WeakMap();
const primitiveIds = new Map();
let nextId = 0;

/** `id(x)`: a stable fake address. */
export function id(x) {
  const weak = x !== null && (typeof x === "object" || typeof x === "function");
  const table = weak ? ids : primitiveIds;
  let n = table.get(x);
  if (n === undefined) {
    n = 139_900_000_000_000 + 48 * nextId++;
    table.set(x, n);
  }
  return n;
}

/** `hash(x)`. */
export function hash(x) {
  return ctr.hash_value(x);
}

/** `globals()` and `locals()` would need the compiler to describe the scope. */
export function globals() {
  throw NotImplementedError("globals() is not supported by pyjs");
}

export function locals() {
  throw NotImplementedError("locals() is not supported by pyjs");
}

export function exit(code) {
  throw code === undefined ? SystemExit() : SystemExit(code);
}

// ---------------------------------------------------------------------------------------------
// Output and input

/** Buffered standard output. */
let outBuf = "";
const OUT_LIMIT = 1 << 16;

/** Write all of `s` to file descriptor `fd`, waiting out a non-blocking pipe. */
function writeFd(fd, s) {
  let bytes = new TextEncoder().encode(s);
  while (bytes.length > 0) {
    try {
      const n = fs.writeSync(fd, bytes);
      bytes = bytes.subarray(n);
    } catch (e) {
      if (e.code !== "EAGAIN") throw e;
      sleep(1);
    }
  }
}

function sleep(ms) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

const consoleLine = { out: "", err: "" };

/** In a browser: console.log/console.error each complete line. */
function consoleWrite(which, s) {
  const text = consoleLine[which] + s;
  const lines = text.split("\n");
  consoleLine[which] = lines.pop();
  for (const l of lines) (which === "out" ? console.log : console.error)(l);
}

/** Write to standard output (buffered). Generated code calls it as `$print_str(line)` for a
 * `print(...)` statement whose line the compiler built (`print_str_fast` in lower/typed.rs). */
export function writeOut(s) {
  if (!isNode) return consoleWrite("out", s);
  outBuf += s;
  if (outBuf.length > OUT_LIMIT) flushOut();
}

/** Flush buffered standard output. */
export function flushOut() {
  if (!isNode) {
    if (consoleLine.out !== "") consoleWrite("out", "\n");
    return;
  }
  if (outBuf === "") return;
  const s = outBuf;
  outBuf = "";
  writeFd(1, s);
}

function writeErr(s) {
  if (!isNode) return consoleWrite("err", s);
  flushOut();
  writeFd(2, s);
}

/** A text stream object for `sys.stdout`/`sys.stderr`. */
function textStream(name, write, flush) {
  return {
    name,
    encoding: "utf-8",
    errors: "strict",
    write(s) {
      if (typeof s !== "string") throw TypeError(`write() argument must be str, not ${typename(s)}`);
      write(s);
      return strLen(s);
    },
    flush() {
      flush();
      return null;
    },
    isatty: () => false,
    fileno: () => (name === "<stdout>" ? 1 : 2),
    writable: () => true,
    readable: () => false,
  };
}

export const stdout = textStream("<stdout>", writeOut, flushOut);
export const stderr = textStream("<stderr>", writeErr, () => undefined);

/** Standard input, decoded and split into lines on demand. */
let inBuf = "";
let inEof = false;
const decoder = new TextDecoder();

/** Read more of standard input into inBuf; false at end of input. */
function fillIn() {
  if (inEof || !isNode) return false;
  const chunk = new Uint8Array(1 << 16);
  for (;;) {
    let n;
    try {
      n = fs.readSync(0, chunk, 0, chunk.length, null);
    } catch (e) {
      if (e.code === "EAGAIN") {
        sleep(1);
        continue;
      }
      if (e.code === "EOF" || e.code === "EBADF") n = 0;
      else throw e;
    }
    if (n === 0) {
      inEof = true;
      inBuf += decoder.decode();
      return false;
    }
    inBuf += decoder.decode(chunk.subarray(0, n), { stream: true });
    return true;
  }
}

/** One line of standard input with its newline ("" at end of input). */
export function stdin_readline() {
  flushOut();
  let i;
  while ((i = inBuf.indexOf("\n")) < 0 && fillIn());
  const end = i < 0 ? inBuf.length : i + 1;
  const line = inBuf.slice(0, end);
  inBuf = inBuf.slice(end);
  return line;
}

/** The rest of standard input. */
export function stdin_read() {
  flushOut();
  while (fillIn());
  const s = inBuf;
  inBuf = "";
  return s;
}

/** `input(prompt='')`. */
export function input(prompt) {
  if (prompt !== undefined) writeOut(to_str(prompt));
  const line = stdin_readline();
  if (line === "") throw EOFError("EOF when reading a line");
  return line.endsWith("\n") ? line.slice(0, -1) : line;
}

// ---------------------------------------------------------------------------------------------
// open()

const ERRNO = {
  ENOENT: [2, "No such file or directory"],
  EACCES: [13, "Permission denied"],
  EPERM: [1, "Operation not permitted"],
  EEXIST: [17, "File exists"],
  EISDIR: [21, "Is a directory"],
  ENOTDIR: [20, "Not a directory"],
};

/** A Node fs error as the OSError subclass CPython raises. */
function osError(e, path) {
  const known = ERRNO[e.code];
  if (known === undefined) return OSError(e.message);
  return OSError(known[0], known[1], path);
}

/** A text file opened by `open()`. */
class TextFile {
  constructor(path, mode, fd, text) {
    this.name = path;
    this.mode = mode;
    this.closed = false;
    this.fd = fd;
    this.text = text;
    this.pos = 0;
  }
  check() {
    if (this.closed) throw ValueError("I/O operation on closed file.");
  }
  readable() {
    return this.text !== null;
  }
  writable() {
    return this.fd !== null;
  }
  notReadable() {
    if (this.text === null) throw OSError("not readable");
  }
  read(n) {
    this.check();
    this.notReadable();
    const end = n == null || n < 0 ? this.text.length : this.pos + n;
    const s = this.text.slice(this.pos, end);
    this.pos += s.length;
    return s;
  }
  readline() {
    this.check();
    this.notReadable();
    const i = this.text.indexOf("\n", this.pos);
    const end = i < 0 ? this.text.length : i + 1;
    const s = this.text.slice(this.pos, end);
    this.pos = end;
    return s;
  }
  readlines() {
    const out = [];
    for (let l = this.readline(); l !== ""; l = this.readline()) out.push(l);
    return out;
  }
  write(s) {
    this.check();
    if (this.fd === null) throw OSError("not writable");
    if (typeof s !== "string") throw TypeError(`write() argument must be str, not ${typename(s)}`);
    writeFd(this.fd, s);
    return strLen(s);
  }
  writelines(lines) {
    for (const l of forin(lines)) this.write(l);
    return null;
  }
  flush() {
    this.check();
    return null;
  }
  close() {
    if (!this.closed && this.fd !== null) fs.closeSync(this.fd);
    this.closed = true;
    return null;
  }
  __enter__() {
    this.check();
    return this;
  }
  __exit__() {
    this.close();
    return null;
  }
  __iter__() {
    this.check();
    return this;
  }
  __next__() {
    const l = this.readline();
    if (l === "") throw StopIteration();
    return l;
  }
  next() {
    const l = this.readline();
    return l === "" ? { value: undefined, done: true } : { value: l, done: false };
  }
  [Symbol.iterator]() {
    this.check();
    return this;
  }
}

/** `open(file, mode='r', encoding=None, ...)`: text files under Node. */
export function open(path, ...rest) {
  const kw = takeKw(rest);
  const mode = kw?.get("mode") ?? rest[0] ?? "r";
  if (!isNode) throw OSError("open() is not available in the browser");
  if (path !== null && typeof path === "object" && typeof path.__fspath__ === "function") path = path.__fspath__();
  if (typeof path !== "string") throw TypeError(`expected str, bytes or os.PathLike object, not ${typename(path)}`);
  if (typeof mode !== "string" || !/^[rwax]t?\+?t?$/.test(mode)) {
    if (typeof mode === "string" && mode.includes("b")) throw ValueError("binary mode is not supported by pyjs");
    throw ValueError(`invalid mode: '${mode}'`);
  }
  const kind = mode[0];
  const plus = mode.includes("+");
  try {
    let text = null;
    let fd = null;
    if (kind === "r") {
      text = fs.readFileSync(path, "utf8").replace(/\r\n?/g, "\n");
      if (plus) fd = fs.openSync(path, "r+");
    } else {
      fd = fs.openSync(path, { w: "w", a: "a", x: "wx" }[kind]);
      if (plus) text = "";
    }
    return new TextFile(path, mode, fd, text);
  } catch (e) {
    if (e.code !== undefined) throw osError(e, path);
    throw e;
  }
}

// ---------------------------------------------------------------------------------------------
// The driver: running the main module, tracebacks

let entryFile = null;
let entryUrl;
/** An Error made in `main`: its stack names the entry module's URL. Read only for a traceback
 * (formatting a stack is the costly part, and V8 does it on first access). */
let entryProbe = null;

function entryModuleUrl() {
  if (entryUrl === undefined) entryUrl = parseFrame(entryProbe?.stack.split("\n")[2] ?? "")?.url ?? null;
  return entryUrl;
}

/** Run the body of the entry module; print a traceback and exit on an uncaught exception. */
export function main(fn, pyfile) {
  entryFile = pyfile;
  entryProbe = new Error();
  try {
    const r = fn();
    if (r !== null && typeof r === "object" && typeof r.then === "function") r.then(null, uncaught);
  } catch (e) {
    uncaught(e);
  }
  flushOut();
}

/** Run the body of an entry module the compiler proved cannot raise (`body_cannot_raise` in
 * lower/mod.rs): unlike `main`, it needs none of the exception and traceback machinery. */
export function main_lean(fn) {
  fn();
  flushOut();
}

if (isNode) globalThis.process.on("exit", flushOut);

/** Report an exception that reached the top and end the program. */
function uncaught(e) {
  const pe = exc(e);
  flushOut();
  if (isinstance(pe, SystemExit)) {
    const code = pe.code;
    let status = 0;
    if (code === null || code === undefined) status = 0;
    else if (typeof code === "number" || typeof code === "boolean") status = +code;
    else {
      writeErr(to_str(code) + "\n");
      status = 1;
    }
    if (isNode) globalThis.process.exit(status);
    return;
  }
  writeErr(format_exception(pe));
  if (isNode) globalThis.process.exit(1);
}

/** The full CPython-style report of an exception and its chain. */
export function format_exception(e) {
  const out = [];
  formatChain(e, { seen: new Set(), depth: 0, needClose: false }, out, null);
  return out.join("");
}

/** Emit `text` (lines ending in "\n") at the current exception-group depth, as traceback.py does. */
function emitText(ctx, out, text, margin = "|") {
  let indent = " ".repeat(2 * ctx.depth);
  if (ctx.depth > 0) indent += margin + " ";
  else if (indent === "") {
    out.push(text);
    return;
  }
  for (const line of text.split(/(?<=\n)/)) out.push(indent + line);
}

/** CPython's `TracebackException.format`: the chain oldest first, exception groups nested. */
function formatChain(e, ctx, out, outerFrames) {
  const chain = [];
  let cur = e;
  let frames = outerFrames;
  // [message, exception, frames shown] from the newest; causes are trimmed to the handling frame.
  while (cur != null && !ctx.seen.has(cur)) {
    ctx.seen.add(cur);
    // An exception that was never raised (a cause or group member made in place) has no frames.
    const all = cur.__traceback__ === null ? [] : framesOf(cur);
    const shown = frames === null ? all : handledPart(all, frames);
    const cause = cur.__cause__;
    const context = cur.__context__;
    let msg = null;
    let next = null;
    if (cause != null) {
      msg = "\nThe above exception was the direct cause of the following exception:\n\n";
      next = cause;
    } else if (context != null && !cur.__suppress_context__) {
      msg = "\nDuring handling of the above exception, another exception occurred:\n\n";
      next = context;
    }
    chain.push([msg, cur, shown]);
    if (next !== null && ctx.seen.has(next)) next = null;
    if (next === null) chain[chain.length - 1][0] = null;
    frames = all;
    cur = next;
  }
  for (let i = chain.length - 1; i >= 0; i--) {
    const [msg, x, shown] = chain[i];
    if (msg !== null) emitText(ctx, out, msg);
    const isGroup = x.$group === true;
    if (!isGroup) {
      if (shown.length > 0) emitText(ctx, out, "Traceback (most recent call last):\n" + formatFrames(shown));
      emitText(ctx, out, exceptionLine(x));
    } else {
      const top = ctx.depth === 0;
      if (top) ctx.depth++;
      if (shown.length > 0) {
        emitText(ctx, out, "Exception Group Traceback (most recent call last):\n", top ? "+" : "|");
        emitText(ctx, out, formatFrames(shown));
      }
      emitText(ctx, out, exceptionLine(x));
      const subs = Array.from(x.exceptions);
      const n = subs.length <= 15 ? subs.length : 16;
      ctx.needClose = false;
      for (let k = 0; k < n; k++) {
        const last = k === n - 1;
        if (last) ctx.needClose = true;
        const truncated = k >= 15;
        out.push(" ".repeat(2 * ctx.depth) + (k === 0 ? "+-" : "  ") + `+---------------- ${truncated ? "..." : k + 1} ----------------\n`);
        ctx.depth++;
        if (!truncated) {
          formatChain(subs[k], ctx, out, framesOf(x));
        } else {
          const rem = subs.length - 15;
          emitText(ctx, out, `and ${rem} more exception${rem > 1 ? "s" : ""}\n`);
        }
        if (last && ctx.needClose) {
          out.push(" ".repeat(2 * ctx.depth) + "+------------------------------------\n");
          ctx.needClose = false;
        }
        ctx.depth--;
      }
      if (top) ctx.depth = 0;
    }
  }
}

/**
 * The frames of a chained exception that CPython shows: from the frame that handled it (the
 * last frame it shares with the exception raised while handling it) inwards.
 */
export function handledPart(frames, outer) {
  let k = 0;
  while (k < frames.length && k < outer.length && frames[k].file === outer[k].file && frames[k].name === outer[k].name) {
    k++;
    if (frames[k - 1].line !== outer[k - 1].line) break;
  }
  return k === 0 ? frames : frames.slice(k - 1);
}

function formatFrames(frames) {
  let out = "";
  let prev = null;
  let repeats = 0;
  const flushRepeats = () => {
    if (repeats > 3) out += `  [Previous line repeated ${repeats - 3} more time${repeats - 3 === 1 ? "" : "s"}]\n`;
  };
  for (const f of frames) {
    const same = prev !== null && f.file === prev.file && f.line === prev.line && f.name === prev.name;
    if (same) {
      repeats++;
      if (repeats > 3) continue;
    } else {
      flushRepeats();
      repeats = 1;
    }
    prev = f;
    out += `  File "${f.file}", line ${f.line}, in ${f.name}\n`;
    const src = sourceLine(f.paths, f.line);
    if (src) out += `    ${src}\n` + caretLine(f);
  }
  flushRepeats();
  return out;
}

/**
 * CPython 3.11's "Did you mean" for an AttributeError raised by attribute lookup: the closest
 * name in `dir(obj)` (Python/suggestions.c: a Levenshtein distance where a case change costs 1
 * and any other edit 2, at most a third of the characters involved).
 */
function attributeSuggestion(e) {
  const name = e.name$;
  if (typeof name !== "string" || !isinstance(e, AttributeError) || !("obj" in e)) return null;
  let dir;
  try {
    dir = dir_(e.obj);
  } catch {
    return null;
  }
  if (!Array.isArray(dir) || dir.length >= 750) return null;
  let best = null, bestDistance = Infinity;
  for (const item of dir) {
    if (typeof item !== "string" || item === name) continue;
    const max = Math.min(Math.floor(((name.length + item.length + 3) * 2) / 6), bestDistance - 1);
    const d = levenshtein(name, item, max);
    if (d > max) continue;
    if (best === null || d < bestDistance) {
      best = item;
      bestDistance = d;
    }
  }
  return best;
}

function substitutionCost(a, b) {
  if ((a & 31) !== (b & 31)) return 2;
  if (a === b) return 0;
  if (a >= 65 && a <= 90) a += 32;
  if (b >= 65 && b <= 90) b += 32;
  return a === b ? 1 : 2;
}

function levenshtein(a, b, maxCost) {
  let lo = 0, ah = a.length, bh = b.length;
  while (lo < ah && lo < bh && a[lo] === b[lo]) lo++;
  while (ah > lo && bh > lo && a[ah - 1] === b[bh - 1]) {
    ah--;
    bh--;
  }
  a = a.slice(lo, ah);
  b = b.slice(lo, bh);
  if (a.length === 0 || b.length === 0) return (a.length + b.length) * 2;
  if (a.length > 40 || b.length > 40) return maxCost + 1;
  if (b.length < a.length) [a, b] = [b, a];
  if ((b.length - a.length) * 2 > maxCost) return maxCost + 1;
  const row = [];
  for (let i = 0; i < a.length; i++) row.push((i + 1) * 2);
  let result = 0;
  for (let j = 0; j < b.length; j++) {
    const code = b.charCodeAt(j);
    let distance = (result = j * 2);
    let minimum = Infinity;
    for (let i = 0; i < a.length; i++) {
      const substitute = distance + substitutionCost(code, a.charCodeAt(i));
      distance = row[i];
      result = Math.min(Math.min(result, distance) + 2, substitute);
      row[i] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > maxCost) return maxCost + 1;
  }
  return result;
}

/** `ValueError: message` (just the name when the message is empty), then notes. */
export function exceptionLine(e) {
  const C = classOf(e);
  const mod = C.__module__;
  const name = mod === "builtins" || mod === "__main__" ? C.__qualname__ : `${mod}.${C.__qualname__}`;
  let msg;
  try {
    msg = to_str(e);
  } catch {
    msg = "<exception str() failed>";
  }
  // A NameError's hint was computed by the compiler (glue.mjs `name_error`).
  const hint = typeof e.$hint === "string" && isinstance(e, NameError) ? e.$hint : attributeSuggestion(e);
  if (hint !== null) msg += `. Did you mean: '${hint}'?`;
  let out = msg === "" ? `${name}\n` : `${name}: ${msg}\n`;
  const notes = e.__notes__;
  if (Array.isArray(notes)) for (const n of notes) out += to_str(n) + "\n";
  return out;
}

/** The Python frames of an exception, outermost first: `{file, path, line, name}`. */
export { caretLine };

export function framesOf(e) {
  const stack = e.$tb?.stack;
  if (typeof stack !== "string" || !isNode) return [];
  const out = [];
  for (const text of stack.split("\n")) {
    const f = parseFrame(text);
    if (f === null) continue;
    const m = sourceMapFor(f.url);
    if (m === null) continue;
    const pos = m.lookup(f.line, f.col);
    if (pos === null) continue;
    const file = f.url === entryModuleUrl() && entryFile !== null ? entryFile : (m.file ?? pos.source);
    // The source line is read from the file CPython would name, else from the path given to the
    // compiler (relative to where it ran, or to the map).
    const paths = [file, pos.source, m.dir + pos.source];
    out.push({ file, paths, line: pos.line, col: pos.col, name: pyFunctionName(f.name) });
  }
  return out.reverse();
}

const FRAME_RE = /^\s*at (?:(.*?) \()?(.*?):(\d+):(\d+)\)?$/;

/** One V8 stack line: `{name, url, line, col}` or null. */
function parseFrame(text) {
  const m = FRAME_RE.exec(text);
  if (m === null) return null;
  return { name: m[1] ?? null, url: m[2], line: +m[3], col: +m[4] };
}

const SPECIAL_FRAMES = new Set(["lambda", "listcomp", "setcomp", "dictcomp", "genexpr"]);

/** The Python name of a compiled JS function, from its stack-trace name. */
function pyFunctionName(jsName) {
  if (jsName === null || jsName === "<anonymous>") return "<module>";
  let n = jsName.replace(/^(async |new )/, "").replace(/ \[as [^\]]*\]$/, "");
  n = n.slice(n.lastIndexOf(".") + 1).replace(/\$+$/, "");
  if (n === "" || n === "<anonymous>") return "<module>";
  return SPECIAL_FRAMES.has(n) ? `<${n}>` : n;
}

const maps = new Map();

/** The decoded source map of a compiled module (`x.mjs.map` beside it), or null. */
function sourceMapFor(url) {
  if (maps.has(url)) return maps.get(url);
  let m = null;
  try {
    const path = url.startsWith("file://") ? decodeURIComponent(new URL(url).pathname) : url;
    if (path.endsWith(".mjs") && fs.existsSync(path + ".map")) {
      m = new SourceMap(JSON.parse(fs.readFileSync(path + ".map", "utf8")), path.slice(0, path.lastIndexOf("/") + 1));
    }
  } catch {
    m = null;
  }
  maps.set(url, m);
  return m;
}

const B64 = new Map([..."ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"].map((c, i) => [c, i]));

/** A source map (version 3), decoded into per-line segments `[col, source, line, col]`. */
class SourceMap {
  constructor(json, dir) {
    const root = json.sourceRoot ?? "";
    this.sources = json.sources.map((s) => (root === "" ? s : root.replace(/\/?$/, "/") + s));
    this.dir = dir;
    this.file = typeof json.x_pyjs_file === "string" ? json.x_pyjs_file : null;
    this.lines = decodeMappings(json.mappings);
  }

  /** Python position of 1-based JS line and column: `{source, line}` or null. */
  lookup(line, col) {
    const segs = this.lines[line - 1];
    let best = null;
    for (const s of segs ?? []) {
      if (s.length < 4) continue;
      if (s[0] <= col - 1 || best === null) best = s;
      if (s[0] > col - 1) break;
    }
    // A line with no mapped code (the `})(xs)` calling a comprehension's function): the last
    // mapped position before it, which is inside the same Python expression.
    for (let l = line - 2; best === null && l >= 0; l--) {
      const prev = this.lines[l];
      if (prev === undefined) continue;
      for (const s of prev) if (s.length >= 4) best = s;
    }
    return best === null ? null : { source: this.sources[best[1]], line: best[2] + 1, col: best[3] };
  }
}

function decodeMappings(mappings) {
  const lines = [];
  let segs = [];
  let col = 0;
  let src = 0;
  let sline = 0;
  let scol = 0;
  const vals = [];
  let i = 0;
  const endSegment = () => {
    if (vals.length === 0) return;
    col += vals[0];
    if (vals.length >= 4) {
      src += vals[1];
      sline += vals[2];
      scol += vals[3];
      segs.push([col, src, sline, scol]);
    } else {
      segs.push([col]);
    }
    vals.length = 0;
  };
  while (i < mappings.length) {
    const c = mappings[i];
    if (c === "," || c === ";") {
      endSegment();
      if (c === ";") {
        lines.push(segs);
        segs = [];
        col = 0;
      }
      i++;
      continue;
    }
    let v = 0;
    let shift = 0;
    let digit;
    do {
      digit = B64.get(mappings[i++]);
      v += (digit & 31) * 2 ** shift;
      shift += 5;
    } while (digit & 32);
    vals.push(v % 2 === 1 ? -(v - 1) / 2 : v / 2);
  }
  endSegment();
  lines.push(segs);
  return lines;
}

const sources = new Map();

/** Line `n` of the first readable of these Python files, stripped, or null. */
/** The raw text of line `n` (1-based) of the first readable file of `paths`, or null. */
function rawSourceLine(paths, n) {
  sourceLine(paths, n);
  for (const path of paths) {
    const lines = sources.get(path);
    if (lines !== null && lines !== undefined) return lines[n - 1] ?? null;
  }
  return null;
}

const STMT_KEYWORDS = new Set([
  "return", "assert", "del", "if", "elif", "else", "while", "for", "with", "async", "await", "yield", "import",
  "from", "global", "nonlocal", "pass", "break", "continue", "try", "except", "finally", "class", "def", "lambda",
  "not", "and", "or", "in", "is", "match", "case", "print",
]);

/** The end of the string literal starting at `i` (prefix included), or -1. */
function skipString(line, i) {
  let j = i;
  while (j < line.length && /[rRbBfFuU]/.test(line[j])) j++;
  const q = line[j];
  if (q !== "'" && q !== '"') return -1;
  const triple = line.startsWith(q.repeat(3), j);
  const close = triple ? q.repeat(3) : q;
  j += close.length;
  const raw = /[rR]/.test(line.slice(i, j));
  while (j < line.length) {
    if (line[j] === "\\" && !raw) {
      j += 2;
      continue;
    }
    if (line.startsWith(close, j)) return j + close.length;
    j++;
  }
  return -1;
}

/** The end of the bracket group opening at `i`, or -1 if it does not close on the line. */
function skipGroup(line, i) {
  const stack = [];
  let j = i;
  while (j < line.length) {
    const c = line[j];
    if (c === "(" || c === "[" || c === "{") stack.push(c === "(" ? ")" : c === "[" ? "]" : "}");
    else if (c === ")" || c === "]" || c === "}") {
      if (stack.pop() !== c) return -1;
      if (stack.length === 0) return j + 1;
    } else if (c === "'" || c === '"') {
      const e = skipString(line, j);
      if (e < 0) return -1;
      j = e;
      continue;
    } else if (c === "#") return -1;
    j++;
  }
  return -1;
}

/**
 * CPython 3.11's position line under a traceback's source line (`    ~~~^^^^^`), from the column
 * the source map gives for the frame: the primary expression starting there (name or literal
 * with its calls, attributes and subscripts; a subscript gets `~` under its value), or a
 * `raise` statement. "" when there is none to show (the expression is the whole line, or the
 * column is that of a statement pyjs cannot narrow down).
 */
function caretLine(f) {
  if (typeof f.col !== "number") return "";
  const line = rawSourceLine(f.paths, f.line);
  if (line === null) return "";
  const body = line.replace(/\s+$/, "");
  const lead = body.length - body.trimStart().length;
  const strippedLen = body.length - lead;
  let start = f.col;
  if (start < lead || start >= body.length) return "";
  let end;
  let left = -1;
  const word = /^[A-Za-z_][A-Za-z0-9_]*/.exec(body.slice(start));
  if (word !== null && word[0] === "return") {
    return binopCarets(body, start + 6, lead, strippedLen);
  }
  if (word !== null && word[0] === "assert") {
    // The test expression, up to a top-level comma.
    let i = start + 6;
    while (body[i] === " ") i++;
    let j = i;
    while (j < body.length && body[j] !== "," && body[j] !== "#") {
      const c = body[j];
      if (c === "(" || c === "[" || c === "{") j = skipGroup(body, j);
      else if (c === "'" || c === '"') j = skipString(body, j);
      else j++;
      if (j < 0) return "";
    }
    const text = body.slice(i, j).replace(/\s+$/, "");
    if (text === "") return "";
    return `    ${" ".repeat(i - lead)}${"^".repeat(text.length)}\n`;
  }
  if (word !== null && word[0] === "raise") {
    const hash = body.indexOf("#", start);
    end = hash < 0 ? body.length : body.slice(0, hash).replace(/\s+$/, "").length;
  } else {
    if (word !== null && (STMT_KEYWORDS.has(word[0]) || word[0] === "True" || word[0] === "False" || word[0] === "None")) return "";
    let j;
    const c = body[start];
    if (word !== null) {
      j = start + word[0].length;
      if (body[j] === "'" || body[j] === '"') j = skipString(body, start);
    } else if (c === "'" || c === '"') j = skipString(body, start);
    else if (c === "(" || c === "[" || c === "{") j = skipGroup(body, start);
    else if (/[0-9]/.test(c)) j = start + /^[0-9_.]*/.exec(body.slice(start))[0].length;
    else return "";
    let trailers = 0;
    let multiline = j < 0;
    while (!multiline) {
      const t = body[j];
      if (t === ".") {
        const w = /^\.\s*[A-Za-z_][A-Za-z0-9_]*/.exec(body.slice(j));
        if (w === null) break;
        left = -1;
        j += w[0].length;
      } else if (t === "(" || t === "[") {
        const e = skipGroup(body, j);
        if (e < 0) {
          multiline = true;
          break;
        }
        left = t === "[" ? j : -1;
        j = e;
      } else break;
      trailers++;
    }
    if (multiline) {
      end = body.length;
      left = -1;
    } else {
      // A bare name or literal, or an assignment target: the column is a statement's.
      const rest = body.slice(j).trimStart();
      if (/^=(?!=)/.test(rest)) return binopCarets(body, body.length - rest.length + 1, lead, strippedLen);
      if (trailers === 0) return binopCarets(body, start, lead, strippedLen);
      if (trailers === 0 || /^([-+*/%&|^@:]=|\/\/=|\*\*=|>>=|<<=|:(?!=))/.test(rest)) return "";
      end = j;
    }
  }
  let anchored = left >= 0;
  // `yield from g()`: the frame's position is the whole `yield from` expression.
  const yf = /yield\s+from\s+$/.exec(body.slice(0, f.col));
  if (yf !== null) {
    start = yf.index;
    anchored = false;
  }
  if (!(end - start < strippedLen || anchored)) return "";
  const pad = " ".repeat(start - lead);
  const marks = anchored ? "~".repeat(left - start) + "^".repeat(end - left) : "^".repeat(end - start);
  return `    ${pad}${marks}\n`;
}

/** The end of the primary expression (atom and trailers) at `i`, or -1. */
function skipPrimary(body, i) {
  const word = /^[A-Za-z_][A-Za-z0-9_]*/.exec(body.slice(i));
  const c = body[i];
  let j;
  if (word !== null) {
    if (STMT_KEYWORDS.has(word[0])) return -1;
    j = i + word[0].length;
    if (body[j] === "'" || body[j] === '"') j = skipString(body, i);
  } else if (c === "'" || c === '"') j = skipString(body, i);
  else if (c === "(" || c === "[" || c === "{") j = skipGroup(body, i);
  else if (c !== undefined && /[0-9]/.test(c)) j = i + /^[0-9_.]*/.exec(body.slice(i))[0].length;
  else return -1;
  while (j >= 0) {
    const t = body[j];
    if (t === ".") {
      const w = /^\.\s*[A-Za-z_][A-Za-z0-9_]*/.exec(body.slice(j));
      if (w === null) break;
      j += w[0].length;
    } else if (t === "(" || t === "[") j = skipGroup(body, j);
    else break;
  }
  return j;
}

const BINOPS = ["**", "//", "<<", ">>", "+", "-", "*", "/", "%", "@", "&", "|", "^"];
const COMPARES = ["==", "!=", "<=", ">=", "<", ">", "not in", "is not", "in", "is"];

/**
 * Carets for a statement whose failing operation has no column of its own (`return a / b`,
 * `x = a < b`): the rest of the line from `from` must be `A op B` with primaries A and B.
 * An arithmetic operator gets `~~^~~`, a comparison `^^^^^` (CPython's anchors).
 */
function binopCarets(body, from, lead, strippedLen) {
  let i = from;
  while (body[i] === " ") i++;
  const hash = body.indexOf("#", i);
  const text = (hash < 0 ? body : body.slice(0, hash)).replace(/\s+$/, "");
  const a = skipPrimary(text, i);
  if (a < 0) return "";
  if (a === text.length) {
    // `return <one primary>` (a comprehension, a display): carets under it.
    return a - i < strippedLen ? `    ${" ".repeat(i - lead)}${"^".repeat(a - i)}\n` : "";
  }
  let k = a;
  while (text[k] === " ") k++;
  let op = BINOPS.find((o) => text.startsWith(o, k) && text[k + o.length] !== "=");
  let compare = false;
  if (op === undefined) {
    op = COMPARES.find((o) => text.startsWith(o, k) && (/[a-z]/.test(o) ? text[k + o.length] === " " : true));
    compare = true;
  }
  if (op === undefined || (op === "*" && text[k + 1] === "*") || (op === "/" && text[k + 1] === "/")) return "";
  let b = k + op.length;
  while (text[b] === " ") b++;
  const e = skipPrimary(text, b);
  // B ends the expression: the line, or what closes an enclosing display or comprehension.
  if (e < 0 || !(e === text.length || /^\s*([)\]},:]|for\s|if\s|else\s)/.test(text.slice(e)))) return "";
  const pad = " ".repeat(i - lead);
  if (compare) return e - i < strippedLen ? `    ${pad}${"^".repeat(e - i)}\n` : "";
  const left = k - i;
  const right = left + op.length;
  return `    ${pad}${"~".repeat(left)}${"^".repeat(right - left)}${"~".repeat(e - i - right)}\n`;
}

export function sourceLine(paths, n) {
  for (const path of paths) {
    let lines = sources.get(path);
    if (lines === undefined) {
      try {
        lines = fs.readFileSync(path, "utf8").split(/\r?\n/);
      } catch {
        lines = null;
      }
      sources.set(path, lines);
    }
    if (lines !== null) {
      const l = lines[n - 1];
      return l === undefined ? null : l.trim();
    }
  }
  return null;
}
