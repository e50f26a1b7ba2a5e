// Python's `collections.abc` (CPython 3.11 `_collections_abc`): the container ABCs with their
// abstract methods and mixin methods, so they work as base classes (`class Bag(Mapping): ...`
// gets keys/items/values/get/__contains__/__eq__) and as annotations.
//
// The builtin types are registered as virtual subclasses (dict is a MutableMapping, ...) and the
// one-method ABCs (Iterable, Sized, ...) have CPython's `__subclasshook__`, answered by
// `ABCMeta.__instancecheck__` / `__subclasscheck__`.

import {
  mkclass, iter, arr, len, eq, ne, lt, le, gt, ge, contains, getitem, setitem, delitem, cm, ga, repr,
  isinstance, typename, truthy, tuple_of, mktuple, Dict, PySet, dict, list, tuple, str, set, frozenset, range,
  object, type, hash, splitkw, classmethod, NotImplemented, TypeError, ValueError, KeyError, IndexError, StopIteration,
  bytes, bytearray, memoryview,
} from "../builtins.mjs";
import { ABC, ABCMeta, abstractmethod } from "../abc.mjs";
import { method } from "../_shim.mjs";

export const __name__ = "collections.abc";

function rtf(f) {
  f.$rt = true;
  return f;
}

/** An abstract method (raising like CPython's default bodies do, if ever called). */
function abstract(qual, params, f) {
  return abstractmethod(method(qual, params, f));
}

/** Whether `name` is defined (and not None) somewhere in C's MRO, for __subclasshook__. */
function hasMethods(C, ...names) {
  for (const name of names) {
    let found = false;
    for (const K of C.$mro) {
      // list, dict, set and bytearray set `__hash__ = None` in CPython.
      if (name === "__hash__" && (K === list || K === dict || K === set || K.__name__ === "bytearray")) return NotImplemented;
      if (Object.hasOwn(K, name) || (K.$methods !== undefined && Object.hasOwn(K.$methods, name))) {
        // deque's `__hash__` raises CPython's message (CPython's is None).
        if (K[name] === null || K[name].$unhashable === true) return NotImplemented;
        found = true;
        break;
      }
    }
    if (!found) return NotImplemented;
  }
  return true;
}

/** The runtime's function types, which have no `__call__` entry in their class. */
const CALLABLE_TYPES = new Set(["function", "builtin_function_or_method", "method", "type", "method-wrapper", "wrapper_descriptor"]);

/** An ABC with a __subclasshook__ checking for `names`. */
function oneTrick(name, names, bases, body) {
  const C = mkclass(name, bases, (K) => {
    K.__module__ = "collections.abc";
    K.$generic = true;
    body(K);
  });
  C.__subclasshook__ = function (sub) {
    if (this === C && name === "Callable" && CALLABLE_TYPES.has(sub.__name__) && sub.__module__ === "builtins") return true;
    if (this === C) return hasMethods(sub, ...names);
    return NotImplemented;
  };
  C.__subclasshook__.$rt = true;
  return C;
}

function mk(name, bases, body) {
  return mkclass(name, bases, (K) => {
    K.__module__ = "collections.abc";
    K.$generic = true;
    body(K);
  });
}

// ================================================================== one-trick ponies

export const Hashable = oneTrick("Hashable", ["__hash__"], [ABC], (C) => {
  C.__hash__ = abstract("Hashable.__hash__", [], () => 0);
});
export const Awaitable = oneTrick("Awaitable", ["__await__"], [ABC], (C) => {
  C.__await__ = abstract("Awaitable.__await__", [], () => null);
});
export const Coroutine = mk("Coroutine", [Awaitable], (C) => {
  C.send = abstract("Coroutine.send", ["value"], () => {
    throw StopIteration();
  });
  C.throw = abstract("Coroutine.throw", ["typ", "val", "tb"], (t) => {
    throw t;
  });
  C.close = method("Coroutine.close", [], () => null);
});
export const AsyncIterable = oneTrick("AsyncIterable", ["__aiter__"], [ABC], (C) => {
  C.__aiter__ = abstract("AsyncIterable.__aiter__", [], function () {
    return null;
  });
});
export const AsyncIterator = mk("AsyncIterator", [AsyncIterable], (C) => {
  C.__anext__ = abstract("AsyncIterator.__anext__", [], () => null);
  C.__aiter__ = method("AsyncIterator.__aiter__", [], function () {
    return this;
  });
});
export const AsyncGenerator = mk("AsyncGenerator", [AsyncIterator], (C) => {
  C.asend = abstract("AsyncGenerator.asend", ["value"], () => null);
  C.athrow = abstract("AsyncGenerator.athrow", ["typ", "val", "tb"], () => null);
});
export const Iterable = oneTrick("Iterable", ["__iter__"], [ABC], (C) => {
  C.__iter__ = abstract("Iterable.__iter__", [], function* () {});
});
export const Iterator = oneTrick("Iterator", ["__iter__", "__next__"], [Iterable], (C) => {
  C.__next__ = abstract("Iterator.__next__", [], () => {
    throw StopIteration();
  });
  C.__iter__ = method("Iterator.__iter__", [], function () {
    return this;
  });
});
export const Reversible = oneTrick("Reversible", ["__reversed__", "__iter__"], [Iterable], (C) => {
  C.__reversed__ = abstract("Reversible.__reversed__", [], function* () {});
});
export const Generator = oneTrick("Generator", ["__iter__", "__next__", "send", "throw", "close"], [Iterator], (C) => {
  C.__next__ = method("Generator.__next__", [], function () {
    return cm(this, "send", null);
  });
  C.send = abstract("Generator.send", ["value"], () => {
    throw StopIteration();
  });
  C.throw = abstract("Generator.throw", ["typ", "val", "tb"], (t) => {
    throw t;
  });
  C.close = method("Generator.close", [], () => null);
});
export const Sized = oneTrick("Sized", ["__len__"], [ABC], (C) => {
  C.__len__ = abstract("Sized.__len__", [], () => 0);
});
export const Container = oneTrick("Container", ["__contains__"], [ABC], (C) => {
  C.__contains__ = abstract("Container.__contains__", ["x"], () => false);
});
export const Collection = oneTrick("Collection", ["__len__", "__iter__", "__contains__"], [Sized, Iterable, Container], () => {});
export const Callable = oneTrick("Callable", ["__call__"], [ABC], (C) => {
  C.__call__ = abstract("Callable.__call__", [], () => false);
});

// ================================================================== Set

/** The items of any iterable as a JS array (a Set operand). */
function items(x) {
  return arr(x);
}

function isSetLike(x) {
  return x instanceof PySet || (x !== null && typeof x === "object" && x.$isclass === true && isinstance(x, AbstractSet));
}

export const AbstractSet = mk("Set", [Collection], (C) => {
  const fromIterable = (self, it) => ga(Object.getPrototypeOf(self), "_from_iterable")(it);
  C._from_iterable = classmethod(rtf(function (it) {
    return this(it);
  }));
  C.__le__ = method("Set.__le__", ["other"], function (other) {
    if (!isSetLike(other)) return NotImplemented;
    if (len(this) > len(other)) return false;
    for (const e of items(this)) if (!contains(other, e)) return false;
    return true;
  });
  C.__lt__ = method("Set.__lt__", ["other"], function (other) {
    if (!isSetLike(other)) return NotImplemented;
    return len(this) < len(other) && C.__le__.call(this, other);
  });
  C.__gt__ = method("Set.__gt__", ["other"], function (other) {
    if (!isSetLike(other)) return NotImplemented;
    return len(this) > len(other) && C.__ge__.call(this, other);
  });
  C.__ge__ = method("Set.__ge__", ["other"], function (other) {
    if (!isSetLike(other)) return NotImplemented;
    if (len(this) < len(other)) return false;
    for (const e of items(other)) if (!contains(this, e)) return false;
    return true;
  });
  C.__eq__ = method("Set.__eq__", ["other"], function (other) {
    if (!isSetLike(other)) return NotImplemented;
    return len(this) === len(other) && C.__le__.call(this, other);
  });
  C.__and__ = method("Set.__and__", ["other"], function (other) {
    if (!isSetLike(other) && !isinstance(other, Iterable)) return NotImplemented;
    return fromIterable(this, items(other).filter((v) => contains(this, v)));
  });
  C.__rand__ = C.__and__;
  C.isdisjoint = method("Set.isdisjoint", ["other"], function (other) {
    for (const v of items(other)) if (contains(this, v)) return false;
    return true;
  });
  C.__or__ = method("Set.__or__", ["other"], function (other) {
    if (!isSetLike(other) && !isinstance(other, Iterable)) return NotImplemented;
    return fromIterable(this, [...items(this), ...items(other)]);
  });
  C.__ror__ = C.__or__;
  C.__sub__ = method("Set.__sub__", ["other"], function (other) {
    if (!isSetLike(other)) {
      if (!isinstance(other, Iterable)) return NotImplemented;
      other = fromIterable(this, other);
    }
    return fromIterable(this, items(this).filter((v) => !contains(other, v)));
  });
  C.__rsub__ = method("Set.__rsub__", ["other"], function (other) {
    if (!isSetLike(other)) {
      if (!isinstance(other, Iterable)) return NotImplemented;
      other = fromIterable(this, other);
    }
    return fromIterable(this, items(other).filter((v) => !contains(this, v)));
  });
  C.__xor__ = method("Set.__xor__", ["other"], function (other) {
    if (!isSetLike(other)) {
      if (!isinstance(other, Iterable)) return NotImplemented;
      other = fromIterable(this, other);
    }
    return fromIterable(this, [...items(this).filter((v) => !contains(other, v)), ...items(other).filter((v) => !contains(this, v))]);
  });
  C.__rxor__ = C.__xor__;
  C._hash = method("Set._hash", [], function () {
    return hash(frozenset(items(this)));
  });
});
export { AbstractSet as Set };

export const MutableSet = mk("MutableSet", [AbstractSet], (C) => {
  C.add = abstract("MutableSet.add", ["value"], () => null);
  C.discard = abstract("MutableSet.discard", ["value"], () => null);
  C.remove = method("MutableSet.remove", ["value"], function (value) {
    if (!contains(this, value)) throw KeyError(value);
    cm(this, "discard", value);
    return null;
  });
  C.pop = method("MutableSet.pop", [], function () {
    const it = iter(this);
    const r = it.next();
    if (r.done) throw KeyError();
    cm(this, "discard", r.value);
    return r.value;
  });
  C.clear = method("MutableSet.clear", [], function () {
    for (const v of items(this)) cm(this, "discard", v);
    return null;
  });
  C.__ior__ = method("MutableSet.__ior__", ["it"], function (it) {
    for (const v of items(it)) cm(this, "add", v);
    return this;
  });
  C.__iand__ = method("MutableSet.__iand__", ["it"], function (it) {
    for (const v of items(this)) if (!contains(it, v)) cm(this, "discard", v);
    return this;
  });
  C.__ixor__ = method("MutableSet.__ixor__", ["it"], function (it) {
    if (it === this) C.clear.call(this);
    else for (const v of items(it)) cm(this, contains(this, v) ? "discard" : "add", v);
    return this;
  });
  C.__isub__ = method("MutableSet.__isub__", ["it"], function (it) {
    if (it === this) C.clear.call(this);
    else for (const v of items(it)) cm(this, "discard", v);
    return this;
  });
});

// ================================================================== Mapping

export const Mapping = mk("Mapping", [Collection], (C) => {
  C.__getitem__ = abstract("Mapping.__getitem__", ["key"], (key) => {
    throw KeyError(key);
  });
  C.get = method("Mapping.get", ["key", "default"], function (key, dflt) {
    try {
      return getitem(this, key);
    } catch (e) {
      if (e?.$exc === true && isinstance(e, KeyError)) return dflt === undefined ? null : dflt;
      throw e;
    }
  }, { defaults: 1 });
  C.__contains__ = method("Mapping.__contains__", ["key"], function (key) {
    try {
      getitem(this, key);
    } catch (e) {
      if (e?.$exc === true && isinstance(e, KeyError)) return false;
      throw e;
    }
    return true;
  });
  C.keys = method("Mapping.keys", [], function () {
    return KeysView(this);
  });
  C.items = method("Mapping.items", [], function () {
    return ItemsView(this);
  });
  C.values = method("Mapping.values", [], function () {
    return ValuesView(this);
  });
  C.__eq__ = method("Mapping.__eq__", ["other"], function (other) {
    if (!(other instanceof Dict) && !(other !== null && typeof other === "object" && other.$isclass === true && isinstance(other, Mapping))) {
      return NotImplemented;
    }
    const a = new Dict();
    for (const k of items(this)) a.set(k, getitem(this, k));
    const b = new Dict();
    for (const k of items(other)) b.set(k, getitem(other, k));
    return eq(a, b);
  });
  C.__reversed__ = null;
});

export const MutableMapping = mk("MutableMapping", [Mapping], (C) => {
  C.__setitem__ = abstract("MutableMapping.__setitem__", ["key", "value"], (key) => {
    throw KeyError(key);
  });
  C.__delitem__ = abstract("MutableMapping.__delitem__", ["key"], (key) => {
    throw KeyError(key);
  });
  C.pop = method("MutableMapping.pop", ["key"], function (key, ...rest) {
    let v;
    try {
      v = getitem(this, key);
    } catch (e) {
      if (e?.$exc === true && isinstance(e, KeyError) && rest.length > 0) return rest[0];
      throw e;
    }
    delitem(this, key);
    return v;
  }, { varargs: true });
  C.popitem = method("MutableMapping.popitem", [], function () {
    const r = iter(this).next();
    if (r.done) throw KeyError();
    const v = getitem(this, r.value);
    delitem(this, r.value);
    return mktuple(r.value, v);
  });
  C.clear = method("MutableMapping.clear", [], function () {
    for (;;) {
      const r = iter(this).next();
      if (r.done) return null;
      delitem(this, r.value);
    }
  });
  C.update = method("MutableMapping.update", [], function (...args) {
    const k = splitkw(args);
    const kw = k === null ? null : k.map;
    if (args.length > 1) throw TypeError(`update expected at most 1 argument, got ${args.length}`);
    if (args.length === 1) {
      const other = args[0];
      if (other instanceof Dict || (other !== null && typeof other === "object" && other.$isclass === true && isinstance(other, Mapping))) {
        for (const k of items(other)) setitem(this, k, getitem(other, k));
      } else if (other !== null && typeof other === "object" && other.$isclass === true && other.keys !== undefined) {
        for (const k of arr(cm(other, "keys"))) setitem(this, k, getitem(other, k));
      } else {
        for (const pair of iter(other)) {
          const [k, v] = arr(pair);
          setitem(this, k, v);
        }
      }
    }
    if (kw !== null) for (const [k, v] of kw) setitem(this, k, v);
    return null;
  }, { varargs: true, varkw: true });
  C.setdefault = method("MutableMapping.setdefault", ["key", "default"], function (key, dflt) {
    if (dflt === undefined) dflt = null;
    try {
      return getitem(this, key);
    } catch (e) {
      if (!(e?.$exc === true && isinstance(e, KeyError))) throw e;
    }
    setitem(this, key, dflt);
    return dflt;
  }, { defaults: 1 });
});

// ================================================================== views

export const MappingView = mk("MappingView", [Sized], (C) => {
  C.__init__ = method("MappingView.__init__", ["mapping"], function (mapping) {
    this._mapping = mapping;
    return null;
  });
  C.__len__ = method("MappingView.__len__", [], function () {
    return len(this._mapping);
  });
  C.__repr__ = method("MappingView.__repr__", [], function () {
    return `${typename(this)}(${repr(this._mapping)})`;
  });
});

export const KeysView = mk("KeysView", [MappingView, AbstractSet], (C) => {
  C._from_iterable = classmethod(rtf(function (it) {
    return set(it);
  }));
  C.__contains__ = method("KeysView.__contains__", ["key"], function (key) {
    return contains(this._mapping, key);
  });
  C.__iter__ = method("KeysView.__iter__", [], function () {
    return iter(this._mapping);
  });
});

export const ItemsView = mk("ItemsView", [MappingView, AbstractSet], (C) => {
  C._from_iterable = classmethod(rtf(function (it) {
    return set(it);
  }));
  C.__contains__ = method("ItemsView.__contains__", ["item"], function (item) {
    const t = arr(item);
    if (t.length !== 2) return false;
    const [key, value] = t;
    let v;
    try {
      v = getitem(this._mapping, key);
    } catch (e) {
      if (e?.$exc === true && isinstance(e, KeyError)) return false;
      throw e;
    }
    return v === value || eq(v, value);
  });
  C.__iter__ = method("ItemsView.__iter__", [], function () {
    const m = this._mapping;
    return iter(arr(m).map((k) => mktuple(k, getitem(m, k))));
  });
});

export const ValuesView = mk("ValuesView", [MappingView, Collection], (C) => {
  C.__contains__ = method("ValuesView.__contains__", ["value"], function (value) {
    const m = this._mapping;
    for (const k of arr(m)) {
      const v = getitem(m, k);
      if (v === value || eq(v, value)) return true;
    }
    return false;
  });
  C.__iter__ = method("ValuesView.__iter__", [], function () {
    const m = this._mapping;
    return iter(arr(m).map((k) => getitem(m, k)));
  });
});

// ================================================================== Sequence

export const Sequence = mk("Sequence", [Reversible, Collection], (C) => {
  C.__getitem__ = abstract("Sequence.__getitem__", ["index"], () => {
    throw IndexError();
  });
  C.__iter__ = method("Sequence.__iter__", [], function* () {
    for (let i = 0; ; i++) {
      let v;
      try {
        v = getitem(this, i);
      } catch (e) {
        if (e?.$exc === true && isinstance(e, IndexError)) return;
        throw e;
      }
      yield v;
    }
  });
  C.__contains__ = method("Sequence.__contains__", ["value"], function (value) {
    for (const v of iter(this)) if (v === value || eq(v, value)) return true;
    return false;
  });
  C.__reversed__ = method("Sequence.__reversed__", [], function* () {
    for (let i = len(this) - 1; i >= 0; i--) yield getitem(this, i);
  });
  C.index = method("Sequence.index", ["value", "start", "stop"], function (value, start, stop) {
    const n = len(this);
    let i = start === undefined || start === null ? 0 : start < 0 ? Math.max(n + start, 0) : start;
    const end = stop === undefined || stop === null ? n : stop < 0 ? stop + n : stop;
    for (; i < end; i++) {
      let v;
      try {
        v = getitem(this, i);
      } catch (e) {
        if (e?.$exc === true && isinstance(e, IndexError)) break;
        throw e;
      }
      if (v === value || eq(v, value)) return i;
    }
    throw ValueError();
  }, { defaults: 2 });
  C.count = method("Sequence.count", ["value"], function (value) {
    let n = 0;
    for (const v of iter(this)) if (v === value || eq(v, value)) n++;
    return n;
  });
});

export const MutableSequence = mk("MutableSequence", [Sequence], (C) => {
  C.__setitem__ = abstract("MutableSequence.__setitem__", ["index", "value"], () => {
    throw IndexError();
  });
  C.__delitem__ = abstract("MutableSequence.__delitem__", ["index"], () => {
    throw IndexError();
  });
  C.insert = abstract("MutableSequence.insert", ["index", "value"], () => {
    throw IndexError();
  });
  C.append = method("MutableSequence.append", ["value"], function (value) {
    cm(this, "insert", len(this), value);
    return null;
  });
  C.clear = method("MutableSequence.clear", [], function () {
    try {
      for (;;) cm(this, "pop");
    } catch (e) {
      if (!(e?.$exc === true && isinstance(e, IndexError))) throw e;
    }
    return null;
  });
  C.reverse = method("MutableSequence.reverse", [], function () {
    const n = len(this);
    for (let i = 0; i < Math.floor(n / 2); i++) {
      const a = getitem(this, i), b = getitem(this, n - i - 1);
      setitem(this, i, b);
      setitem(this, n - i - 1, a);
    }
    return null;
  });
  C.extend = method("MutableSequence.extend", ["values"], function (values) {
    const vals = values === this ? arr(values) : values;
    for (const v of iter(vals)) cm(this, "append", v);
    return null;
  });
  C.pop = method("MutableSequence.pop", ["index"], function (index) {
    if (index === undefined) index = -1;
    const v = getitem(this, index);
    delitem(this, index);
    return v;
  }, { defaults: 1 });
  C.remove = method("MutableSequence.remove", ["value"], function (value) {
    delitem(this, cm(this, "index", value));
    return null;
  });
  C.__iadd__ = method("MutableSequence.__iadd__", ["values"], function (values) {
    cm(this, "extend", values);
    return this;
  });
});

export const ByteString = mk("ByteString", [Sequence], () => {});

// ================================================================== builtin registrations

for (const [A, builtins] of [
  [Sequence, [tuple, str, range, memoryview]],
  [MutableSequence, [list, bytearray]],
  [ByteString, [bytes, bytearray]],
  [AbstractSet, [frozenset]],
  [MutableSet, [set]],
  [MutableMapping, [dict]],
]) {
  for (const B of builtins) ABCMeta.register.call(A, B);
}
// The dict views (`type({}.keys())`, the runtime's dict_keys/dict_values/dict_items).
for (const [A, name] of [[KeysView, "keys"], [ValuesView, "values"], [ItemsView, "items"]]) {
  ABCMeta.register.call(A, type(cm(new Dict(), name)));
}
