// Python's `collections` module (CPython 3.11): deque, Counter, defaultdict, OrderedDict,
// ChainMap, namedtuple, UserDict, UserList, UserString; and the machinery behind
// `typing.NamedTuple` and `typing.TypedDict` (typing.mjs re-exports them).
//
// Representation:
// - Counter, defaultdict and OrderedDict are subclasses of `dict` made with `mkclass`: their
//   instances are real `Dict`s whose prototype is the class. Each of these classes has an own
//   JS `constructor` property (not a Python attribute) naming itself, so that the runtime's
//   item-access fast paths, which test `o.constructor === Dict`, take the slow path that
//   honours `__missing__` and overridden dunders.
// - deque instances are ordinary Python instances holding a ring buffer (`$a`, `$h`, `$n`).
// - namedtuple classes are subclasses of `tuple`: instances are `Tuple`s whose prototype is the
//   class; fields are accessors on the class.

import {
  mkclass, iter, next, arr, repr, str, len, eq, ne, lt, le, gt, ge, add, sub, mul, mod, neg, truthy, contains,
  getitem, setitem, delitem, ga, sa, cm, mangleAttr, callkw, splitkw, kwtake, kwrest, kwnone, isinstance, typename,
  tuple_of, mktuple, Tuple, Dict, KwArgs, dict, tuple, list, object, classmethod, property, hash, frozenset, slice,
  NotImplemented, TypeError, ValueError, IndexError, KeyError, AttributeError, RuntimeError,
  NotImplementedError, StopIteration,
} from "./builtins.mjs";
import { repr_dict, repr_list, list_sort, DictKeys, DictValues, DictItems } from "./rt/containers.mjs";
import { method, withSig, toInt, isInt } from "./_shim.mjs";
import * as abc from "./collections/abc.mjs";
import { ABCMeta } from "./abc.mjs";
import { KeysView, ValuesView, ItemsView, MutableMapping, MutableSequence, Sequence } from "./collections/abc.mjs";

// `collections.abc` as an attribute of this module. `from collections import *` does not bind
// it: the compiler leaves submodules out of a shim's star-import names (CPython's `__all__`).
export {
  abc,
};

export const __name__ = "collections";

// ================================================================== helpers

/** A function taking self as `this` (runtime method convention), for accessors/classmethods. */
function rt(f) {
  f.$rt = true;
  return f;
}

/**
 * Define classmethod `name` on class C as the runtime does for `@classmethod` (an accessor
 * giving `f` bound to the class); usable after `mkclass` has finished the class.
 */
function classMethodAccessor(C, name, f) {
  f.$rt = true;
  const get = function () {
    const cls = typeof this === "function" && this.$isclass === true ? this : Object.getPrototypeOf(this);
    const b = f.bind(cls);
    b.$self = cls;
    b.$func = f;
    return b;
  };
  get.$func = f;
  Object.defineProperty(C, name, { get, enumerable: true, configurable: true });
}

/** The keywords of a trailing KwArgs in `args` (removed) as a JS Map (empty when none). */
function kwMap(args) {
  const k = splitkw(args);
  return k === null ? new Map() : k.map;
}

/**
 * Fix-ups for a subclass C of dict: `o.constructor` names C (see the header), and C gets an own
 * empty `$methods` table, so that the runtime's MRO walk, which reads `K.$methods` through the
 * prototype chain, does not find dict's methods (say `update`) on C's subclasses before C's own.
 */
function ownConstructor(C) {
  Object.defineProperty(C, "constructor", { value: C, writable: true, configurable: true, enumerable: false });
  ownMethods(C);
}

function ownMethods(C) {
  Object.defineProperty(C, "$methods", { value: Object.create(null), writable: true, configurable: true, enumerable: false });
}

/** Whether x is a mapping (a dict, or an instance with `keys` and `__getitem__`). */
function isMapping(x) {
  if (x instanceof Dict) return true;
  return x !== null && (typeof x === "object" || typeof x === "function") && x.$isclass !== undefined &&
    x.keys !== undefined && x.__getitem__ !== undefined;
}

/** The [key, value] pairs of a mapping, as `mapping.items()` gives them. */
function mappingPairs(m) {
  if (m instanceof Dict) return Array.from(m.entries());
  const out = [];
  for (const item of iter(cm(m, "items"))) {
    const t = arr(item);
    out.push([t[0], t[1]]);
  }
  return out;
}

/** Python equality for container items: identity first. */
function same(a, b) {
  return a === b || eq(a, b);
}

/** Containers being repr'd (a repeat prints `...`). */
const reprActive = new Set();

function reprGuard(o, again, body) {
  if (reprActive.has(o)) return again;
  reprActive.add(o);
  try {
    return body();
  } finally {
    reprActive.delete(o);
  }
}

/** The class name CPython's C types print for `type(self)`. */
function clsName(self) {
  return typename(self);
}

/** A JS generator function whose generators are named `name` by type(). */
function namedGen(g, pytype) {
  g.prototype.$pytype = pytype;
  return g;
}

// ================================================================== deque

const DEQUE_MIN = 8;

function dqGrow(d) {
  const cap = d.$a.length;
  const a = new Array(cap * 2);
  const mask = cap - 1;
  for (let i = 0; i < d.$n; i++) a[i] = d.$a[(d.$h + i) & mask];
  d.$a = a;
  d.$h = 0;
}

function dqInit(d) {
  d.$a = new Array(DEQUE_MIN);
  d.$h = 0;
  d.$n = 0;
  d.$state = 0;
  if (d.$maxlen === undefined) d.$maxlen = null;
}

function dqAt(d, i) {
  return d.$a[(d.$h + i) & (d.$a.length - 1)];
}

function dqPushRight(d, x) {
  if (d.$n === d.$a.length) dqGrow(d);
  d.$a[(d.$h + d.$n) & (d.$a.length - 1)] = x;
  d.$n++;
}

function dqPushLeft(d, x) {
  if (d.$n === d.$a.length) dqGrow(d);
  d.$h = (d.$h - 1) & (d.$a.length - 1);
  d.$a[d.$h] = x;
  d.$n++;
}

function dqPopRight(d) {
  d.$n--;
  const j = (d.$h + d.$n) & (d.$a.length - 1);
  const x = d.$a[j];
  d.$a[j] = undefined;
  return x;
}

function dqPopLeft(d) {
  const x = d.$a[d.$h];
  d.$a[d.$h] = undefined;
  d.$h = (d.$h + 1) & (d.$a.length - 1);
  d.$n--;
  return x;
}

function dqToArray(d) {
  const out = new Array(d.$n);
  const mask = d.$a.length - 1;
  for (let i = 0; i < d.$n; i++) out[i] = d.$a[(d.$h + i) & mask];
  return out;
}

function dqFromArray(d, items) {
  let cap = DEQUE_MIN;
  while (cap < items.length) cap *= 2;
  const a = new Array(cap);
  for (let i = 0; i < items.length; i++) a[i] = items[i];
  d.$a = a;
  d.$h = 0;
  d.$n = items.length;
  d.$state++;
}

function dqAppend(d, x) {
  d.$state++;
  if (d.$maxlen !== null) {
    if (d.$maxlen === 0) return;
    if (d.$n >= d.$maxlen) dqPopLeft(d);
  }
  dqPushRight(d, x);
}

function dqAppendLeft(d, x) {
  d.$state++;
  if (d.$maxlen !== null) {
    if (d.$maxlen === 0) return;
    if (d.$n >= d.$maxlen) dqPopRight(d);
  }
  dqPushLeft(d, x);
}

function dqExtend(d, iterable) {
  const items = iterable === d ? dqToArray(d) : iterable;
  for (const x of iter(items)) dqAppend(d, x);
}

function dqExtendLeft(d, iterable) {
  const items = iterable === d ? dqToArray(d) : iterable;
  for (const x of iter(items)) dqAppendLeft(d, x);
}

/** A deque index argument as a JS number, with CPython's TypeError. */
function dqIndexArg(i) {
  if (typeof i === "number" && Number.isInteger(i)) return i;
  if (typeof i === "boolean") return +i;
  if (typeof i === "bigint") throw IndexError("cannot fit 'int' into an index-sized integer");
  if (i !== null && typeof i === "object" && i.$isclass === true && i.__index__ !== undefined) return dqIndexArg(cm(i, "__index__"));
  throw TypeError(`sequence index must be integer, not '${typename(i)}'`);
}

function dqCheckIndex(d, i) {
  i = dqIndexArg(i);
  if (i < 0) i += d.$n;
  if (i < 0 || i >= d.$n) throw IndexError("deque index out of range");
  return i;
}

function isDeque(x) {
  return x !== null && typeof x === "object" && x.$isclass === true && x.$a !== undefined && isinstance(x, deque);
}

/** A new deque of the same type as `d` (as `type(d)(items, maxlen)`). */
function dqNewLike(d, items) {
  const C = Object.getPrototypeOf(d);
  if (C === deque) {
    const r = Object.create(deque);
    r.$maxlen = d.$maxlen;
    dqInit(r);
    for (const x of items) dqAppend(r, x);
    return r;
  }
  return d.$maxlen === null ? C(items) : C(items, d.$maxlen);
}

function dqCompare(a, b, op) {
  if (!isDeque(b)) return NotImplemented;
  const x = dqToArray(a), y = dqToArray(b);
  if (op === "eq" || op === "ne") {
    let equal = x.length === y.length;
    for (let i = 0; equal && i < x.length; i++) if (!same(x[i], y[i])) equal = false;
    return op === "eq" ? equal : !equal;
  }
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) {
    if (!same(x[i], y[i])) {
      return op === "lt" ? lt(x[i], y[i]) : op === "le" ? le(x[i], y[i]) : op === "gt" ? gt(x[i], y[i]) : ge(x[i], y[i]);
    }
  }
  return op === "lt" ? x.length < y.length : op === "le" ? x.length <= y.length : op === "gt" ? x.length > y.length : x.length >= y.length;
}

const dequeIter = namedGen(function* dequeIter(d) {
  const state = d.$state, n = d.$n;
  for (let i = 0; i < n; i++) {
    if (d.$state !== state || d.$n !== n) throw RuntimeError("deque mutated during iteration");
    yield dqAt(d, i);
  }
  if (d.$state !== state || d.$n !== n) throw RuntimeError("deque mutated during iteration");
}, "_collections._deque_iterator");

const dequeRevIter = namedGen(function* dequeRevIter(d) {
  const state = d.$state, n = d.$n;
  for (let i = n - 1; i >= 0; i--) {
    if (d.$state !== state || d.$n !== n) throw RuntimeError("deque mutated during iteration");
    yield dqAt(d, i);
  }
}, "_collections._deque_reverse_iterator");

export const deque = mkclass("deque", [], (C) => {
  C.$tpname = "collections.deque";
  C.__module__ = "collections";
  C.__init__ = method("deque.__init__", ["iterable", "maxlen"], function (iterable, maxlen) {
    if (maxlen === undefined || maxlen === null) maxlen = null;
    else {
      if (!isInt(maxlen)) throw TypeError("an integer is required");
      maxlen = toInt(maxlen);
      if (typeof maxlen === "bigint") throw OverflowErrorLike();
      if (maxlen < 0) throw ValueError("maxlen must be non-negative");
    }
    this.$maxlen = maxlen;
    if (this.$a === undefined) dqInit(this);
    else {
      // deque.__init__ called again: clear first.
      dqFromArray(this, []);
    }
    if (iterable !== undefined) dqExtend(this, iterable);
    return null;
  }, { defaults: 2 });
  Object.defineProperty(C, "maxlen", {
    get() {
      return this.$maxlen ?? null;
    },
    set() {
      throw AttributeError("attribute 'maxlen' of 'collections.deque' objects is not writable");
    },
    enumerable: true,
    configurable: true,
  });
  C.append = method("deque.append", ["x"], function (x) {
    dqAppend(this, x);
    return null;
  });
  C.appendleft = method("deque.appendleft", ["x"], function (x) {
    dqAppendLeft(this, x);
    return null;
  });
  C.pop = method("deque.pop", [], function () {
    if (this.$n === 0) throw IndexError("pop from an empty deque");
    this.$state++;
    return dqPopRight(this);
  });
  C.popleft = method("deque.popleft", [], function () {
    if (this.$n === 0) throw IndexError("pop from an empty deque");
    this.$state++;
    return dqPopLeft(this);
  });
  C.extend = method("deque.extend", ["iterable"], function (iterable) {
    dqExtend(this, iterable);
    return null;
  });
  C.extendleft = method("deque.extendleft", ["iterable"], function (iterable) {
    dqExtendLeft(this, iterable);
    return null;
  });
  C.clear = method("deque.clear", [], function () {
    dqFromArray(this, []);
    return null;
  });
  C.copy = method("deque.copy", [], function () {
    return dqNewLike(this, dqToArray(this));
  });
  C.__copy__ = C.copy;
  C.count = method("deque.count", ["value"], function (value) {
    let n = 0;
    const state = this.$state;
    for (const x of dqToArray(this)) {
      if (same(x, value)) n++;
      if (this.$state !== state) throw RuntimeError("deque mutated during iteration");
    }
    return n;
  });
  C.index = method("deque.index", ["value", "start", "stop"], function (value, start, stop) {
    const n = this.$n;
    const norm = (v, dflt) => {
      if (v === undefined) return dflt;
      v = dqIndexArgLoose(v);
      if (v < 0) v = Math.max(0, v + n);
      return Math.min(v, n);
    };
    const lo = norm(start, 0), hi = norm(stop, n);
    const state = this.$state;
    for (let i = lo; i < hi; i++) {
      if (same(dqAt(this, i), value)) return i;
      if (this.$state !== state) throw RuntimeError("deque mutated during iteration");
    }
    throw ValueError(`${repr(value)} is not in deque`);
  }, { defaults: 2 });
  C.insert = method("deque.insert", ["index", "x"], function (index, x) {
    if (this.$maxlen !== null && this.$n >= this.$maxlen) throw IndexError("deque already at its maximum size");
    let i = dqIndexArgLoose(index);
    const n = this.$n;
    if (i < 0) i = Math.max(0, i + n);
    if (i > n) i = n;
    const items = dqToArray(this);
    items.splice(i, 0, x);
    dqFromArray(this, items);
    return null;
  });
  C.remove = method("deque.remove", ["value"], function (value) {
    const items = dqToArray(this);
    for (let i = 0; i < items.length; i++) {
      if (same(items[i], value)) {
        if (this.$n !== items.length) throw IndexError("deque mutated during remove().");
        items.splice(i, 1);
        dqFromArray(this, items);
        return null;
      }
    }
    throw ValueError(`${repr(value)} is not in deque`);
  });
  C.reverse = method("deque.reverse", [], function () {
    dqFromArray(this, dqToArray(this).reverse());
    return null;
  });
  C.rotate = method("deque.rotate", ["n"], function (n) {
    n = n === undefined ? 1 : toInt(n);
    if (typeof n === "bigint") n = Number(n);
    const len_ = this.$n;
    if (len_ <= 1) return null;
    let k = n % len_;
    if (k < 0) k += len_;
    if (k === 0) return null;
    // Move the shorter side across the ring's ends, as CPython does (O(min(k, len - k))).
    if (k <= len_ - k) for (let i = 0; i < k; i++) dqPushLeft(this, dqPopRight(this));
    else for (let i = k; i < len_; i++) dqPushRight(this, dqPopLeft(this));
    this.$state++;
    return null;
  }, { defaults: 1 });
  C.__len__ = method("deque.__len__", [], function () {
    return this.$n;
  });
  C.__bool__ = method("deque.__bool__", [], function () {
    return this.$n !== 0;
  });
  C.__iter__ = method("deque.__iter__", [], function () {
    return dequeIter(this);
  });
  C.__reversed__ = method("deque.__reversed__", [], function () {
    return dequeRevIter(this);
  });
  C.__contains__ = method("deque.__contains__", ["x"], function (x) {
    const state = this.$state;
    for (const v of dqToArray(this)) {
      if (same(v, x)) return true;
      if (this.$state !== state) throw RuntimeError("deque mutated during iteration");
    }
    return false;
  });
  C.__getitem__ = method("deque.__getitem__", ["index"], function (index) {
    return dqAt(this, dqCheckIndex(this, index));
  });
  C.__setitem__ = method("deque.__setitem__", ["index", "value"], function (index, value) {
    const i = dqCheckIndex(this, index);
    this.$a[(this.$h + i) & (this.$a.length - 1)] = value;
    return null;
  });
  C.__delitem__ = method("deque.__delitem__", ["index"], function (index) {
    const i = dqCheckIndex(this, index);
    const items = dqToArray(this);
    items.splice(i, 1);
    dqFromArray(this, items);
    return null;
  });
  C.__repr__ = method("deque.__repr__", [], function () {
    return reprGuard(this, "[...]", () => {
      const body = repr_list(dqToArray(this));
      return this.$maxlen === null ? `${clsName(this)}(${body})` : `${clsName(this)}(${body}, maxlen=${this.$maxlen})`;
    });
  });
  for (const op of ["eq", "ne", "lt", "le", "gt", "ge"]) {
    C[`__${op}__`] = method(`deque.__${op}__`, ["other"], function (other) {
      const r = dqCompare(this, other, op);
      if (r === NotImplemented && op !== "eq" && op !== "ne" && other !== null && other !== undefined &&
          other.$isclass === undefined && typeof other !== "function") {
        const sym = { lt: "<", le: "<=", gt: ">", ge: ">=" }[op];
        throw TypeError(`'${sym}' not supported between instances of 'collections.deque' and '${typename(other)}'`);
      }
      return r;
    });
  }
  // Unhashable, with CPython's message (which names the type 'collections.deque').
  C.__hash__ = method("deque.__hash__", [], function () {
    throw TypeError("unhashable type: 'collections.deque'");
  });
  C.__hash__.$unhashable = true;
  // For copy.deepcopy (CPython's deque.__reduce__).
  C.$reduce = function () {
    return { func: Object.getPrototypeOf(this), args: [[], this.$maxlen], listitems: dqToArray(this) };
  };
  C.__add__ = method("deque.__add__", ["other"], function (other) {
    if (!isDeque(other)) throw TypeError(`can only concatenate deque (not "${typename(other)}") to deque`);
    return dqNewLike(this, dqToArray(this).concat(dqToArray(other)));
  });
  C.__iadd__ = method("deque.__iadd__", ["other"], function (other) {
    dqExtend(this, other);
    return this;
  });
  const repeat = (d, n) => {
    n = dqRepeatCount(n);
    const items = dqToArray(d);
    const out = [];
    for (let i = 0; i < n; i++) for (const x of items) out.push(x);
    return out;
  };
  C.__mul__ = method("deque.__mul__", ["n"], function (n) {
    if (!isInt(n) && !(n !== null && typeof n === "object" && n.__index__ !== undefined)) return NotImplemented;
    return dqNewLike(this, repeat(this, n));
  });
  C.__rmul__ = C.__mul__;
  C.__imul__ = method("deque.__imul__", ["n"], function (n) {
    if (!isInt(n) && !(n !== null && typeof n === "object" && n.__index__ !== undefined)) return NotImplemented;
    const items = repeat(this, n);
    dqFromArray(this, []);
    for (const x of items) dqAppend(this, x);
    return this;
  });
});
// deque is a MutableSequence (registered, as in CPython; anchored on deque so it ships with it).
deque.$abc = ABCMeta.register.call(MutableSequence, deque);

function dqRepeatCount(n) {
  n = toInt(n);
  if (typeof n === "bigint") throw OverflowErrorLike();
  return n < 0 ? 0 : n;
}

function dqIndexArgLoose(v) {
  v = toInt(v);
  if (typeof v === "bigint") return v < 0n ? -Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER;
  return v;
}

function OverflowErrorLike() {
  return ValueError("Python int too large to convert to C ssize_t");
}

// ================================================================== Counter

const itemValue = (t) => t[1];

/** The (key, count) tuples of a counter ordered by count, most common first (stable). */
function mostCommon(c) {
  const items = Array.from(c.entries(), ([k, v]) => mktuple(k, v));
  list_sort(items, itemValue, true);
  return items;
}

/** Count the elements of `iterable` into counter `c` (CPython's _count_elements). */
function countElements(c, iterable) {
  if (Object.getPrototypeOf(c) === Counter) {
    for (const x of iter(iterable)) {
      const v = c.get(x);
      c.set(x, v === undefined ? 1 : typeof v === "number" && v < 9007199254740991 && Number.isInteger(v) ? v + 1 : add(v, 1));
    }
    return;
  }
  for (const x of iter(iterable)) setitem(c, x, add(cm(c, "get", x, 0), 1));
}

function isCounter(x) {
  return x instanceof Dict && isinstance(x, Counter);
}

/** `self[key]` of a counter (0 when missing). */
function cget(c, k) {
  const v = c.get(k);
  return v === undefined ? getitem(c, k) : v;
}

function newCounter() {
  return Counter();
}

function keepPositive(c) {
  for (const [k, v] of Array.from(c.entries())) if (!gt(v, 0)) c.delete(k);
  return c;
}

export const Counter = mkclass("Counter", [dict], (C) => {
  C.__module__ = "collections";
  C.__init__ = method("Counter.__init__", ["iterable"], function (...args) {
    const k = splitkw(args);
    if (args.length > 1) throw TypeError(`expected at most 1 argument, got ${args.length}`);
    const iterable = args[0];
    const fwd = [iterable === undefined ? null : iterable];
    if (k !== null && k.map.size > 0) fwd.push(k);
    cm(this, "update", ...fwd);
    return null;
  }, { defaults: 1, varkw: true, nposonly: 2 });
  C.__missing__ = method("Counter.__missing__", ["key"], function () {
    return 0;
  });
  C.total = method("Counter.total", [], function () {
    let s = 0;
    for (const v of this.values()) s = add(s, v);
    return s;
  });
  C.most_common = method("Counter.most_common", ["n"], function (n) {
    const items = mostCommon(this);
    if (n === undefined || n === null) return items;
    n = toInt(n);
    if (n <= 0) return [];
    return items.slice(0, Number(n));
  }, { defaults: 1 });
  C.elements = method("Counter.elements", [], function () {
    return elementsGen(Array.from(this.entries()));
  });
  C.fromkeys = classmethod(rt(function () {
    throw NotImplementedError("Counter.fromkeys() is undefined.  Use Counter(iterable) instead.");
  }));
  C.update = method("Counter.update", ["iterable"], function (...args) {
    const k = splitkw(args);
    if (args.length > 1) throw TypeError(`expected at most 1 argument, got ${args.length}`);
    const iterable = args[0];
    if (iterable !== undefined && iterable !== null) {
      if (isMapping(iterable)) {
        if (this.size > 0) {
          for (const [key, v] of mappingPairs(iterable)) setitem(this, key, add(v, cm(this, "get", key, 0)));
        } else {
          for (const [key, v] of mappingPairs(iterable)) setitem(this, key, v);
        }
      } else {
        countElements(this, iterable);
      }
    }
    if (k !== null && k.map.size > 0) cm(this, "update", kwrest(k));
    return null;
  }, { defaults: 1, varkw: true, nposonly: 2 });
  C.subtract = method("Counter.subtract", ["iterable"], function (...args) {
    const k = splitkw(args);
    if (args.length > 1) throw TypeError(`expected at most 1 argument, got ${args.length}`);
    const iterable = args[0];
    if (iterable !== undefined && iterable !== null) {
      if (isMapping(iterable)) {
        for (const [key, v] of mappingPairs(iterable)) setitem(this, key, sub(cm(this, "get", key, 0), v));
      } else {
        for (const key of iter(iterable)) setitem(this, key, sub(cm(this, "get", key, 0), 1));
      }
    }
    if (k !== null && k.map.size > 0) cm(this, "subtract", kwrest(k));
    return null;
  }, { defaults: 1, varkw: true, nposonly: 2 });
  C.copy = method("Counter.copy", [], function () {
    return Object.getPrototypeOf(this)(this);
  });
  C.__copy__ = C.copy;
  C.__delitem__ = method("Counter.__delitem__", ["elem"], function (elem) {
    this.delete(elem);
    return null;
  });
  C.__repr__ = method("Counter.__repr__", [], function () {
    const name = clsName(this);
    if (this.size === 0) return `${name}()`;
    return reprGuard(this, "...", () => {
      let items;
      try {
        items = mostCommon(this);
      } catch (e) {
        if (e?.$exc === true && isinstance(e, TypeError)) items = Array.from(this.entries());
        else throw e;
      }
      const d = new Dict();
      for (const [k, v] of items) d.set(k, v);
      return `${name}(${repr_dict(d)})`;
    });
  });
  // Rich comparisons (multiset inclusion), 3.10+.
  const allPairs = (self, other, test) => {
    for (const c of [self, other]) for (const e of Array.from(c.keys())) if (!test(cget(self, e), cget(other, e))) return false;
    return true;
  };
  const cmpop = (name, test, strictNe) => {
    C[name] = method(`Counter.${name}`, ["other"], function (other) {
      if (!isCounter(other)) return NotImplemented;
      const r = allPairs(this, other, test);
      return strictNe ? r && !allPairs(this, other, (a, b) => eq(a, b)) : r;
    });
  };
  cmpop("__eq__", (a, b) => eq(a, b), false);
  C.__ne__ = method("Counter.__ne__", ["other"], function (other) {
    if (!isCounter(other)) return NotImplemented;
    return !allPairs(this, other, (a, b) => eq(a, b));
  });
  cmpop("__le__", (a, b) => le(a, b), false);
  cmpop("__lt__", (a, b) => le(a, b), true);
  cmpop("__ge__", (a, b) => ge(a, b), false);
  cmpop("__gt__", (a, b) => ge(a, b), true);
  C.__hash__ = null;
  // Multiset arithmetic.
  C.__add__ = method("Counter.__add__", ["other"], function (other) {
    if (!isCounter(other)) return NotImplemented;
    const r = newCounter();
    for (const [k, v] of Array.from(this.entries())) {
      const n = add(v, cget(other, k));
      if (gt(n, 0)) setitem(r, k, n);
    }
    for (const [k, v] of Array.from(other.entries())) if (!this.has(k) && gt(v, 0)) setitem(r, k, v);
    return r;
  });
  C.__sub__ = method("Counter.__sub__", ["other"], function (other) {
    if (!isCounter(other)) return NotImplemented;
    const r = newCounter();
    for (const [k, v] of Array.from(this.entries())) {
      const n = sub(v, cget(other, k));
      if (gt(n, 0)) setitem(r, k, n);
    }
    for (const [k, v] of Array.from(other.entries())) if (!this.has(k) && lt(v, 0)) setitem(r, k, sub(0, v));
    return r;
  });
  C.__or__ = method("Counter.__or__", ["other"], function (other) {
    if (!isCounter(other)) return NotImplemented;
    const r = newCounter();
    for (const [k, v] of Array.from(this.entries())) {
      const o = cget(other, k);
      const n = lt(v, o) ? o : v;
      if (gt(n, 0)) setitem(r, k, n);
    }
    for (const [k, v] of Array.from(other.entries())) if (!this.has(k) && gt(v, 0)) setitem(r, k, v);
    return r;
  });
  C.__and__ = method("Counter.__and__", ["other"], function (other) {
    if (!isCounter(other)) return NotImplemented;
    const r = newCounter();
    for (const [k, v] of Array.from(this.entries())) {
      const o = cget(other, k);
      const n = lt(v, o) ? v : o;
      if (gt(n, 0)) setitem(r, k, n);
    }
    return r;
  });
  C.__pos__ = method("Counter.__pos__", [], function () {
    const r = newCounter();
    for (const [k, v] of Array.from(this.entries())) if (gt(v, 0)) setitem(r, k, v);
    return r;
  });
  C.__neg__ = method("Counter.__neg__", [], function () {
    const r = newCounter();
    for (const [k, v] of Array.from(this.entries())) if (lt(v, 0)) setitem(r, k, sub(0, v));
    return r;
  });
  C.__iadd__ = method("Counter.__iadd__", ["other"], function (other) {
    if (!isCounter(other)) return NotImplemented;
    for (const [k, v] of Array.from(other.entries())) setitem(this, k, add(cget(this, k), v));
    return keepPositive(this);
  });
  C.__isub__ = method("Counter.__isub__", ["other"], function (other) {
    if (!isCounter(other)) return NotImplemented;
    for (const [k, v] of Array.from(other.entries())) setitem(this, k, sub(cget(this, k), v));
    return keepPositive(this);
  });
  C.__ior__ = method("Counter.__ior__", ["other"], function (other) {
    if (!isCounter(other)) return NotImplemented;
    for (const [k, v] of Array.from(other.entries())) {
      const o = cget(this, k);
      if (gt(v, o)) setitem(this, k, v);
    }
    return keepPositive(this);
  });
  C.__iand__ = method("Counter.__iand__", ["other"], function (other) {
    if (!isCounter(other)) return NotImplemented;
    for (const [k, v] of Array.from(this.entries())) {
      const o = cget(other, k);
      if (lt(o, v)) setitem(this, k, o);
    }
    return keepPositive(this);
  });
});
ownConstructor(Counter);

const elementsGen = namedGen(function* elements(pairs) {
  for (const [k, v] of pairs) {
    const n = toInt(v);
    for (let i = 0; i < n; i++) yield k;
  }
}, "itertools.chain");

// ================================================================== defaultdict

export const defaultdict = mkclass("defaultdict", [dict], (C) => {
  C.$tpname = "collections.defaultdict";
  C.__module__ = "collections";
  C.__init__ = method("defaultdict.__init__", [], function (...args) {
    const k = splitkw(args);
    let factory = null;
    if (args.length > 0) {
      factory = args.shift();
      if (factory !== null && typeof factory !== "function") throw TypeError("first argument must be callable or None");
    }
    this.default_factory = factory;
    if (args.length > 0 || (k !== null && k.map.size > 0)) {
      if (k !== null) args.push(k);
      dict.__init__.call(this, ...args);
    }
    return null;
  }, { varargs: true, varkw: true });
  C.__missing__ = method("defaultdict.__missing__", ["key"], function (key) {
    const f = this.default_factory;
    if (f === null || f === undefined) throw KeyError(key);
    const v = f();
    setitem(this, key, v);
    return v;
  });
  C.__repr__ = method("defaultdict.__repr__", [], function () {
    const f = this.default_factory;
    const frepr = f === this ? "..." : reprGuard(this, "...", () => repr(f ?? null));
    // CPython guards only the dict part (dict.__repr__), so a defaultdict inside itself
    // prints `defaultdict(<class 'list'>, {...})`, not a bare `{...}`.
    return `${clsName(this)}(${frepr}, ${repr_dict(this)})`;
  });
  C.copy = method("defaultdict.copy", [], function () {
    return Object.getPrototypeOf(this)(this.default_factory ?? null, this);
  });
  C.__copy__ = C.copy;
  C.__or__ = method("defaultdict.__or__", ["other"], function (other) {
    if (!(other instanceof Dict)) return NotImplemented;
    const r = cm(this, "copy");
    cm(r, "update", other);
    return r;
  });
  C.__ror__ = method("defaultdict.__ror__", ["other"], function (other) {
    if (!(other instanceof Dict)) return NotImplemented;
    const r = Object.getPrototypeOf(this)(this.default_factory ?? null, other);
    cm(r, "update", this);
    return r;
  });
});
ownConstructor(defaultdict);

// ================================================================== OrderedDict

class ODictKeys extends DictKeys {
  get $typename() {
    return "odict_keys";
  }
}
class ODictValues extends DictValues {
  get $typename() {
    return "odict_values";
  }
}
class ODictItems extends DictItems {
  get $typename() {
    return "odict_items";
  }
}

/** Iteration over an OrderedDict: CPython's odict iterator notices a changed size or order. */
function* odictIter(d) {
  const n = d.size, state = d.$odstate;
  const it = new DictKeys(d)[Symbol.iterator]();
  for (;;) {
    if (d.size !== n) throw RuntimeError("OrderedDict changed size during iteration");
    if (d.$odstate !== state) throw RuntimeError("OrderedDict mutated during iteration");
    const r = it.next();
    if (r.done) return;
    yield r.value;
  }
}
odictIter.prototype.$pytype = "odict_iterator";

export const OrderedDict = mkclass("OrderedDict", [dict], (C) => {
  C.$tpname = "collections.OrderedDict";
  C.__module__ = "collections";
  C.__init__ = method("OrderedDict.__init__", [], function (...args) {
    const k = splitkw(args);
    if (args.length > 1) throw TypeError(`expected at most 1 arguments, got ${args.length}`);
    if (k !== null) args.push(k);
    dict.__init__.call(this, ...args);
    return null;
  }, { varargs: true, varkw: true });
  C.move_to_end = method("OrderedDict.move_to_end", ["key", "last"], function (key, last) {
    last = last === undefined ? true : truthy(last);
    const v = this.get(key);
    if (v === undefined) throw KeyError(key);
    this.$odstate = (this.$odstate ?? 0) + 1; // a live iterator raises (odictIter)
    if (last) {
      const k = findKey(this, key);
      this.delete(key);
      this.set(k, v);
    } else {
      const entries = Array.from(this.entries());
      const k = findKey(this, key);
      this.clear();
      this.set(k, v);
      for (const [ek, ev] of entries) if (ek !== k) this.set(ek, ev);
    }
    return null;
  }, { defaults: 1 });
  C.popitem = method("OrderedDict.popitem", ["last"], function (last) {
    last = last === undefined ? true : truthy(last);
    if (this.size === 0) throw KeyError("dictionary is empty");
    let e;
    if (last) for (const x of this.entries()) e = x;
    else e = this.entries().next().value;
    this.delete(e[0]);
    return mktuple(e[0], e[1]);
  }, { defaults: 1 });
  C.keys = method("OrderedDict.keys", [], function () {
    return new ODictKeys(this);
  });
  C.values = method("OrderedDict.values", [], function () {
    return new ODictValues(this);
  });
  C.items = method("OrderedDict.items", [], function () {
    return new ODictItems(this);
  });
  C.__repr__ = method("OrderedDict.__repr__", [], function () {
    const name = clsName(this);
    if (this.size === 0) return `${name}()`;
    return reprGuard(this, "...", () => `${name}(${repr_list(Array.from(this.entries(), ([k, v]) => mktuple(k, v)))})`);
  });
  C.__eq__ = method("OrderedDict.__eq__", ["other"], function (other) {
    if (isinstance(other, OrderedDict)) {
      if (this.size !== other.size || !this.$eq(other)) return false;
      const a = Array.from(this.keys()), b = Array.from(other.keys());
      for (let i = 0; i < a.length; i++) if (!same(a[i], b[i])) return false;
      return true;
    }
    if (other instanceof Dict) return this.$eq(other);
    return NotImplemented;
  });
  C.__ne__ = method("OrderedDict.__ne__", ["other"], function (other) {
    const r = C.__eq__.call(this, other);
    return r === NotImplemented ? r : !r;
  });
  C.__hash__ = null;
  C.__iter__ = method("OrderedDict.__iter__", [], function () {
    return odictIter(this);
  });
  C.__reversed__ = method("OrderedDict.__reversed__", [], function () {
    return Array.from(this.keys()).reverse()[Symbol.iterator]();
  });
  C.copy = method("OrderedDict.copy", [], function () {
    return Object.getPrototypeOf(this)(this);
  });
  C.__copy__ = C.copy;
  C.fromkeys = classmethod(rt(function (iterable, value) {
    const d = this();
    for (const k of iter(iterable)) setitem(d, k, value === undefined ? null : value);
    return d;
  }));
  C.__or__ = method("OrderedDict.__or__", ["other"], function (other) {
    if (!(other instanceof Dict)) return NotImplemented;
    const r = Object.getPrototypeOf(this)(this);
    cm(r, "update", other);
    return r;
  });
  C.__ror__ = method("OrderedDict.__ror__", ["other"], function (other) {
    if (!(other instanceof Dict)) return NotImplemented;
    const r = Object.getPrototypeOf(this)(other);
    cm(r, "update", this);
    return r;
  });
});
ownConstructor(OrderedDict);

/** The key object stored in dict `d` that equals `key`. */
function findKey(d, key) {
  for (const k of d.keys()) if (same(k, key)) return k;
  return key;
}

// ================================================================== ChainMap

function chainKeys(cm_) {
  const d = new Dict();
  const maps = arr(cm_.maps);
  for (let i = maps.length - 1; i >= 0; i--) for (const k of iter(maps[i])) d.set(k, null);
  return d;
}

export const ChainMap = mkclass("ChainMap", [MutableMapping], (C) => {
  C.__module__ = "collections";
  C.__init__ = method("ChainMap.__init__", [], function (...maps) {
    this.maps = maps.length > 0 ? maps : [new Dict()];
    return null;
  }, { varargs: true });
  C.__missing__ = method("ChainMap.__missing__", ["key"], function (key) {
    throw KeyError(key);
  });
  C.__getitem__ = method("ChainMap.__getitem__", ["key"], function (key) {
    for (const m of arr(this.maps)) {
      if (m instanceof Dict && Object.getPrototypeOf(m) === Dict.prototype) {
        const v = m.get(key);
        if (v !== undefined) return v;
        continue;
      }
      try {
        return getitem(m, key);
      } catch (e) {
        if (e?.$exc === true && isinstance(e, KeyError)) continue;
        throw e;
      }
    }
    return cm(this, "__missing__", key);
  });
  C.get = method("ChainMap.get", ["key", "default"], function (key, dflt) {
    return contains(this, key) ? getitem(this, key) : dflt === undefined ? null : dflt;
  }, { defaults: 1 });
  C.__len__ = method("ChainMap.__len__", [], function () {
    return chainKeys(this).size;
  });
  C.__iter__ = method("ChainMap.__iter__", [], function () {
    return chainKeys(this)[Symbol.iterator]();
  });
  C.__contains__ = method("ChainMap.__contains__", ["key"], function (key) {
    for (const m of arr(this.maps)) if (contains(m, key)) return true;
    return false;
  });
  C.__bool__ = method("ChainMap.__bool__", [], function () {
    for (const m of arr(this.maps)) if (truthy(m)) return true;
    return false;
  });
  C.__repr__ = method("ChainMap.__repr__", [], function () {
    return reprGuard(this, "...", () => `${clsName(this)}(${arr(this.maps).map(repr).join(", ")})`);
  });
  C.fromkeys = classmethod(rt(function (iterable, value) {
    const d = new Dict();
    for (const k of iter(iterable)) d.set(k, value === undefined ? null : value);
    return this(d);
  }));
  C.copy = method("ChainMap.copy", [], function () {
    const maps = arr(this.maps);
    return Object.getPrototypeOf(this)(cm(maps[0], "copy"), ...maps.slice(1));
  });
  C.__copy__ = C.copy;
  C.new_child = method("ChainMap.new_child", ["m"], function (m, ...rest) {
    const k = splitkw(rest);
    if (m === undefined || m === null) m = new Dict();
    if (k !== null && k.map.size > 0) cm(m, "update", kwrest(k));
    return Object.getPrototypeOf(this)(m, ...arr(this.maps));
  }, { defaults: 1, varkw: true });
  Object.defineProperty(C, "parents", {
    get() {
      return Object.getPrototypeOf(this)(...arr(this.maps).slice(1));
    },
    enumerable: true,
    configurable: true,
  });
  C.__setitem__ = method("ChainMap.__setitem__", ["key", "value"], function (key, value) {
    setitem(arr(this.maps)[0], key, value);
    return null;
  });
  C.__delitem__ = method("ChainMap.__delitem__", ["key"], function (key) {
    try {
      delitem(this.maps[0], key);
    } catch (e) {
      if (e?.$exc === true && isinstance(e, KeyError)) throw KeyError(`Key not found in the first mapping: ${repr(key)}`);
      throw e;
    }
    return null;
  });
  C.popitem = method("ChainMap.popitem", [], function () {
    try {
      return cm(this.maps[0], "popitem");
    } catch (e) {
      if (e?.$exc === true && isinstance(e, KeyError)) throw KeyError("No keys found in the first mapping.");
      throw e;
    }
  });
  C.pop = method("ChainMap.pop", ["key"], function (key, ...rest) {
    try {
      return cm(this.maps[0], "pop", key, ...rest);
    } catch (e) {
      if (e?.$exc === true && isinstance(e, KeyError)) throw KeyError(`Key not found in the first mapping: ${repr(key)}`);
      throw e;
    }
  }, { varargs: true });
  C.clear = method("ChainMap.clear", [], function () {
    cm(this.maps[0], "clear");
    return null;
  });
  C.keys = method("ChainMap.keys", [], function () {
    return KeysView(this);
  });
  C.values = method("ChainMap.values", [], function () {
    return ValuesView(this);
  });
  C.items = method("ChainMap.items", [], function () {
    return ItemsView(this);
  });
  C.setdefault = method("ChainMap.setdefault", ["key", "default"], function (key, dflt) {
    if (dflt === undefined) dflt = null;
    if (!contains(this, key)) setitem(this, key, dflt);
    return getitem(this, key);
  }, { defaults: 1 });
  C.update = method("ChainMap.update", [], function (...args) {
    const k = splitkw(args);
    const target = this.maps[0];
    if (k !== null) args.push(k);
    cm(target, "update", ...args);
    return null;
  }, { varargs: true, varkw: true });
  C.__eq__ = method("ChainMap.__eq__", ["other"], function (other) {
    if (!isMapping(other)) return NotImplemented;
    const a = new Dict();
    for (const k of chainKeys(this).keys()) a.set(k, getitem(this, k));
    const b = new Dict();
    for (const k of arr(cm(other, "keys"))) b.set(k, getitem(other, k));
    return eq(a, b);
  });
  C.__or__ = method("ChainMap.__or__", ["other"], function (other) {
    if (!isMapping(other)) return NotImplemented;
    const m = cm(this, "copy");
    cm(m.maps[0], "update", other);
    return m;
  });
  C.__ior__ = method("ChainMap.__ior__", ["other"], function (other) {
    cm(this.maps[0], "update", other);
    return this;
  });
});

// ================================================================== namedtuple

const KEYWORDS = new Set([
  "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
  "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in",
  "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
]);

function isIdentifier(s) {
  return /^[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}_]*$/u.test(s);
}

/** Field names from a string ("x y" / "x, y") or an iterable of strings. */
function fieldList(fieldNames) {
  if (typeof fieldNames === "string") return fieldNames.replace(/,/g, " ").split(/\s+/).filter((s) => s !== "");
  return arr(fieldNames).map((x) => str(x));
}

/**
 * Build a namedtuple class. `defaults` is an array (applied to the rightmost fields) or null;
 * `body(C)` may add attributes. Returns the class.
 */
function makeNamedTuple(typename_, fieldNames, { rename = false, defaults = null, module = null, into = null } = {}) {
  let fields = fieldList(fieldNames);
  typename_ = str(typename_);
  if (rename) {
    const seen = new Set();
    fields = fields.map((name, i) => {
      const bad = !isIdentifier(name) || KEYWORDS.has(name) || name.startsWith("_") || seen.has(name);
      seen.add(name);
      return bad ? `_${i}` : name;
    });
  }
  for (const name of [typename_, ...fields]) {
    if (!isIdentifier(name)) throw ValueError(`Type names and field names must be valid identifiers: ${repr(name)}`);
    if (KEYWORDS.has(name)) throw ValueError(`Type names and field names cannot be a keyword: ${repr(name)}`);
  }
  const seen = new Set();
  for (const name of fields) {
    if (name.startsWith("_") && !rename) throw ValueError(`Field names cannot start with an underscore: ${repr(name)}`);
    if (seen.has(name)) throw ValueError(`Encountered duplicate field name: ${repr(name)}`);
    seen.add(name);
  }
  const fieldDefaults = new Dict();
  if (defaults !== null) {
    defaults = arr(defaults);
    if (defaults.length > fields.length) throw TypeError("Got more default values than field names");
    const off = fields.length - defaults.length;
    defaults.forEach((v, i) => fieldDefaults.set(fields[off + i], v));
  }
  const install = (C) => installNamedTuple(C, typename_, fields, fieldDefaults, defaults);
  if (into !== null) {
    install(into);
    return into;
  }
  const C = mkclass(typename_, [tuple], (K) => {
    K.__module__ = module ?? "__main__";
    install(K);
  });
  return C;
}

/** Put the namedtuple machinery on class C (own attributes already there are kept). */
function installNamedTuple(C, typename_, fields, fieldDefaults, defaults) {
  const nf = fields.length;
  const ndef = defaults === null ? 0 : defaults.length;
  const setIfAbsent = (k, v) => {
    if (!Object.hasOwn(C, k)) C[k] = v;
  };
  const argList = fields.join(", ");
  const newFn = function __new__(cls, ...args) {
    if (args.length > 0 && args[args.length - 1] instanceof KwArgs) {
      // Called with keywords by something other than callkw: place them.
      const kw = args.pop().map;
      return callkw(newFn, [cls, ...args], kw);
    }
    if (args.length > nf) {
      const lo = nf + 1 - ndef;
      const takes = ndef === 0 ? `${nf + 1} positional argument${nf + 1 === 1 ? "" : "s"}` : `from ${lo} to ${nf + 1} positional arguments`;
      throw TypeError(`${typename_}.__new__() takes ${takes} but ${args.length + 1} were given`);
    }
    const vals = new Array(nf);
    const missing = [];
    for (let i = 0; i < nf; i++) {
      let v = args[i];
      if (v === undefined) {
        v = fieldDefaults.get(fields[i]);
        if (v === undefined) missing.push(fields[i]);
      }
      vals[i] = v;
    }
    if (missing.length > 0) {
      const q = missing.map((n) => `'${n}'`);
      const names = q.length === 1 ? q[0] : q.length === 2 ? `${q[0]} and ${q[1]}` : `${q.slice(0, -1).join(", ")}, and ${q[q.length - 1]}`;
      throw TypeError(`${typename_}.__new__() missing ${missing.length} required positional argument${missing.length === 1 ? "" : "s"}: ${names}`);
    }
    const t = tuple_of(vals);
    if (cls !== tuple) Object.setPrototypeOf(t, cls);
    return t;
  };
  withSig(newFn, "__new__", ["_cls", ...fields], { defaults: ndef, qual: `${typename_}.__new__` });
  newFn.$static = true;
  newFn.__defaults__ = defaults === null ? null : tuple_of(defaults);
  C.__new__ = newFn;
  C.__doc__ = `${typename_}(${argList})`;
  C.__slots__ = tuple_of([]);
  C._fields = tuple_of(fields);
  C._field_defaults = fieldDefaults;
  C.__match_args__ = tuple_of(fields);
  fields.forEach((name, i) => {
    const getter = function () {
      if (typeof this === "function" && this.$isclass === true) return getter.$tg;
      return this[i];
    };
    getter.$tg = tupleGetter(i);
    Object.defineProperty(C, mangleAttr(name), {
      get: getter,
      set() {
        throw AttributeError("can't set attribute");
      },
      enumerable: true,
      configurable: true,
    });
  });
  if (!Object.hasOwn(C, "_make")) classMethodAccessor(C, "_make", function (iterable) {
    const vals = arr(iterable);
    if (vals.length !== nf) throw TypeError(`Expected ${nf} arguments, got ${vals.length}`);
    const t = tuple_of(vals);
    Object.setPrototypeOf(t, this);
    return t;
  });
  setIfAbsent("_replace", method(`${typename_}._replace`, [], function (...args) {
    const k = splitkw(args);
    if (args.length > 0) throw TypeError(`${typename_}._replace() takes 1 positional argument but ${args.length + 1} were given`);
    const kw = k === null ? new Map() : new Map(k.map);
    const vals = fields.map((f, i) => {
      if (kw.has(f)) {
        const v = kw.get(f);
        kw.delete(f);
        return v;
      }
      return this[i];
    });
    if (kw.size > 0) throw ValueError(`Got unexpected field names: ${repr([...kw.keys()])}`);
    return cm(Object.getPrototypeOf(this), "_make", vals);
  }, { varkw: true }));
  setIfAbsent("__repr__", method(`${typename_}.__repr__`, [], function () {
    return reprGuard(this, "...", () => `${clsName(this)}(${fields.map((f, i) => `${f}=${repr(this[i])}`).join(", ")})`);
  }));
  setIfAbsent("_asdict", method(`${typename_}._asdict`, [], function () {
    const d = new Dict();
    fields.forEach((f, i) => d.set(f, this[i]));
    return d;
  }));
  setIfAbsent("__getnewargs__", method(`${typename_}.__getnewargs__`, [], function () {
    return tuple_of(Array.from(this));
  }));
  setIfAbsent("__setattr__", method(`${typename_}.__setattr__`, ["name", "value"], function (name, value) {
    if (fields.includes(name)) throw AttributeError("can't set attribute");
    if (Object.getPrototypeOf(this) === C) throw AttributeError(`'${typename(this)}' object has no attribute '${name}'`);
    Object.defineProperty(this, name, { value, writable: true, enumerable: true, configurable: true });
    return null;
  }));
  C.$sa = false;
  ownMethods(C);
}

/** What reading a field from a namedtuple class gives (CPython's _tuplegetter). */
const TupleGetter = mkclass("_tuplegetter", [], (C) => {
  C.__module__ = "collections";
  C.__repr__ = method("_tuplegetter.__repr__", [], function () {
    return `_tuplegetter(${this.$i}, ${repr(this.__doc__)})`;
  });
});

function tupleGetter(i) {
  const g = Object.create(TupleGetter);
  g.$i = i;
  g.__doc__ = `Alias for field number ${i}`;
  return g;
}

/** namedtuple(typename, field_names, *, rename=False, defaults=None, module=None) */
export function namedtuple(typename_, fieldNames, ...rest) {
  const k = splitkw(rest);
  if (rest.length > 0) throw TypeError(`namedtuple() takes 2 positional arguments but ${rest.length + 2} were given`);
  if (typename_ === undefined || fieldNames === undefined) {
    const missing = [typename_ === undefined ? "'typename'" : null, fieldNames === undefined ? "'field_names'" : null].filter(Boolean);
    throw TypeError(`namedtuple() missing ${missing.length} required positional argument${missing.length === 1 ? "" : "s"}: ${missing.join(" and ")}`);
  }
  const rename = kwtake(k, "rename");
  const defaults = kwtake(k, "defaults");
  const module = kwtake(k, "module");
  kwnone(k, "namedtuple");
  return makeNamedTuple(typename_, fieldNames, {
    rename: rename !== undefined && truthy(rename),
    defaults: defaults === undefined || defaults === null ? null : defaults,
    module: module === undefined ? null : module,
  });
}
withSig(namedtuple, "namedtuple", ["typename", "field_names"], { kwonly: ["rename", "defaults", "module"] });

// ================================================================== typing.NamedTuple / TypedDict

/** Annotated names of class C, in order (its own `__annotations__`). */
function ownAnnotations(C) {
  if (!Object.hasOwn(C, "__annotations__")) return [];
  const a = C.__annotations__;
  return a instanceof Dict ? Array.from(a.keys()) : arr(a);
}

const NT_RESERVED = new Set(["__new__", "__init__", "__slots__", "__getnewargs__", "_fields", "_field_defaults", "_make", "_replace", "_asdict", "_source"]);

/**
 * `typing.NamedTuple`: subclassing it (`class P(NamedTuple): x: int`) turns the new class into
 * a namedtuple class; calling it (`NamedTuple("P", [("x", int)])`) makes one.
 */
const NamedTuple = mkclass("NamedTuple", [tuple], (C) => {
  C.__module__ = "typing";
  C.__new__ = function __new__(cls, ...args) {
    const k = splitkw(args);
    if (cls !== NamedTuple) return tuple.__new__(cls, ...args);
    const [name, fields] = args;
    const names = [];
    if (fields !== undefined && fields !== null) for (const f of iter(fields)) names.push(str(arr(f)[0]));
    if (k !== null) for (const key of k.map.keys()) names.push(key);
    return makeNamedTuple(name, names, { module: "__main__" });
  };
  C.__new__.$static = true;
  const init = function () {
    const K = this;
    if (!K.$bases.includes(NamedTuple)) return null;
    const names = ownAnnotations(K);
    const defaults = [];
    for (const n of names) {
      const key = mangleAttr(n);
      if (Object.hasOwn(K, key)) defaults.push(n);
      else if (defaults.length > 0) {
        throw TypeError(`Non-default namedtuple field ${n} cannot follow default field${defaults.length > 1 ? "s" : ""} ${defaults.join(", ")}`);
      }
    }
    for (const n of Object.keys(K)) {
      if (NT_RESERVED.has(n) && n !== "__init__" && n !== "__new__" && Object.hasOwn(K, n) && n !== "__slots__") {
        throw AttributeError(`Cannot overwrite NamedTuple attribute ${n}`);
      }
    }
    const dvals = defaults.map((n) => K[mangleAttr(n)]);
    for (const n of names) delete K[mangleAttr(n)];
    // The class derives from tuple directly, as in CPython.
    K.$bases = [tuple];
    K.$mro = [K, ...tuple.$mro];
    Object.setPrototypeOf(K, tuple);
    makeNamedTuple(K.__name__, names, { defaults: dvals.length ? dvals : null, into: K });
    K.__orig_bases__ = tuple_of([NamedTuple]);
    return null;
  };
  withSig(init, "__init_subclass__", ["cls"], { method: true, varkw: true, qual: "NamedTuple.__init_subclass__" });
  C.__init_subclass__ = init;
});


/**
 * `typing.TypedDict`: `class Movie(TypedDict): name: str` makes a class whose calls return
 * plain dicts; `TypedDict("Movie", {"name": str})` too.
 */
const TypedDict = mkclass("TypedDict", [dict], (C) => {
  C.__module__ = "typing";
  C.__new__ = function __new__(cls, ...args) {
    if (cls === TypedDict) {
      const [name, fields] = args;
      const k = splitkw(args);
      const T = mkclass(str(name), [TypedDict], (K) => {
        K.__module__ = "__main__";
        K.__annotations__ = fields instanceof Dict ? fields : new Dict();
        if (k !== null) {
          const total = kwtake(k, "total");
          if (total !== undefined) K.__total__ = truthy(total);
        }
      });
      return T;
    }
    return dict(...args);
  };
  C.__new__.$static = true;
  const init = function (...args) {
    const K = this;
    const k = splitkw(args);
    const total = kwtake(k, "total");
    K.__total__ = total === undefined ? true : truthy(total);
    // As CPython: the bases' required/optional keys, then the class's own annotations, each
    // required or optional by this class's `total`.
    const req = [];
    const opt = [];
    for (const B of K.$mro.slice(1)) {
      if (B === TypedDict) break;
      if (B.__required_keys__ === undefined) continue;
      for (const n of B.__required_keys__) if (!req.includes(n)) req.push(n);
      for (const n of B.__optional_keys__) if (!opt.includes(n)) opt.push(n);
    }
    for (const n of ownAnnotations(K)) {
      const into = K.__total__ ? req : opt;
      if (!into.includes(n)) into.push(n);
    }
    K.__required_keys__ = frozenOf(req);
    K.__optional_keys__ = frozenOf(opt);
    // __annotations__ holds the bases' annotations too (CPython's _TypedDictMeta).
    const bases = Array.from(K.__bases__ ?? []).filter((B) => B !== TypedDict && B.__annotations__ instanceof Dict);
    if (bases.length > 0) {
      const merged = new Dict();
      for (const B of bases) for (const [n, t] of B.__annotations__.entries()) setitem(merged, n, t);
      if (Object.hasOwn(K, "__annotations__") && K.__annotations__ instanceof Dict) {
        for (const [n, t] of K.__annotations__.entries()) setitem(merged, n, t);
      }
      K.__annotations__ = merged;
    }
    return null;
  };
  withSig(init, "__init_subclass__", ["cls"], { method: true, varkw: true, qual: "TypedDict.__init_subclass__" });
  C.__init_subclass__ = init;
});

function frozenOf(items) {
  return frozenset(items);
}

// ================================================================== UserDict, UserList, UserString

export const UserDict = mkclass("UserDict", [MutableMapping], (C) => {
  C.__module__ = "collections";
  C.__init__ = method("UserDict.__init__", ["dict"], function (...args) {
    const k = splitkw(args);
    this.data = new Dict();
    if (args.length > 1) throw TypeError(`expected at most 1 argument, got ${args.length}`);
    if (args.length === 1 && args[0] !== null && args[0] !== undefined) cm(this, "update", args[0]);
    if (k !== null && k.map.size > 0) cm(this, "update", kwrest(k));
    return null;
  }, { defaults: 1, varkw: true, nposonly: 2 });
  C.__len__ = method("UserDict.__len__", [], function () {
    return len(this.data);
  });
  C.__getitem__ = method("UserDict.__getitem__", ["key"], function (key) {
    if (contains(this.data, key)) return getitem(this.data, key);
    const m = this.__missing__;
    if (m !== undefined) return cm(this, "__missing__", key);
    throw KeyError(key);
  });
  C.__setitem__ = method("UserDict.__setitem__", ["key", "item"], function (key, item) {
    setitem(this.data, key, item);
    return null;
  });
  C.__delitem__ = method("UserDict.__delitem__", ["key"], function (key) {
    delitem(this.data, key);
    return null;
  });
  C.__iter__ = method("UserDict.__iter__", [], function () {
    return iter(this.data);
  });
  C.__contains__ = method("UserDict.__contains__", ["key"], function (key) {
    return contains(this.data, key);
  });
  C.__repr__ = method("UserDict.__repr__", [], function () {
    return repr(this.data);
  });
  C.__eq__ = method("UserDict.__eq__", ["other"], function (other) {
    if (isinstance(other, UserDict)) return eq(this.data, other.data);
    if (isMapping(other)) return eq(this.data, dict(other));
    return NotImplemented;
  });
  C.keys = method("UserDict.keys", [], function () {
    return KeysView(this);
  });
  C.values = method("UserDict.values", [], function () {
    return ValuesView(this);
  });
  C.items = method("UserDict.items", [], function () {
    return ItemsView(this);
  });
  C.get = method("UserDict.get", ["key", "default"], function (key, dflt) {
    if (contains(this, key)) return getitem(this, key);
    return dflt === undefined ? null : dflt;
  }, { defaults: 1 });
  C.update = method("UserDict.update", [], function (...args) {
    const k = splitkw(args);
    if (args.length > 1) throw TypeError(`update expected at most 1 argument, got ${args.length}`);
    if (args.length === 1) {
      const other = args[0];
      if (isMapping(other)) for (const key of arr(cm(other, "keys"))) setitem(this, key, getitem(other, key));
      else for (const item of iter(other)) {
        const [a, b] = arr(item);
        setitem(this, a, b);
      }
    }
    if (k !== null) for (const [key, v] of k.map) setitem(this, key, v);
    return null;
  }, { varargs: true, varkw: true });
  C.pop = method("UserDict.pop", ["key"], function (key, ...rest) {
    if (contains(this, key)) {
      const v = getitem(this, key);
      delitem(this, key);
      return v;
    }
    if (rest.length > 0) return rest[0];
    throw KeyError(key);
  }, { varargs: true });
  C.setdefault = method("UserDict.setdefault", ["key", "default"], function (key, dflt) {
    if (!contains(this, key)) setitem(this, key, dflt === undefined ? null : dflt);
    return getitem(this, key);
  }, { defaults: 1 });
  C.popitem = method("UserDict.popitem", [], function () {
    const it = iter(this);
    const r = it.next();
    if (r.done) throw KeyError();
    const v = getitem(this, r.value);
    delitem(this, r.value);
    return mktuple(r.value, v);
  });
  C.clear = method("UserDict.clear", [], function () {
    cm(this.data, "clear");
    return null;
  });
  C.copy = method("UserDict.copy", [], function () {
    const r = Object.create(Object.getPrototypeOf(this));
    for (const key of Object.keys(this)) r[key] = this[key];
    r.data = cm(this.data, "copy");
    return r;
  });
  C.__copy__ = C.copy;
  C.__or__ = method("UserDict.__or__", ["other"], function (other) {
    const r = cm(this, "copy");
    cm(r, "update", isinstance(other, UserDict) ? other.data : other);
    return r;
  });
  C.__ior__ = method("UserDict.__ior__", ["other"], function (other) {
    cm(this, "update", isinstance(other, UserDict) ? other.data : other);
    return this;
  });
  C.fromkeys = classmethod(rt(function (iterable, value) {
    const d = this();
    for (const k of iter(iterable)) setitem(d, k, value === undefined ? null : value);
    return d;
  }));
});

/** The list inside a UserList operand. */
const listOf = (x) => (x !== null && typeof x === "object" && x.$isclass === true && isinstance(x, UserList) ? x.data : x);

export const UserList = mkclass("UserList", [MutableSequence], (C) => {
  C.__module__ = "collections";
  C.__init__ = method("UserList.__init__", ["initlist"], function (initlist) {
    this.data = [];
    if (initlist !== undefined && initlist !== null) this.data = arr(listOf(initlist));
    return null;
  }, { defaults: 1 });
  const wrap = (self, data) => {
    const r = Object.create(Object.getPrototypeOf(self));
    r.data = data;
    return r;
  };
  C.__repr__ = method("UserList.__repr__", [], function () {
    return repr(this.data);
  });
  for (const [name, f] of [["__lt__", lt], ["__le__", le], ["__gt__", gt], ["__ge__", ge], ["__eq__", eq]]) {
    C[name] = method(`UserList.${name}`, ["other"], function (other) {
      return f(this.data, listOf(other));
    });
  }
  C.__contains__ = method("UserList.__contains__", ["item"], function (item) {
    return contains(this.data, item);
  });
  C.__len__ = method("UserList.__len__", [], function () {
    return this.data.length;
  });
  C.__iter__ = method("UserList.__iter__", [], function () {
    return iter(this.data);
  });
  C.__getitem__ = method("UserList.__getitem__", ["i"], function (i) {
    const v = getitem(this.data, i);
    return isinstance(i, slice) ? wrap(this, v) : v;
  });
  C.__setitem__ = method("UserList.__setitem__", ["i", "item"], function (i, item) {
    setitem(this.data, i, item);
    return null;
  });
  C.__delitem__ = method("UserList.__delitem__", ["i"], function (i) {
    delitem(this.data, i);
    return null;
  });
  C.__add__ = method("UserList.__add__", ["other"], function (other) {
    return wrap(this, add(this.data, Array.isArray(listOf(other)) && !(listOf(other) instanceof Tuple) ? listOf(other) : arr(other)));
  });
  C.__radd__ = method("UserList.__radd__", ["other"], function (other) {
    return wrap(this, add(Array.isArray(listOf(other)) ? listOf(other) : arr(other), this.data));
  });
  C.__iadd__ = method("UserList.__iadd__", ["other"], function (other) {
    for (const x of arr(listOf(other))) this.data.push(x);
    return this;
  });
  C.__mul__ = method("UserList.__mul__", ["n"], function (n) {
    const out = [];
    for (let i = 0; i < toInt(n); i++) out.push(...this.data);
    return wrap(this, out);
  });
  C.__rmul__ = C.__mul__;
  for (const name of ["append", "insert", "pop", "remove", "clear", "count", "index", "reverse", "sort", "extend"]) {
    C[name] = method(`UserList.${name}`, [], function (...args) {
      if (name === "extend") args = [listOf(args[0]), ...args.slice(1)];
      return cm(this.data, name, ...args);
    }, { varargs: true, varkw: true });
  }
  C.copy = method("UserList.copy", [], function () {
    return wrap(this, this.data.slice());
  });
  C.__copy__ = C.copy;
});

export const UserString = mkclass("UserString", [Sequence], (C) => {
  C.__module__ = "collections";
  C.__init__ = method("UserString.__init__", ["seq"], function (seq) {
    this.data = typeof seq === "string" ? seq : isinstance(seq, UserString) ? seq.data : str(seq);
    return null;
  });
  C.__str__ = method("UserString.__str__", [], function () {
    return this.data;
  });
  C.__repr__ = method("UserString.__repr__", [], function () {
    return repr(this.data);
  });
  C.__len__ = method("UserString.__len__", [], function () {
    return len(this.data);
  });
  C.__hash__ = method("UserString.__hash__", [], function () {
    return hash(this.data);
  });
  const strOf = (x) => (x !== null && typeof x === "object" && x.$isclass === true && isinstance(x, UserString) ? x.data : x);
  for (const [name, f] of [["__lt__", lt], ["__le__", le], ["__gt__", gt], ["__ge__", ge], ["__eq__", eq]]) {
    C[name] = method(`UserString.${name}`, ["other"], function (other) {
      return f(this.data, strOf(other));
    });
  }
  C.__contains__ = method("UserString.__contains__", ["x"], function (x) {
    return contains(this.data, strOf(x));
  });
  C.__getitem__ = method("UserString.__getitem__", ["i"], function (i) {
    return Object.getPrototypeOf(this)(getitem(this.data, i));
  });
  C.__add__ = method("UserString.__add__", ["other"], function (other) {
    return Object.getPrototypeOf(this)(add(this.data, typeof strOf(other) === "string" ? strOf(other) : str(other)));
  });
  C.__radd__ = method("UserString.__radd__", ["other"], function (other) {
    return Object.getPrototypeOf(this)(add(typeof strOf(other) === "string" ? strOf(other) : str(other), this.data));
  });
  C.__mul__ = method("UserString.__mul__", ["n"], function (n) {
    return Object.getPrototypeOf(this)(mul(this.data, n));
  });
  C.__rmul__ = C.__mul__;
  C.__mod__ = method("UserString.__mod__", ["args"], function (args) {
    return Object.getPrototypeOf(this)(mod(this.data, args));
  });
  C.__iter__ = method("UserString.__iter__", [], function () {
    return iter(this.data);
  });
  C.__getattr__ = method("UserString.__getattr__", ["name"], function (name) {
    const v = ga(this.data, name);
    if (typeof v !== "function") return v;
    const self = this;
    return function (...args) {
      const r = v(...args.map(strOf));
      return typeof r === "string" ? Object.getPrototypeOf(self)(r) : r;
    };
  });
});

// typing.NamedTuple and typing.TypedDict (typing.mjs re-exports them under their names).
export { NamedTuple as _NamedTuple, TypedDict as _TypedDict };

// `deque[int]` and friends are generic aliases, as for the builtin containers.
for (const C of [deque, Counter, defaultdict, OrderedDict, ChainMap]) C.$generic = true;
