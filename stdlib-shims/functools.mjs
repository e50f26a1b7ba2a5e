// Python's `functools` module (CPython 3.11): reduce, partial, lru_cache, cache, wraps,
// update_wrapper, total_ordering, cmp_to_key, cached_property, singledispatch.
//
// Keyword arguments: functions that take them read a trailing `KwArgs` (splitkw / kwtake /
// kwrest); no module function carries a `$sig`, so `callkw` hands every keyword over unplaced. partial and
// the cmp_to_key wrapper are classes made with `mkclass` (partial objects are callable
// instances); lru_cache wrappers are JS functions with `cache_info`, `cache_clear`,
// `cache_parameters` and `__wrapped__` attributes.

import {
  mkclass, iter, lt, gt, eq, ne, truthy, repr, tuple_of, callkw, splitkw, kwtake, kwnone, kwrest,
  getitem, setitem, delitem, contains, ga, sa, dict, property, object, type, mangleAttr, typename,
  exc, matches, isinstance, Tuple, PyFloat, KwArgs, NotImplemented, TypeError, ValueError, AttributeError, RuntimeError, Dict,
  issubclass, classmethod, staticmethod,
} from "./builtins.mjs";
import { method } from "./_shim.mjs";

export const __name__ = "functools";

export const WRAPPER_ASSIGNMENTS = tuple_of(["__module__", "__name__", "__qualname__", "__doc__", "__annotations__"]);
export const WRAPPER_UPDATES = tuple_of(["__dict__"]);

// ---------------------------------------------------------------- reduce

export function reduce(func, iterable, ...rest) {
  let it;
  try {
    it = iter(iterable)[Symbol.iterator]();
  } catch (e) {
    if (isinstance(e, TypeError)) throw TypeError("reduce() arg 2 must support iteration");
    throw e;
  }
  let acc;
  if (rest.length) {
    acc = rest[0];
  } else {
    const r = it.next();
    if (r.done) throw TypeError("reduce() of empty iterable with no initial value");
    acc = r.value;
  }
  for (let r = it.next(); !r.done; r = it.next()) acc = func(acc, r.value);
  return acc;
}

// ---------------------------------------------------------------- partial

/** The keyword Map of a trailing KwArgs in `args` (removed from it), empty when none. */
function takeKeywords(args) {
  const k = splitkw(args);
  if (k === null) return NO_KEYWORDS;
  const m = new Map();
  const d = kwrest(k);
  for (const name of iter(d)) m.set(name, getitem(d, name));
  return m;
}

/** The keyword Map of calls without keywords (shared: never modified). */
const NO_KEYWORDS = new Map();

export const partial = mkclass("partial", [], (C) => {
  C.$tpname = "functools.partial";
  C.__module__ = "functools";
  C.__init__ = method("partial.__init__", [], function (...args) {
    let kw = takeKeywords(args);
    if (args.length === 0) throw TypeError("type 'partial' takes at least one argument");
    let [func, ...pargs] = args;
    // partial(partial(f, a), b) is flattened to partial(f, a, b), as in CPython.
    if (func !== null && (typeof func === "object" || typeof func === "function") &&
        Object.getPrototypeOf(func) === partial) {
      pargs = [...func.$args, ...pargs];
      kw = new Map([...func.$kw, ...kw]);
      func = func.func;
    }
    if (typeof func !== "function") throw TypeError("the first argument must be callable");
    this.$args = pargs;
    this.$kw = kw;
    this.func = func;
    this.args = tuple_of(pargs);
    const keywords = dict();
    for (const [k, v] of kw) setitem(keywords, k, v);
    this.keywords = keywords;
    return null;
  }, { varargs: true, varkw: true });
  C.__call__ = method("partial.__call__", [], function (...args) {
    const kw = takeKeywords(args);
    const all = [...this.$args, ...args];
    if (kw.size === 0 && this.$kw.size === 0) return this.func(...all);
    const merged = new Map(this.$kw);
    for (const [k, v] of kw) merged.set(k, v);
    return callkw(this.func, all, merged);
  }, { varargs: true, varkw: true });
  C.__repr__ = method("partial.__repr__", [], function () {
    const parts = [repr(this.func), ...this.$args.map(repr)];
    for (const [k, v] of this.$kw) parts.push(`${k}=${repr(v)}`);
    return `functools.partial(${parts.join(", ")})`;
  });
});

// ---------------------------------------------------------------- lru_cache

export const _CacheInfo = mkclass("CacheInfo", [], (C) => {
  C.__module__ = "functools";
  C.__init__ = method("CacheInfo.__init__", ["hits", "misses", "maxsize", "currsize"],
    function (hits, misses, maxsize, currsize) {
      Object.assign(this, { hits, misses, maxsize, currsize });
      return null;
    });
  C.__repr__ = method("CacheInfo.__repr__", [], function () {
    return `CacheInfo(hits=${repr(this.hits)}, misses=${repr(this.misses)}, ` +
      `maxsize=${repr(this.maxsize)}, currsize=${repr(this.currsize)})`;
  });
  const fields = (x) => [x.hits, x.misses, x.maxsize, x.currsize];
  C.__eq__ = method("CacheInfo.__eq__", ["other"], function (other) {
    if (other === null || typeof other !== "object") return NotImplemented;
    const a = fields(this), b = other instanceof Array ? other : fields(other);
    return a.length === b.length && a.every((v, i) => eq(v, b[i]));
  });
  C.__iter__ = method("CacheInfo.__iter__", [], function () {
    return iter(fields(this));
  });
  C.__getitem__ = method("CacheInfo.__getitem__", ["i"], function (i) {
    return getitem(tuple_of(fields(this)), i);
  });
  C.__len__ = method("CacheInfo.__len__", [], function () {
    return 4;
  });
});

/**
 * A string key for argument values whose Python equality is value equality and whose
 * hashes agree (ints, floats, bools, str, None, and tuples of them): 1, 1.0 and True give
 * the same key, as they are the same dict key in Python. null for anything else.
 */
function fastKey(x) {
  if (typeof x === "string") return "s" + x;
  if (x === null || x === undefined) return "N";
  if (typeof x === "number" || typeof x === "boolean" || typeof x === "bigint" || x instanceof PyFloat) {
    const v = x instanceof PyFloat ? x.v : typeof x === "boolean" ? +x : x;
    if (typeof v === "bigint") return "n" + v;
    return Number.isInteger(v) && !Number.isSafeInteger(v) ? "n" + BigInt(v) : "n" + (v === 0 ? 0 : v);
  }
  if (x instanceof Tuple) {
    const parts = [];
    for (const y of x) {
      const p = fastKey(y);
      if (p === null) return null;
      parts.push(p);
    }
    return "(" + parts.join(",") + ")";
  }
  return null;
}

/**
 * The cache key of a call, as CPython's C make_key builds it: the argument tuple (plus a
 * marker and the keyword items, plus the types when typed), except that a lone exact int
 * or str argument is its own key, which is not equal to any tuple. As a string when possible.
 */
function makeKey(args, kw, typed, objects) {
  const n = args.length;
  if (n === 1 && kw.size === 0 && !typed) {
    const a = args[0];
    // A safe-integer int is its own Map key (no number-to-string conversion per call): no
    // other key is a number.
    if (typeof a === "number" && Number.isSafeInteger(a)) return a;
    if (typeof a === "string" || typeof a === "bigint" || (typeof a === "number" && Number.isInteger(a))) {
      return "U" + fastKey(a);
    }
  }
  let key = "";
  for (let i = 0; i < n; i++) {
    const a = args[i];
    const p = fastKey(a);
    if (p === null) return objectKey(args, kw, typed, objects);
    key += (typed ? typename(a) + ":" + p : p) + "\u0000";
  }
  for (const [k, v] of kw) {
    const p = fastKey(v);
    if (p === null) return objectKey(args, kw, typed, objects);
    key += "=" + k + "=" + (typed ? typename(v) + ":" + p : p) + "\u0000";
  }
  return key;
}

/** A key for arguments that need Python hashing: a token registered in a dict. */
function objectKey(args, kw, typed, objects) {
  const items = [...args];
  if (kw.size) {
    items.push(KWD_MARK);
    for (const [k, v] of kw) items.push(k, v);
  }
  if (typed) for (const a of [...args, ...kw.values()]) items.push(typename(a));
  const key = tuple_of(items);
  if (contains(objects.dict, key)) return getitem(objects.dict, key);
  const token = "\u0001" + objects.next++;
  setitem(objects.dict, key, token);
  objects.byToken.set(token, key);
  return token;
}

const KWD_MARK = tuple_of([]);

function makeWrapper(userFunction, maxsize, typed) {
  const cache = new Map(); // key -> result; insertion order is recency order
  const objects = { dict: dict(), byToken: new Map(), next: 0 };
  let hits = 0, misses = 0;
  const isMethod = userFunction.$sig?.method === true;
  const forget = (key) => {
    cache.delete(key);
    const tuple = objects.byToken.get(key);
    if (tuple !== undefined) {
      objects.byToken.delete(key);
      delitem(objects.dict, tuple);
    }
  };
  const call = (self, args, kw) => {
    if (isMethod) return userFunction.apply(self, kw.size ? [...args, new KwArgs(kw)] : args);
    return kw.size ? callkw(userFunction, args, kw) : userFunction(...args);
  };
  const wrapper = function (...args) {
    const kw = takeKeywords(args);
    if (maxsize === 0) {
      misses++;
      return call(this, args, kw);
    }
    const key = makeKey(isMethod ? [this, ...args] : args, kw, typed, objects);
    const v = cache.get(key);
    if (v !== undefined || cache.has(key)) {
      hits++;
      if (maxsize !== null) {
        cache.delete(key);
        cache.set(key, v);
      }
      return v;
    }
    misses++;
    const result = call(this, args, kw);
    if (!cache.has(key)) {
      cache.set(key, result);
      if (maxsize !== null && cache.size > maxsize) forget(cache.keys().next().value);
    }
    return result;
  };
  if (isMethod) wrapper.$sig = userFunction.$sig; // still bound as a method of its class
  wrapper.cache_info = () => _CacheInfo(hits, misses, maxsize, cache.size);
  wrapper.cache_clear = () => {
    cache.clear();
    objects.dict = dict();
    objects.byToken.clear();
    hits = misses = 0;
    return null;
  };
  wrapper.cache_parameters = () => {
    const d = dict();
    setitem(d, "maxsize", maxsize);
    setitem(d, "typed", typed);
    return d;
  };
  updateWrapper(wrapper, userFunction);
  return wrapper;
}

/** lru_cache(maxsize=128, typed=False), or @lru_cache applied to a function directly. */
export function lru_cache(...args) {
  const k = splitkw(args);
  let maxsize = args.length > 0 ? args[0] : kwtake(k, "maxsize");
  let typed = args.length > 1 ? args[1] : kwtake(k, "typed");
  kwnone(k, "lru_cache");
  typed = typed === undefined ? false : truthy(typed);
  if (maxsize === undefined) maxsize = 128;
  if (typeof maxsize === "function") return makeWrapper(maxsize, 128, typed); // @lru_cache
  if (maxsize !== null) {
    if (typeof maxsize !== "number" && typeof maxsize !== "bigint" && typeof maxsize !== "boolean") {
      throw TypeError("Expected first argument to be an integer, a callable, or None");
    }
    maxsize = Math.max(0, Number(maxsize));
  }
  return (userFunction) => makeWrapper(userFunction, maxsize, typed);
}

export function cache(userFunction) {
  return makeWrapper(userFunction, null, false);
}

// ---------------------------------------------------------------- wraps, update_wrapper

function updateWrapper(wrapper, wrapped, assigned = WRAPPER_ASSIGNMENTS, updated = WRAPPER_UPDATES) {
  for (const attr of iter(assigned)) {
    let value;
    try {
      value = ga(wrapped, attr);
    } catch (e) {
      if (matches(exc(e), AttributeError)) continue;
      throw e;
    }
    sa(wrapper, attr, value);
  }
  for (const attr of iter(updated)) {
    let from, to;
    try {
      from = ga(wrapped, attr);
      to = ga(wrapper, attr);
    } catch (e) {
      if (matches(exc(e), AttributeError)) continue;
      throw e;
    }
    for (const key of iter(from)) setitem(to, key, getitem(from, key));
  }
  sa(wrapper, "__wrapped__", wrapped);
  return wrapper;
}

/** update_wrapper(wrapper, wrapped, assigned=..., updated=...) */
export function update_wrapper(wrapper, wrapped, ...rest) {
  const k = splitkw(rest);
  const assigned = rest[0] ?? kwtake(k, "assigned") ?? WRAPPER_ASSIGNMENTS;
  const updated = rest[1] ?? kwtake(k, "updated") ?? WRAPPER_UPDATES;
  kwnone(k, "update_wrapper");
  return updateWrapper(wrapper, wrapped, assigned, updated);
}

/** wraps(wrapped, assigned=..., updated=...): a decorator applying update_wrapper. */
export function wraps(wrapped, ...rest) {
  const k = splitkw(rest);
  const assigned = rest[0] ?? kwtake(k, "assigned") ?? WRAPPER_ASSIGNMENTS;
  const updated = rest[1] ?? kwtake(k, "updated") ?? WRAPPER_UPDATES;
  kwnone(k, "wraps");
  return (wrapper) => updateWrapper(wrapper, wrapped, assigned, updated);
}

// ---------------------------------------------------------------- total_ordering

/** Call type(self).<name>(self, other). */
const callOp = (self, name, other) => Object.getPrototypeOf(self)[name].call(self, other);

// CPython's conversions: for each root, the missing operators and how to derive them.
const CONVERT = {
  __lt__: [
    ["__gt__", (self, o, r) => !truthy(r) && ne(self, o)],
    ["__le__", (self, o, r) => (truthy(r) ? r : eq(self, o))],
    ["__ge__", (self, o, r) => !truthy(r)],
  ],
  __le__: [
    ["__ge__", (self, o, r) => !truthy(r) || eq(self, o)],
    ["__lt__", (self, o, r) => (truthy(r) ? ne(self, o) : r)],
    ["__gt__", (self, o, r) => !truthy(r)],
  ],
  __gt__: [
    ["__lt__", (self, o, r) => !truthy(r) && ne(self, o)],
    ["__ge__", (self, o, r) => (truthy(r) ? r : eq(self, o))],
    ["__le__", (self, o, r) => !truthy(r)],
  ],
  __ge__: [
    ["__le__", (self, o, r) => !truthy(r) || eq(self, o)],
    ["__gt__", (self, o, r) => (truthy(r) ? ne(self, o) : r)],
    ["__lt__", (self, o, r) => !truthy(r)],
  ],
};

export function total_ordering(cls) {
  const roots = Object.keys(CONVERT).filter((op) => cls[op] !== undefined && cls[op] !== object[op]);
  if (roots.length === 0) throw ValueError("must define at least one ordering operation: < > <= >=");
  const root = roots.sort().at(-1); // prefer __lt__ to __le__ to __gt__ to __ge__
  for (const [opname, derive] of CONVERT[root]) {
    if (roots.includes(opname)) continue;
    sa(cls, opname, method(`${cls.__qualname__ ?? cls.__name__}.${opname}`, ["other"], function (other) {
      const r = callOp(this, root, other);
      if (r === NotImplemented) return r;
      return derive(this, other, r);
    }));
  }
  return cls;
}

// ---------------------------------------------------------------- cmp_to_key

const KeyWrapper = mkclass("KeyWrapper", [], (C) => {
  C.__module__ = "functools";
  const cmp = (self, other, test) => {
    if (other === null || typeof other !== "object" || Object.getPrototypeOf(other) !== KeyWrapper) {
      throw TypeError("other argument must be K instance");
    }
    return test(self.$cmp(self.obj, other.obj));
  };
  C.__lt__ = method("KeyWrapper.__lt__", ["other"], function (o) { return cmp(this, o, (r) => lt(r, 0)); });
  C.__gt__ = method("KeyWrapper.__gt__", ["other"], function (o) { return cmp(this, o, (r) => gt(r, 0)); });
  C.__le__ = method("KeyWrapper.__le__", ["other"], function (o) { return cmp(this, o, (r) => !gt(r, 0)); });
  C.__ge__ = method("KeyWrapper.__ge__", ["other"], function (o) { return cmp(this, o, (r) => !lt(r, 0)); });
  C.__eq__ = method("KeyWrapper.__eq__", ["other"], function (o) { return cmp(this, o, (r) => eq(r, 0)); });
  C.__hash__ = null;
});

export function cmp_to_key(mycmp) {
  return function K(obj) {
    const k = Object.create(KeyWrapper);
    k.$cmp = mycmp;
    k.obj = obj;
    return k;
  };
}

// ---------------------------------------------------------------- cached_property

/**
 * cached_property(func): a property whose first read computes func(self) and stores the
 * value as an attribute of the instance, which then shadows the property (so later reads
 * are plain attribute reads, and `del obj.attr` recomputes), as in CPython. The attribute
 * is named after the function.
 */
export function cached_property(func) {
  const name = func.$sig !== undefined ? func.$sig.name : ga(func, "__name__");
  const key = mangleAttr(name);
  const p = property(method(`cached_property.${name}`, [], function () {
    const value = func.$sig?.method ? func.call(this) : func(this);
    Object.defineProperty(this, key, { value, writable: true, enumerable: true, configurable: true });
    return value;
  }));
  // CPython's cached_property attributes (attrname is the name it is assigned to; the
  // function's name here).
  p.attrname = name;
  p.func = func;
  return p;
}

// ---------------------------------------------------------------- singledispatch

/**
 * singledispatch(func): a function that dispatches on the class of its first argument,
 * choosing the implementation registered for the first class of that class's MRO that has
 * one (func itself is registered for object). Registration is by explicit class
 * (`@f.register(int)` or `f.register(int, impl)`) or by the first annotation of a plain
 * `@f.register` function. Abstract base classes are not consulted.
 */
export function singledispatch(func) {
  const registry = new Map([[object, func]]);
  const name = func.$sig !== undefined ? func.$sig.name : "singledispatch function";
  // The first class of `cls`'s MRO (object aside) with an implementation; else the registered
  // abstract base classes `cls` is a virtual subclass of (the most derived one; two unrelated
  // ones are ambiguous, as CPython's _compose_mro finds); else object's.
  const dispatch = (cls) => {
    const mro = [...iter(ga(cls, "__mro__"))];
    for (const c of mro) if (c !== object && registry.has(c)) return registry.get(c);
    const abcs = [];
    for (const r of registry.keys()) {
      if (r === object || mro.includes(r) || !truthy(issubclass(cls, r))) continue;
      abcs.push(r);
    }
    const best = abcs.filter((a) => abcs.every((b) => b === a || !truthy(issubclass(b, a))));
    if (best.length > 1) {
      throw RuntimeError(`Ambiguous dispatch: ${repr(best[0])} or ${repr(best[1])}`);
    }
    if (best.length === 1) return registry.get(best[0]);
    return func;
  };
  const wrapper = function (...args) {
    const kw = takeKeywords(args);
    if (args.length === 0) throw TypeError(`${name} requires at least 1 positional argument`);
    const impl = dispatch(type(args[0]));
    return kw.size ? callkw(impl, args, kw) : impl(...args);
  };
  wrapper.register = (cls, impl) => {
    const wrapped = cls !== null && typeof cls === "object" && (Object.getPrototypeOf(cls) === classmethod || Object.getPrototypeOf(cls) === staticmethod);
    if (impl === undefined && ((typeof cls === "function" && cls.__mro__ === undefined) || wrapped)) {
      // `@f.register` on a function (or a classmethod/staticmethod of one): dispatch on its
      // first annotation.
      const fn = cls;
      const ann = ga(wrapped ? cls.__func__ : fn, "__annotations__");
      const first = ann instanceof Dict ? [...ann.keys()][0] : undefined;
      if (first === undefined) {
        throw TypeError(
          `Invalid first argument to \`register()\`: ${repr(wrapped ? cls.__func__ : fn)}. Use either \`@register(some_class)\` or plain \`@register\` on an annotated function.`,
        );
      }
      const c = ann.get(first);
      if (typeof c !== "function" || c.$isclass !== true) {
        throw TypeError(`Invalid annotation for ${repr(first)}. ${repr(c)} is not a class.`);
      }
      registry.set(c, fn);
      return fn;
    }
    if (typeof cls !== "function" || cls.__mro__ === undefined) {
      throw TypeError(`Invalid first argument to \`register()\`. ${repr(cls)} is not a class.`);
    }
    if (impl === undefined) {
      return (f) => {
        registry.set(cls, f);
        return f;
      };
    }
    registry.set(cls, impl);
    return impl;
  };
  wrapper.dispatch = dispatch;
  Object.defineProperty(wrapper, "registry", {
    get() {
      const d = dict();
      for (const [cls, impl] of registry) setitem(d, cls, impl);
      return d;
    },
  });
  const isDesc = func !== null && typeof func === "object" && (Object.getPrototypeOf(func) === classmethod || Object.getPrototypeOf(func) === staticmethod);
  updateWrapper(wrapper, isDesc ? func.__func__ : func);
  return wrapper;
}

/**
 * singledispatchmethod(func): a descriptor whose bound form dispatches on the class of the
 * first argument after self (`@m.register` as for singledispatch).
 */
export const singledispatchmethod = mkclass("singledispatchmethod", [object], (C) => {
  C.__module__ = "functools";
  C.__init__ = method("singledispatchmethod.__init__", ["func"], function (func) {
    this.dispatcher = singledispatch(func);
    this.func = func;
    return null;
  });
  /** `f` bound to `self` as a bound method (compiled methods take self as `this`). */
  const bindTo = (f, self) => {
    const b = f.$rt === true || f.$sig?.method === true ? f.bind(self) : f.bind(undefined, self);
    b.$self = self;
    b.$func = f;
    return b;
  };
  /** Calls `impl` bound as the descriptor it is (a classmethod/staticmethod, or a plain method). */
  const callBound = (impl, obj, cls, args, kw) => {
    let b;
    if (impl !== null && typeof impl === "object" && Object.getPrototypeOf(impl) === classmethod) {
      b = bindTo(impl.__func__, cls ?? type(obj));
    } else if (impl !== null && typeof impl === "object" && Object.getPrototypeOf(impl) === staticmethod) {
      b = impl.__func__;
    } else {
      b = bindTo(impl, obj);
    }
    return kw.size ? callkw(b, args, kw) : b(...args);
  };
  C.register = method("singledispatchmethod.register", ["cls", "method"], function (cls, impl) {
    return this.dispatcher.register(cls, impl ?? undefined);
  });
  C.__get__ = method("singledispatchmethod.__get__", ["obj", "cls"], function (obj, cls) {
    const dispatcher = this.dispatcher;
    const f = this.func !== null && typeof this.func === "object" && this.func.__func__ !== undefined ? this.func.__func__ : this.func;
    const name = ga(f, "__name__");
    const bound = function (...args) {
      const kw = takeKeywords(args);
      if (args.length === 0) throw TypeError(`${name} requires at least 1 positional argument`);
      const impl = dispatcher.dispatch(type(args[0]));
      return callBound(impl, obj, cls, args, kw);
    };
    updateWrapper(bound, f);
    bound.register = dispatcher.register;
    return bound;
  });
});

/**
 * partialmethod(func, *args, **keywords): a descriptor whose bound form calls
 * func(self, *args, *more, **keywords, **more_keywords) (the instance goes first, as for a
 * method). Read on the class, it is a function taking the instance explicitly.
 */
export const partialmethod = mkclass("partialmethod", [object], (C) => {
  C.$tpname = "functools.partialmethod";
  C.__module__ = "functools";
  C.__init__ = method("partialmethod.__init__", [], function (...args) {
    const kw = takeKeywords(args);
    if (args.length === 0) throw TypeError("type 'partialmethod' takes at least one argument");
    const [func, ...pargs] = args;
    if (typeof func !== "function" && (func === null || typeof func !== "object" || ga(func, "__get__") === undefined)) {
      throw TypeError(`${repr(func)} is not callable or a descriptor`);
    }
    this.func = func;
    this.$args = pargs;
    this.$kw = kw;
    this.args = tuple_of(pargs);
    const keywords = dict();
    for (const [k, v] of kw) setitem(keywords, k, v);
    this.keywords = keywords;
    return null;
  }, { varargs: true, varkw: true });
  C.__get__ = method("partialmethod.__get__", ["obj", "cls"], function (obj, cls) {
    const self = this;
    const call = (lead, args) => {
      const kw = takeKeywords(args);
      const all = [...lead, ...self.$args, ...args];
      if (kw.size === 0 && self.$kw.size === 0) return self.func(...all);
      const merged = new Map(self.$kw);
      for (const [k, v] of kw) merged.set(k, v);
      return callkw(self.func, all, merged);
    };
    const bound = obj === null || obj === undefined
      ? function (...args) {
        if (args.length === 0) throw TypeError("partialmethod requires the instance as first argument");
        const [first, ...rest] = args;
        return call([first], rest);
      }
      : function (...args) {
        return call([obj], args);
      };
    if (typeof this.func === "function") updateWrapper(bound, this.func);
    return bound;
  });
  C.__repr__ = method("partialmethod.__repr__", [], function () {
    const parts = [repr(this.func), ...this.$args.map(repr)];
    for (const [k, v] of this.$kw) parts.push(`${k}=${repr(v)}`);
    return `functools.partialmethod(${parts.join(", ")})`;
  });
});
