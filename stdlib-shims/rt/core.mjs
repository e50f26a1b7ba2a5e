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
  SystemExit, OSError, NotImplementedError, funcstr, AttributeError, NameError, dir_, unbox, mkclass,
} from "./object.mjs";
const isThenbox = (v) => v !== null && typeof v === "object" && unbox(v) !== v;

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
      return `<generator object ${p.$qual ?? "<genexpr>"} at ${addr(x)}>`;
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
  if (f.$repr !== undefined) return f.$repr;
  if (f.$sig !== undefined) return `<function ${f.$sig.qual || f.$sig.name} at ${addr(f)}>`;
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
      const nx = it.__next__;
      if (nx !== undefined) {
        // A runtime iterator class (itertools' iterClass) whose own __next__ and JS `next` are
        // in place (no subclass overrides them): step its JS iterator directly, no StopIteration.
        if (nx.$jsnext === true && typeof it.next === "function" && it.next.$jsnext === true) return it;
        return new PyIter(it);
      }
    } else if (isJsIterator(it)) {
      return it;
    }
  }
  throw TypeError(`iter() returned non-iterator of type '${typename(it)}'`);
}

/** Iterate a Python instance: `__iter__`, or the `__getitem__` sequence protocol. */
function instanceIter(x) {
  // `__iter__ = None` declares the class not iterable (no `__getitem__` fallback).
  if (x.__iter__ === null) throw TypeError(`'${tpname(x)}' object is not iterable`);
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

/**
 * The builtin `iter(x)` as a program calls it: for an instance, what its `__iter__` returned,
 * itself when that is an iterator (`iter(it) is it`, and its own attributes stay reachable),
 * rather than the JS iterator `iter` adapts it to for the runtime's loops.
 */
export function pyiter(x, sentinel) {
  if (sentinel === undefined && x !== null && typeof x === "object" && x.$isclass === true && x.__iter__ != null) {
    const it = cm(x, "__iter__");
    if (it !== null && typeof it === "object" && it.$isclass === true && it.__next__ !== undefined) return it;
    return asIterator(it);
  }
  return sentinel === undefined ? iter(x) : iter(x, sentinel);
}

/**
 * The first iterable of a generator expression, which CPython turns into an iterator when the
 * generator is made (`(x for x in 5)` raises there): a list or str stays as it is (iterating it
 * later is the same), anything else goes through iter() now.
 */
export function geniter(x) {
  return typeof x === "string" || Array.isArray(x) ? x : iter(x);
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
  const it = x !== null && typeof x === "object" && x.$isclass !== true && typeof x[Symbol.asyncIterator] === "function"
    ? x[Symbol.asyncIterator]()
    : aiter(x);
  // Values come boxed when they have a `then` (rt/object.mjs `awbox`).
  const open = (r) => (r.done || !isThenbox(r.value) ? r : { value: unbox(r.value), done: false });
  return { next: (v) => it.next(v).then(open), [Symbol.asyncIterator]() { return this; } };
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
      // `gi_running` (rt/object.mjs) reads this while a generator's body runs.
      it.$running = true;
      let r;
      try {
        r = it.next();
      } finally {
        it.$running = false;
      }
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

/** `[*x]` / `(*x,)`: the items of x, with CPython's TypeError for a non-iterable. */
export function star_arr(x) {
  if (typeof x === "string" || Array.isArray(x)) return arr(x);
  let it;
  try {
    it = iter(x);
  } catch (e) {
    if (e?.args?.[0]?.endsWith?.("is not iterable") && !(x !== null && typeof x === "object" && x.$isclass === true && x.__iter__ !== undefined)) {
      throw TypeError(`Value after * must be an iterable, not ${typename(x)}`);
    }
    throw e;
  }
  return arr(it);
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
const HIGH_SURROGATE = /[\uD800-\uDBFF]/;

/**
 * Number of code points of a string (the last answer is cached for loops over one long string;
 * a short one is counted outright, cheaper than comparing it with the cached one). A long string
 * with no high surrogate, which a regular expression tells at once for a one-byte string and
 * fast for another, is its length: no loop over its chars, and no loop whose first run long
 * after the function got optimized deoptimizes it.
 */
function strLen(s) {
  const len = s.length;
  if (len < 32) {
    let n = len;
    for (let i = 0; i < len; i++) {
      const c = s.charCodeAt(i);
      // A high surrogate followed by a low one is one code point; a lone one counts alone.
      if (c >= 0xd800 && c < 0xdc00 && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) n--;
    }
    return n;
  }
  if (s === lastStr) return lastStrLen;
  if (!HIGH_SURROGATE.test(s)) return len;
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) n--;
  }
  lastStr = s;
  lastStrLen = n;
  return n;
}

/** `len(x)`: small, so that V8 inlines it (an exact list or a str), `lenSlow` otherwise. */
export function len(x) {
  // Read into a local first: passing `arguments.length` straight to the call makes V8's
  // optimized code allocate an arguments object on every call (~50 bytes per `len`).
  const nargs = arguments.length;
  if (nargs === 1) {
    if (typeof x === "string") return strLen(x);
    if (x != null && x.constructor === Array) return x.length;
  }
  return lenSlow(x, nargs);
}

function lenSlow(x, nargs) {
  if (nargs !== 1) throw TypeError(`len() takes exactly one argument (${nargs} given)`);
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
    let i = 0;
    try {
      for (; i < args.length; i++) {
        if (i > 0) s += sep;
        const a = args[i];
        s += typeof a === "string" ? a : to_str(a);
      }
    } catch (e) {
      // CPython writes item by item: what came before the item whose `__str__` raised is out.
      if (s.isWellFormed()) writeOut(s);
      else printPieces(args.slice(0, i), sep, i > 0 ? sep : "");
      throw e;
    }
    s += end;
    if (s.isWellFormed()) writeOut(s);
    else printPieces(args, sep, end);
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

/**
 * print's text holds a lone surrogate, which stdout's strict UTF-8 cannot encode: write piece by
 * piece as CPython does, so the pieces before the bad one are printed and the bad one raises.
 */
function printPieces(args, sep, end) {
  for (let i = 0; i < args.length; i++) {
    if (i > 0) writeOutStrict(sep);
    const a = args[i];
    writeOutStrict(typeof a === "string" ? a : to_str(a));
  }
  writeOutStrict(end);
}

/** Standard output's `write`: UTF-8 with errors="strict", so a lone surrogate raises. */
function writeOutStrict(s) {
  if (!s.isWellFormed()) throw surrogateError(s);
  writeOut(s);
}

/**
 * The UnicodeEncodeError for the first run of lone surrogates in s (positions count code
 * points), as a JS Error that `exc` turns into the Python one, so that `print_str` does not
 * pull in the exception classes.
 */
function surrogateError(s) {
  let i = 0;
  let start = 0;
  const pair = (j) => (s.charCodeAt(j) & 0xfc00) === 0xd800 && (s.charCodeAt(j + 1) & 0xfc00) === 0xdc00;
  for (; pair(i) || (s.charCodeAt(i) & 0xf800) !== 0xd800; i++, start++) if (pair(i)) i++;
  let end = start + 1;
  while ((s.charCodeAt(++i) & 0xf800) === 0xd800 && !pair(i)) end++;
  const e = new Error("surrogates not allowed");
  e.name = "UnicodeEncodeError";
  e.$pyArgs = ["utf-8", s, start, end, "surrogates not allowed"];
  return e;
}

/** Standard error is UTF-8 with errors="backslashreplace" in CPython. */
function backslashSurrogates(s) {
  if (s.isWellFormed()) return s;
  const lone = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
  return s.replace(lone, (c) => "\\u" + c.charCodeAt(0).toString(16));
}

/** `enumerate(iterable, start=0)`. */
export function enumerate(iterable, ...rest) {
  const kw = takeKw(rest);
  checkKw(kw, "enumerate", ["start", "iterable"]);
  const it = iter(kw?.get("iterable") ?? iterable);
  const start = kw?.get("start") ?? rest[0] ?? 0;
  return enumerateGen(it, typeof start === "number" && Number.isInteger(start) ? start : num.to_index(start));
}

function* enumerateGen(it, i) {
  for (const v of it) {
    yield ctr.mktuple2(i, v);
    i = typeof i === "number" && i < Number.MAX_SAFE_INTEGER ? i + 1 : num.add(i, 1);
  }
}

/**
 * `zip(gen(), ...)` (compiler/src/lower/call.rs `owned_arg`): a generator that only the zip or
 * map holds, which it closes when it is done with it (see `closeAll`).
 */
export function owned(x) {
  if (x !== null && typeof x === "object" && x[Symbol.toStringTag] === "Generator") x.$owned = true;
  return x;
}

/** `zip(*iterables, strict=False)`. */
export function zip(...args) {
  const kw = takeKw(args);
  checkKw(kw, "zip", ["strict"]);
  return zipGen(args.map((a) => iter(a)), kw !== null && truthy(kw.get("strict") ?? false));
}

/**
 * `for x, y in zip(a, b)` (compiler/src/lower/loops.rs): over an exact list or tuple each, the
 * pairs as plain `[x, y]` arrays read by index (both lengths read at each step, as the list
 * iterators do; the loop unpacks them), no tuple per item. Anything else: the zip object.
 */
export function zip_iter(a, b) {
  if (exactSeq(a) && exactSeq(b)) return new Zip2(a, b);
  return iter(zip(a, b));
}

function exactSeq(x) {
  if (x === null || typeof x !== "object") return false;
  const p = Object.getPrototypeOf(x);
  return p === Array.prototype || p === ctr.Tuple.prototype;
}

class Zip2 {
  constructor(a, b) {
    this.a = a;
    this.b = b;
    this.i = 0;
  }

  next() {
    const i = this.i;
    if (i < this.a.length && i < this.b.length) {
      this.i = i + 1;
      return { value: [this.a[i], this.b[i]], done: false };
    }
    return { value: undefined, done: true };
  }

  [Symbol.iterator]() {
    return this;
  }
}

function* zipGen(its, strict) {
  if (its.length === 0) return;
  try {
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
  } finally {
    closeAll(its);
  }
}

/**
 * A zip or map over several iterables ended or was closed: close the fresh generators it holds
 * (`owned`), last first, as CPython does when it drops the zip object (its tuple of iterators),
 * which for a `for` loop's zip is right after the loop. Errors are ignored, as in a finalizer.
 */
function closeAll(its) {
  for (let i = its.length - 1; i >= 0; i--) {
    const it = its[i];
    if (it.$owned === true && typeof it.return === "function") {
      try {
        it.return();
      } catch {
        // ignored
      }
    }
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
  try {
    for (;;) {
      const row = [];
      for (const it of its) {
        const r = it.next();
        if (r.done) return;
        row.push(r.value);
      }
      yield f(...row);
    }
  } finally {
    closeAll(its);
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
  if (acc !== null && typeof acc === "object" && (typename(acc) === "bytes" || typename(acc) === "bytearray")) {
    throw TypeError(`sum() can't sum ${typename(acc)} [use b''.join(seq) instead]`);
  }
  if (iterable !== null && typeof iterable === "object" && Object.getPrototypeOf(iterable) === Array.prototype) {
    // A list: index it (no iterator), and count bools without the generic `+` (`sum(flags)`).
    for (let i = 0; i < iterable.length; i++) {
      const v = iterable[i];
      if (typeof acc === "number" && typeof v === "boolean" && Number.isSafeInteger(acc) && acc < 9007199254740991) acc += v ? 1 : 0;
      else acc = sum_add(acc, v);
    }
    return acc;
  }
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
  if (acc === undefined) return v;
  if (typeof v === "number" && typeof acc === "number") return v > acc ? v : acc;
  const c = numTupleCmp(v, acc);
  if (c !== 2) return c > 0 ? v : acc;
  return num.gt(v, acc) ? v : acc;
}

export function min_step(acc, v) {
  if (acc === undefined) return v;
  if (typeof v === "number" && typeof acc === "number") return v < acc ? v : acc;
  const c = numTupleCmp(v, acc);
  if (c !== 2) return c < 0 ? v : acc;
  return num.lt(v, acc) ? v : acc;
}

/**
 * Python's ordering of two exact tuples (`max((f(n), n) for n in ...)`): -1, 0 or 1 when every
 * item compared is a JS number other than NaN (ints and fractional floats, whose JS comparison is
 * Python's), else 2 (the general comparison decides: NaN items, where CPython's identity test
 * matters, and every other type).
 */
function numTupleCmp(a, b) {
  if (a === null || b === null || typeof a !== "object" || typeof b !== "object") return 2;
  const T = ctr.Tuple.prototype;
  if (Object.getPrototypeOf(a) !== T || Object.getPrototypeOf(b) !== T) return 2;
  const na = a.length, nb = b.length, n = na < nb ? na : nb;
  for (let i = 0; i < n; i++) {
    const x = a[i], y = b[i];
    if (typeof x !== "number" || typeof y !== "number" || x !== x || y !== y) return 2;
    if (x !== y) return x < y ? -1 : 1;
  }
  return na < nb ? -1 : na > nb ? 1 : 0;
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
  if (typeof c !== "string") {
    // bytes (latin-1 text in `$s`) and bytearray (codes in `$a`) of length 1.
    const b = c !== null && typeof c === "object" ? (typeof c.$s === "string" ? c.$s : Array.isArray(c.$a) ? c.$a : null) : null;
    if (b === null) throw TypeError(`ord() expected string of length 1, but ${typename(c)} found`);
    if (b.length !== 1) throw TypeError(`ord() expected a character, but string of length ${b.length} found`);
    return typeof b === "string" ? b.charCodeAt(0) : b[0];
  }
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
  // `sys.exit(None)` raises SystemExit with no arguments, as CPython's `PyErr_SetObject` does.
  throw code === undefined || code === null ? SystemExit() : SystemExit(code);
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

/** In a browser: `globalThis.pyjsIO.write(stream, text)` when the page defines it (an inline
 * demo showing output in the page; `stream` is "stdout" or "stderr"), else console.log/
 * console.error each complete line. */
function consoleWrite(which, s) {
  const io = globalThis.pyjsIO;
  if (typeof io?.write === "function") {
    // The pending line is kept for `window.prompt` (fillInBrowser).
    const k = s.lastIndexOf("\n");
    consoleLine[which] = k < 0 ? consoleLine[which] + s : s.slice(k + 1);
    return void io.write(which === "out" ? "stdout" : "stderr", s);
  }
  const text = consoleLine[which] + s;
  const lines = text.split("\n");
  consoleLine[which] = lines.pop();
  for (const l of lines) (which === "out" ? console.log : console.error)(l);
}

/** Write to standard output (buffered). Generated code calls it as `$print_str(line)` for a
 * `print(...)` statement whose line the compiler built (`print_str_fast` in lower/typed.rs):
 * lean code prints constants only, and a constant never holds a lone surrogate, so the line needs
 * no `writeOutStrict` check. */
export function writeOut(s) {
  if (!isNode) return consoleWrite("out", s);
  outBuf += s;
  if (outBuf.length > OUT_LIMIT) flushOut();
}

/** Flush buffered standard output. */
export function flushOut() {
  if (!isNode) {
    // A console shows whole lines only; a page's `pyjsIO.write` already has every character.
    if (consoleLine.out !== "" && typeof globalThis.pyjsIO?.write !== "function") consoleWrite("out", "\n");
    return;
  }
  if (outBuf === "") return;
  const s = outBuf;
  outBuf = "";
  writeFd(1, s);
}

function writeErr(s) {
  s = backslashSurrogates(s);
  if (!isNode) return consoleWrite("err", s);
  flushOut();
  writeFd(2, s);
}

/** A text stream object for `sys.stdout`/`sys.stderr`. */
function textStream(name, write, flush) {
  const put = (s) => {
    if (typeof s !== "string") throw TypeError(`write() argument must be str, not ${typename(s)}`);
    write(s);
    return strLen(s);
  };
  return {
    name,
    encoding: "utf-8",
    errors: "strict",
    mode: "w",
    closed: false,
    write: put,
    writelines(lines) {
      for (const s of iter(lines)) put(s);
      return null;
    },
    seekable: () => false,
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

export const stdout = textStream("<stdout>", writeOutStrict, flushOut);
export const stderr = textStream("<stderr>", writeErr, () => undefined);

/** Standard input, decoded and split into lines on demand. */
let inBuf = "";
let inEof = false;
const decoder = new TextDecoder();

/** Standard input in a browser: a line from `globalThis.pyjsIO.readline()` when the page
 * defines it, else from `window.prompt` (showing the pending output line, the `input()` prompt,
 * which is then echoed with the answer as a terminal would); null or undefined is end of input. */
function fillInBrowser() {
  const io = globalThis.pyjsIO;
  let line;
  if (typeof io?.readline === "function") line = io.readline();
  else if (typeof globalThis.prompt === "function") {
    line = globalThis.prompt(consoleLine.out);
    if (line != null) consoleWrite("out", line + "\n");
  }
  if (line == null) {
    inEof = true;
    return false;
  }
  inBuf += String(line).endsWith("\n") ? String(line) : line + "\n";
  return true;
}

/** Read more of standard input into inBuf; false at end of input. */
function fillIn() {
  if (inEof) return false;
  if (!isNode) return fillInBrowser();
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

/**
 * A text file opened by `open()`. A readable one holds the whole content, read at open, as
 * `text` (newlines translated as `newline=` says) with `raw` the file's own text when that
 * differs; `pos` indexes `text`. `tell()`/`seek()` speak byte offsets, as CPython's cookies
 * do for UTF-8 without decoder state. A writable one writes through at byte offset `wpos`.
 */
class TextFile {
  constructor(path, mode, fd, text, newline = null, wpos = 0, codec = null) {
    this.codec = codec;
    this.name = path;
    this.mode = mode;
    this.closed = false;
    this.fd = fd;
    this.newline = newline;
    this.raw = text;
    this.text = text === null ? null : translateNewlines(text, newline);
    this.pos = 0;
    this.wpos = wpos;
  }
  // `f.name` reads `name$` (attribute names that JS functions have are mangled: rt/object.mjs `ga`).
  get name$() {
    return this.name;
  }
  get $typename() {
    return "TextIOWrapper";
  }
  __repr__() {
    return `<_io.TextIOWrapper name=${strs.str_repr(this.name)} mode=${strs.str_repr(this.mode)} encoding=${strs.str_repr(this.encoding)}>`;
  }
  get encoding() {
    // UTF-8 mode's name (the test harness runs CPython with PYTHONUTF8=1).
    return this.codec === null ? "utf-8" : this.codec.name;
  }
  get errors() {
    return this.codec === null ? "strict" : this.codec.errors;
  }
  /** How many bytes `s` takes in the file. */
  blen(s) {
    return this.codec === null ? Buffer.byteLength(s) : encodeText(s, this.codec, 1).length;
  }
  check() {
    if (this.closed) throw ValueError("I/O operation on closed file.");
  }
  readable() {
    this.check();
    return this.text !== null && (this.mode[0] === "r" || this.mode.includes("+"));
  }
  writable() {
    this.check();
    return this.fd !== null;
  }
  seekable() {
    this.check();
    return true;
  }
  notReadable() {
    if (!this.readable()) throw unsupported_operation()("not readable");
  }
  read(n) {
    this.check();
    this.notReadable();
    const end = n == null || n < 0 ? this.text.length : this.pos + n;
    const s = this.text.slice(this.pos, end);
    this.pos += s.length;
    return s;
  }
  readline(limit) {
    this.check();
    this.notReadable();
    const t = this.text;
    let end;
    if (this.newline === "") {
      // Untranslated: a line ends at \n, \r or \r\n.
      const i = t.slice(this.pos).search(/\r\n?|\n/);
      end = i < 0 ? t.length : this.pos + i + (t[this.pos + i] === "\r" && t[this.pos + i + 1] === "\n" ? 2 : 1);
    } else {
      const nl = this.newline === "\r" || this.newline === "\r\n" ? this.newline : "\n";
      const i = t.indexOf(nl, this.pos);
      end = i < 0 ? t.length : i + nl.length;
    }
    if (limit != null && limit >= 0 && this.pos + limit < end) end = this.pos + limit;
    const s = t.slice(this.pos, end);
    this.pos = end;
    return s;
  }
  readlines() {
    const out = [];
    for (let l = this.readline(); l !== ""; l = this.readline()) out.push(l);
    return out;
  }
  /** The byte offset in the file of `text` index `pos`. */
  byteOffset(pos) {
    const t = this.text, r = this.raw;
    if (r === t) return this.blen(t.slice(0, pos));
    let i = 0;
    for (let j = 0; j < pos; j++) i += r[i] === "\r" && r[i + 1] === "\n" && t[j] === "\n" ? 2 : 1;
    return this.blen(r.slice(0, i));
  }
  tell() {
    this.check();
    if (this.text === null) return this.wpos;
    return this.byteOffset(this.pos);
  }
  seek(cookie, whence = 0) {
    this.check();
    if (whence === 1 && cookie !== 0) throw unsupported_operation()("can't do nonzero cur-relative seeks");
    if (whence === 2 && cookie !== 0) throw unsupported_operation()("can't do nonzero end-relative seeks");
    if (whence !== 0 && whence !== 1 && whence !== 2) throw ValueError(`invalid whence (${whence}, should be 0, 1 or 2)`);
    if (typeof cookie !== "number" || cookie < 0) throw ValueError(`negative seek position ${cookie}`);
    if (this.text === null) {
      // Write-only: the next write goes at that byte offset (the end for append mode).
      if (whence === 2) this.wpos = fs.fstatSync(this.fd).size;
      else if (whence === 0) this.wpos = cookie;
      return this.wpos;
    }
    if (whence === 2) this.pos = this.text.length;
    else if (whence === 0) {
      // The text index at that byte offset.
      let j = 0;
      while (j < this.text.length && this.byteOffset(j + 1) <= cookie) j++;
      this.pos = j;
    }
    return this.tell();
  }
  write(s) {
    this.check();
    if (this.fd === null) throw unsupported_operation()("not writable");
    if (typeof s !== "string") throw TypeError(`write() argument must be str, not ${typename(s)}`);
    const out = this.newline === "\r" || this.newline === "\r\n" ? s.replaceAll("\n", this.newline) : s;
    const append = this.mode[0] === "a";
    if (this.text !== null) {
      // Readable too (`r+`, `w+`, `a+`): keep the content in step.
      if (append) this.pos = this.text.length;
      const at = this.byteOffset(this.pos);
      this.text = this.text.slice(0, this.pos) + s + this.text.slice(this.pos + s.length);
      this.raw = this.raw === null || this.raw === this.text ? this.text : this.raw.slice(0, at) + out + this.raw.slice(at + out.length);
      if (this.raw !== this.text && !this.raw.includes("\r")) this.raw = this.text;
      this.pos += s.length;
      writeAt(this.fd, out, append ? null : at, this.codec);
    } else {
      const n = writeAt(this.fd, out, append ? null : this.wpos, this.codec);
      this.wpos = append ? fs.fstatSync(this.fd).size : this.wpos + (n ?? this.blen(out));
    }
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

/** Text read with `newline=None` (universal newlines: \r\n and \r become \n); others as is. */
function translateNewlines(text, newline) {
  return newline === null ? text.replace(/\r\n?/g, "\n") : text;
}

/** Write `s` (UTF-8, or encoded with `codec`) to `fd` at byte offset `at` (null: the fd's
 * position, the end in append mode). */
function writeAt(fd, s, at, codec = null) {
  if (codec !== null) {
    // A BOM (utf-16/utf-32 without an endianness) only at the start of the file, as CPython's
    // stateful encoder writes it.
    const start = (at === null ? fs.fstatSync(fd).size : at) === 0;
    const bytes = Buffer.from(encodeText(s, codec, start ? 0 : 1), "latin1");
    for (let off = 0; off < bytes.length; ) off += fs.writeSync(fd, bytes, off, bytes.length - off, at === null ? null : at + off);
    return bytes.length;
  }
  if (at === null) return writeFd(fd, s);
  const bytes = new TextEncoder().encode(s);
  for (let off = 0; off < bytes.length; ) off += fs.writeSync(fd, bytes, off, bytes.length - off, at + off);
}

/**
 * Binary files (`open(f, "rb")`, `"wb"`, `"ab"`, `"xb"`, with `+`): the content as a latin-1 JS
 * string (one char per byte), read whole at open. Their bytes objects come from rt/bytes.mjs,
 * which fills `binary_io` when the program has bytes at all (see the hooks at its end).
 */
export const binary_io = { mkbytes: null, content: null, encode: null, decode: null };

/**
 * The codec of a text file opened with `encoding=`/`errors=` (null: UTF-8, strict), checked at
 * `open()` as CPython does (`LookupError: unknown encoding: x`). The codecs are rt/bytes.mjs's:
 * this file's `binary_io.encode`/`.decode` accesses make the bundler ship it with `open()`.
 */
function textCodec(encoding, errors) {
  if (encoding !== null && typeof encoding !== "string") throw TypeError(`open() argument 'encoding' must be str or None, not ${typename(encoding)}`);
  if (errors !== null && typeof errors !== "string") throw TypeError(`open() argument 'errors' must be str or None, not ${typename(errors)}`);
  // "locale": the locale's encoding, UTF-8 (the test harness runs CPython in UTF-8 mode).
  if (encoding === "locale") encoding = null;
  if (encoding === null && (errors === null || errors === "strict")) return null;
  const name = encoding ?? "utf-8";
  // Naming `str.encode` here ships rt/bytes.mjs (and its codecs) with `open()`.
  if (strs.str_methods.encode === undefined || binary_io.decode === null) throw NotImplementedError("open() with an encoding needs the codecs");
  binary_io.decode("", name, "strict");
  const norm = name.toLowerCase().replace(/_/g, "-");
  if (["utf-8", "utf8", "u8", "utf"].includes(norm) && (errors === null || errors === "strict")) return { name, errors: "strict", utf8: true };
  // The encoding a write past the start of the file uses: no second BOM.
  const wide = /^(utf-?16|u16|utf-?32|u32)$/.test(norm);
  const tail = wide ? (norm.includes("16") ? "utf-16-le" : "utf-32-le") : name;
  return { name, errors: errors ?? "strict", tail };
}

/** `s` encoded with `codec` as a latin-1 string of bytes; `part` 1 for text past the file's start. */
function encodeText(s, codec, part) {
  if (codec.utf8 === true) return Buffer.from(s, "utf8").toString("latin1");
  return binary_io.encode(s, part === 0 ? codec.name : codec.tail, codec.errors);
}

/** The text of the file at `path`: UTF-8 (CPython's UnicodeDecodeError for bytes that are not),
 * or decoded with `codec`. */
function readText(path, codec) {
  if (codec === null || codec.utf8 === true) {
    const t = fs.readFileSync(path, "utf8");
    if (!t.includes("\ufffd") || binary_io.decode === null) return t;
  }
  return binary_io.decode(fs.readFileSync(path, "latin1"), codec === null ? "utf-8" : codec.name, codec === null ? "strict" : codec.errors);
}

class BinaryFile {
  constructor(path, mode, fd, data) {
    this.name = path;
    this.mode = mode;
    this.closed = false;
    this.fd = fd;
    this.data = data;
    this.pos = 0;
  }
  get name$() {
    return this.name;
  }
  get $typename() {
    return this.fd !== null && this.data !== null ? "BufferedRandom" : this.fd !== null ? "BufferedWriter" : "BufferedReader";
  }
  __repr__() {
    return `<_io.${this.$typename} name=${strs.str_repr(this.name)}>`;
  }
  check() {
    if (this.closed) throw ValueError("I/O operation on closed file.");
  }
  readable() {
    return this.data !== null;
  }
  writable() {
    return this.fd !== null;
  }
  notReadable() {
    if (this.data === null) throw unsupported_operation()("read");
  }
  read(n) {
    if (this.closed) throw ValueError("read of closed file");
    this.notReadable();
    const end = n == null || n < 0 ? this.data.length : this.pos + n;
    const s = this.data.slice(this.pos, end);
    this.pos += s.length;
    return binary_io.mkbytes(s);
  }
  readline() {
    this.check();
    this.notReadable();
    const i = this.data.indexOf("\n", this.pos);
    const end = i < 0 ? this.data.length : i + 1;
    const s = this.data.slice(this.pos, end);
    this.pos = end;
    return binary_io.mkbytes(s);
  }
  readlines() {
    const out = [];
    for (let l = this.readline(); l.$s !== ""; l = this.readline()) out.push(l);
    return out;
  }
  tell() {
    this.check();
    return this.pos;
  }
  seek(off, whence) {
    this.check();
    const base = whence === 1 ? this.pos : whence === 2 ? (this.data !== null ? this.data.length : this.size()) : 0;
    this.pos = Math.max(0, base + off);
    return this.pos;
  }
  write(b) {
    this.check();
    if (this.fd === null) throw unsupported_operation()("write");
    const c = binary_io.content(b);
    if (c === null) throw TypeError(`a bytes-like object is required, not '${typename(b)}'`);
    const buf = Uint8Array.from(c, (ch) => ch.charCodeAt(0));
    const append = this.mode.includes("a");
    if (append) this.pos = this.size();
    for (let off = 0; off < buf.length; ) off += fs.writeSync(this.fd, buf, off, buf.length - off, append ? null : this.pos + off);
    if (this.data !== null) this.data = this.data.slice(0, this.pos).padEnd(this.pos, "\0") + c + this.data.slice(this.pos + c.length);
    this.pos += buf.length;
    return buf.length;
  }
  size() {
    return fs.fstatSync(this.fd).size;
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
    if (l.$s === "") throw StopIteration();
    return l;
  }
  next() {
    const l = this.readline();
    return l.$s === "" ? { value: undefined, done: true } : { value: l, done: false };
  }
  [Symbol.iterator]() {
    this.check();
    return this;
  }
}

function openBinary(path, mode) {
  if (binary_io.mkbytes === null) throw ValueError("binary mode is not supported by pyjs in a program without bytes objects");
  const kind = mode.replace("b", "")[0];
  const plus = mode.includes("+");
  try {
    let data = null;
    let fd = null;
    if (kind === "r") {
      data = fs.readFileSync(path, "latin1");
      if (plus) fd = fs.openSync(path, "r+");
    } else {
      fd = fs.openSync(path, { w: "w", a: "a", x: "wx" }[kind]);
      if (plus) data = "";
    }
    const f = new BinaryFile(path, mode, fd, data);
    if (kind === "a") f.pos = f.size();
    return f;
  } catch (e) {
    if (e.code !== undefined) throw osError(e, path);
    throw e;
  }
}

let unsupportedClass = null;
/** io.UnsupportedOperation (an OSError and a ValueError), made on first use; io.mjs exports it. */
export function unsupported_operation() {
  return (unsupportedClass ??= mkclass("UnsupportedOperation", [OSError, ValueError], (C) => {
    C.__module__ = "io";
  }));
}

/** The ValueError CPython's open() raises for a bad mode string. */
function checkMode(mode) {
  const seen = new Set();
  for (const c of mode) {
    if (!"rwxabt+".includes(c) || seen.has(c)) throw ValueError(`invalid mode: '${mode}'`);
    seen.add(c);
  }
  if (seen.has("t") && seen.has("b")) throw ValueError("can't have text and binary mode at once");
  const kinds = ["r", "w", "x", "a"].filter((c) => seen.has(c)).length;
  if (kinds > 1) throw ValueError("must have exactly one of create/read/write/append mode");
  if (kinds === 0) throw ValueError("Must have exactly one of create/read/write/append mode");
}

/** `open(file, mode='r', encoding=None, ...)`: text and binary files under Node. */
export function open(path, ...rest) {
  const kw = takeKw(rest);
  let mode = kw?.get("mode") ?? rest[0] ?? "r";
  if (!isNode) throw OSError("open() is not available in the browser");
  if (path !== null && typeof path === "object" && typeof path.__fspath__ === "function") path = path.__fspath__();
  if (typeof path !== "string") throw TypeError(`expected str, bytes or os.PathLike object, not ${typename(path)}`);
  if (typeof mode !== "string") throw TypeError(`open() argument 'mode' must be str, not ${typename(mode)}`);
  checkMode(mode);
  if (mode.includes("b")) {
    if ((kw?.get("newline") ?? rest[4] ?? null) !== null) throw ValueError("binary mode doesn't take a newline argument");
    if ((kw?.get("encoding") ?? rest[2] ?? null) !== null) throw ValueError("binary mode doesn't take an encoding argument");
    return openBinary(path, mode.replace("t", ""));
  }
  const given = mode;
  mode = mode.replace("t", "");
  const kind = mode.replace("+", "")[0];
  const plus = mode.includes("+");
  const newline = kw?.get("newline") ?? rest[4] ?? null;
  if (newline !== null && typeof newline !== "string") throw TypeError(`open() argument 'newline' must be str or None, not ${typename(newline)}`);
  if (newline !== null && !["", "\n", "\r", "\r\n"].includes(newline)) throw ValueError(`illegal newline value: ${newline}`);
  const codec = textCodec(kw?.get("encoding") ?? rest[2] ?? null, kw?.get("errors") ?? rest[3] ?? null);
  let text = null;
  let fd = null;
  let wpos = 0;
  try {
    if (kind === "r") {
      text = readText(path, codec);
      if (plus) fd = fs.openSync(path, "r+");
    } else {
      fd = fs.openSync(path, { w: plus ? "w+" : "w", a: plus ? "a+" : "a", x: plus ? "wx+" : "wx" }[kind]);
      if (kind === "a") wpos = fs.fstatSync(fd).size;
      if (plus) text = kind === "a" ? readText(path, codec) : "";
    }
    const f = new TextFile(path, given, fd, text, newline, wpos, codec);
    if (kind === "a" && text !== null) f.pos = f.text.length;
    return f;
  } catch (e) {
    if (e.code !== undefined) throw osError(e, path);
    throw e;
  }
}

// ---------------------------------------------------------------------------------------------
// The driver: running the main module, tracebacks

let entryFile = null;
/** An Error made in `main`: its stack names the entry module's URL. Read only for a traceback
 * (formatting a stack is the costly part, and V8 does it on first access). */
let entryProbe = null;

/** For the traceback printer (`_tb.mjs`): the entry module's probe Error and its .py name. */
export function entryInfo() {
  return [entryProbe, entryFile];
}

/** Run the body of the entry module; print a traceback and exit on an uncaught exception. */
export function main(fn, pyfile) {
  entryFile = pyfile;
  entryProbe = new Error();
  try {
    const r = fn();
    if (r !== null && typeof r === "object" && typeof r.then === "function") r.then(exit_hook, uncaught);
    else exit_hook();
  } catch (e) {
    uncaught(e);
  }
  flushOut();
}

/** The function `atexit` runs at the end of the program (its handlers, last registered first):
 * after the entry module's body, after an uncaught exception's traceback, on `SystemExit`. */
let exitHook = null;
export function set_exit_hook(f) {
  exitHook = f;
}
function exit_hook() {
  const f = exitHook;
  if (f !== null) {
    exitHook = null;
    f();
  }
}

/** Run the body of an entry module compiled with `--lib` (imported by JavaScript code): an
 * uncaught exception is thrown to the importer as a `js_error`, not printed. */
export function main_lib(fn, pyfile) {
  entryFile = pyfile;
  entryProbe = new Error();
  try {
    const r = fn();
    if (r !== null && typeof r === "object" && typeof r.then === "function") return r.then(null, (e) => Promise.reject(js_error(e)));
  } catch (e) {
    throw js_error(e);
  } finally {
    flushOut();
  }
}

/** A JS `Error` for an exception thrown by compiled code (for JavaScript callers: `--lib`):
 * `name` is the Python class name, `message` its str, `python` the exception object and
 * `pythonTraceback` CPython's report. */
export function js_error(e) {
  if (e instanceof Error && e.python !== undefined) return e;
  const pe = exc(e);
  const err = new Error(to_str(pe));
  err.name = typename(pe);
  err.python = pe;
  if (tbFormat !== null) err.pythonTraceback = tbFormat(pe);
  return err;
}

/** The traceback printer for `js_error`, installed by js-interop.mjs (which a `--lib` entry
 * module imports first) from `_tb.mjs`, which is not part of the core. */
let tbFormat = null;
export function set_tb_format(f) {
  tbFormat = f;
}

/** Run the body of an entry module the compiler proved cannot raise (`body_cannot_raise` in
 * lower/mod.rs): unlike `main`, it needs none of the exception and traceback machinery. */
export function main_lean(fn) {
  fn();
  exit_hook();
  flushOut();
}

if (isNode) globalThis.process.on("exit", flushOut);

/** The entry module's probe Error and .py name, for a report made by another copy of the core
 * (`rt/lean_report.mjs`, in the lazily loaded `_full/` runtime of a lean program). */
export function set_entry(probe, pyfile) {
  entryProbe = probe;
  entryFile = pyfile;
}

/** Run the body of an entry module compiled for the lean runtime (`lower/lean.rs`): its helpers
 * (`rt/lean.mjs`) handle the values such a program can make and, for anything else (an error),
 * throw a deferred operation. Nothing catches exceptions in such a program, so an exception
 * always reaches here: the full runtime (`pyjs/_full/`, a separate copy of the core with the
 * exception classes and the traceback printer) is loaded only then, and re-runs the deferred
 * operation to raise CPython's exception and report it. */
export function main_lazy(fn, pyfile) {
  Error.stackTraceLimit = Infinity;
  const probe = new Error();
  try {
    fn();
  } catch (e) {
    flushOut();
    import(/* lazy: the full runtime of a lean program, see driver.rs */ "../_full/builtins.mjs").then((full) => full.lean_report(e, probe, pyfile));
    return;
  }
  exit_hook();
  flushOut();
}

/** Report an exception that reached the top and end the program. */
export function uncaught(e) {
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
    exit_hook();
    flushOut();
    if (isNode) globalThis.process.exit(status);
    return;
  }
  // The traceback printer is its own module (`_tb.mjs`, with the source-map reader, caret lines
  // and "Did you mean" suggestions), loaded only here: a program that ends normally never
  // downloads it. Nothing runs between the uncaught exception and the exit but this import.
  import(/* lazy: shipped with `main`, see driver.rs */ "../_tb.mjs").then((tb) => {
    writeErr(tb.format_exception(pe));
    exit_hook();
    flushOut();
    if (isNode) globalThis.process.exit(1);
  });
}
