// Python's `copy` module (CPython 3.11): copy, deepcopy (with a memo dict keyed by id), Error.
//
// Mirrors Lib/copy.py: builtin types are dispatched by exact type; `__copy__` / `__deepcopy__`
// are honoured; other instances are rebuilt the way `__reduce_ex__(4)` + `_reconstruct` would
// do it: a new object from `cls.__new__(cls, *args)` (args from `__getnewargs__` for tuple
// subclasses), its instance attributes (or `__getstate__()`) as state, passed to
// `__setstate__` or copied into the new object, and the list/dict/set items of container
// subclasses. A class may define `__reduce_ex__` or `__reduce__` itself. Runtime classes can
// provide a hidden `$reduce()` hook returning `{args, state, listitems}` (deque does).

import {
  Dict, Tuple, PySet, PyFloat, tuple_of, dict, list, tuple, set, frozenset, object, type, id, iter, arr, cm, ga,
  getitem, setitem, isinstance, typename, splitkw, kwtake, kwnone, mangleAttr, BaseException, Exception,
  TypeError, mkclass, sys_modules, callkw,
} from "./builtins.mjs";

export const __name__ = "copy";

/** copy.Error (also copy.error). */
export const Error = mkclass("Error", [Exception], (C) => {
  C.__module__ = "copy";
});
export const error = Error;
const ErrorClass = Error;

// ---------------------------------------------------------------------------------------------

/** Whether x is a Python instance (of a user class or of a subclass of a builtin). */
function isInstance(x) {
  return (typeof x === "object" && x !== null && x.$isclass === true) || (typeof x === "function" && x.$isclass === false);
}

/** Values copy() and deepcopy() return unchanged. */
function isAtomic(x) {
  switch (typeof x) {
    case "undefined":
    case "boolean":
    case "number":
    case "bigint":
    case "string":
    case "symbol":
      return true;
    case "function":
      return x.$isclass !== false; // functions, classes, bound methods
  }
  if (x === null || x instanceof PyFloat) return true;
  const t = typename(x);
  return t === "range" || t === "slice" || t === "NotImplementedType" || t === "ellipsis" || t === "property";
}

/** The class attribute `name` of x's class, or undefined (object's own defaults excluded). */
function classAttr(x, name) {
  const C = type(x);
  const v = C[mangleAttr(name)];
  if (v === undefined || v === null) return undefined;
  if (v === object[mangleAttr(name)]) return undefined;
  return v;
}

function hasAttr(x, name) {
  try {
    ga(x, name);
    return true;
  } catch (e) {
    if (e?.$exc === true) return false;
    throw e;
  }
}

// ---------------------------------------------------------------------------------------------
// copy

/** copy.copy(x): a shallow copy. */
export function copy(x) {
  if (isAtomic(x)) return x;
  if (!isInstance(x)) {
    const p = Object.getPrototypeOf(x);
    if (p === Array.prototype) return x.slice();
    if (x instanceof Tuple && p === Tuple.prototype) return x;
    if (x instanceof Dict && p === Dict.prototype) return cm(x, "copy");
    if (x instanceof PySet && p === PySet.prototype) return x.frozen ? x : cm(x, "copy");
  }
  if (isInstance(x)) {
    const copier = classAttr(x, "__copy__");
    if (copier !== undefined) return cm(x, "__copy__");
  }
  return reconstruct(x, null);
}

// ---------------------------------------------------------------------------------------------
// deepcopy

/** copy.deepcopy(x, memo=None) */
export function deepcopy(x, ...rest) {
  const k = splitkw(rest);
  let memo = rest.length > 0 ? rest[0] : kwtake(k, "memo");
  kwnone(k, "deepcopy");
  if (memo === undefined || memo === null) memo = new Dict();
  return deep(x, memo);
}

function memoGet(memo, x) {
  const key = id(x);
  return memo instanceof Dict ? memo.get(key) : undefined;
}

function memoSet(memo, x, y) {
  setitem(memo, id(x), y);
}

/** CPython's _keep_alive: memo[id(memo)] is a list of the originals. */
function keepAlive(x, memo) {
  const key = id(memo);
  const v = memo instanceof Dict ? memo.get(key) : undefined;
  if (v === undefined) setitem(memo, key, [x]);
  else v.push(x);
}

function deep(x, memo) {
  if (isAtomic(x)) return x;
  const found = memoGet(memo, x);
  if (found !== undefined) return found;
  let y;
  const p = Object.getPrototypeOf(x);
  if (!isInstance(x) && p === Array.prototype) {
    y = [];
    memoSet(memo, x, y);
    for (const v of x) y.push(deep(v, memo));
  } else if (!isInstance(x) && x instanceof Tuple && p === Tuple.prototype) {
    const items = Array.from(x, (v) => deep(v, memo));
    const again = memoGet(memo, x);
    if (again !== undefined) return again;
    y = items.every((v, i) => v === x[i]) ? x : tuple_of(items);
  } else if (!isInstance(x) && x instanceof Dict && p === Dict.prototype) {
    y = new Dict();
    memoSet(memo, x, y);
    for (const [key, v] of Array.from(x.entries())) setitem(y, deep(key, memo), deep(v, memo));
  } else {
    const copier = isInstance(x) ? deepcopierOf(x) : undefined;
    if (copier !== undefined) y = copier(memo);
    else y = reconstruct(x, memo);
  }
  if (y !== x) {
    memoSet(memo, x, y);
    keepAlive(x, memo);
  }
  return y;
}

function deepcopierOf(x) {
  if (!hasAttr(x, "__deepcopy__")) return undefined;
  return (memo) => cm(x, "__deepcopy__", memo);
}

// ---------------------------------------------------------------------------------------------
// reduce + reconstruct

/**
 * What `x.__reduce_ex__(4)` gives, as `{func, args, state, listitems, dictitems}` (each item
 * source a JS array or null).
 */
function reduce(x) {
  if (isInstance(x)) {
    // A reducer registered with copyreg.pickle (copyreg's dispatch_table, when imported).
    const cr = sys_modules().get("copyreg");
    const table = cr === undefined ? undefined : ga(cr, "dispatch_table");
    const reductor = table instanceof Dict && table.size > 0 ? table.get(type(x)) : undefined;
    for (const name of ["__reduce_ex__", "__reduce__"]) {
      if (reductor !== undefined || classAttr(x, name) !== undefined) {
        const rv = reductor !== undefined ? callkw(reductor, [x], new Map()) : name === "__reduce_ex__" ? cm(x, name, 4) : cm(x, name);
        if (typeof rv === "string") return { atomic: true };
        const t = arr(rv);
        if (t.length < 2 || t.length > 6) throw ErrorClass("tuple returned by __reduce__ must contain 2 through 6 elements");
        return {
          func: t[0],
          args: arr(t[1]),
          state: t[2] ?? null,
          listitems: t[3] == null ? null : arr(t[3]),
          dictitems: t[4] == null ? null : arr(t[4]).map((it) => arr(it)),
        };
      }
    }
  }
  if (typeof x.$reduce === "function") {
    const r = x.$reduce();
    return { func: r.func ?? null, cls: type(x), args: r.args ?? [], state: r.state ?? null, listitems: r.listitems ?? null, dictitems: null };
  }
  const C = type(x);
  if (!isInstance(x)) {
    if (x[Symbol.toStringTag] === "Module") throw TypeError("cannot pickle 'module' object");
    if (x instanceof PySet) return { func: null, cls: C, args: [Array.from(x)], state: null, listitems: null, dictitems: null, plain: true };
    throw TypeError(`cannot pickle '${typename(x)}' object`);
  }
  let args = [];
  if (hasAttr(x, "__getnewargs__") && !(x instanceof Dict)) {
    args = arr(cm(x, "__getnewargs__"));
  } else if (x instanceof Tuple) {
    args = [tuple_of(Array.from(x))];
  } else if (isinstance(x, BaseException)) {
    args = Array.from(x.args);
  } else if (x instanceof PySet) {
    args = [Array.from(x)];
  } else if (x.$pv !== undefined) {
    // An int/float/str subclass instance: its value (CPython's `__getnewargs__`).
    args = [x.$pv];
  }
  let state;
  if (classAttr(x, "__getstate__") !== undefined) state = cm(x, "__getstate__");
  else state = instanceState(x);
  const listitems = Array.isArray(x) && !(x instanceof Tuple) ? Array.from(x) : null;
  const dictitems = x instanceof Dict ? Array.from(x.entries()) : null;
  return { func: null, cls: C, args, state, listitems, dictitems };
}

/** The instance attributes of x as a dict, or null when it has none. */
function instanceState(x) {
  const d = new Dict();
  for (const key of Object.keys(x)) {
    if (key.includes("$") && !key.endsWith("$")) continue;
    if (Array.isArray(x) && /^\d+$/.test(key)) continue;
    const name = key.endsWith("$") ? key.slice(0, -1) : key;
    if (name === "length") continue;
    d.set(name, x[key]);
  }
  if (isinstance(x, BaseException)) {
    for (const k of ["__cause__", "__context__", "__suppress_context__", "__traceback__", "args"]) d.delete(k);
    if (x.__notes__ !== undefined) d.set("__notes__", x.__notes__);
  }
  return d.size === 0 ? null : d;
}

function reconstruct(x, memo) {
  const deepMode = memo !== null;
  const rv = reduce(x);
  if (rv.atomic) return x;
  let args = rv.args;
  if (deepMode) args = args.map((a) => deep(a, memo));
  let y;
  if (rv.func !== null && rv.func !== undefined) {
    y = rv.func(...args);
  } else if (rv.plain) {
    y = x.frozen ? frozenset(args[0]) : set(args[0]);
  } else {
    const C = rv.cls;
    const nw = ga(C, "__new__");
    y = nw(C, ...args);
  }
  if (deepMode) memoSet(memo, x, y);
  let state = rv.state;
  if (state !== null && state !== undefined) {
    if (deepMode) state = deep(state, memo);
    if (hasAttr(y, "__setstate__") && classAttr(y, "__setstate__") !== undefined) {
      cm(y, "__setstate__", state);
    } else {
      let slotstate = null;
      if (state instanceof Tuple && state.length === 2) [state, slotstate] = state;
      if (state !== null && state !== undefined) {
        for (const key of arr(state)) setAttr(y, key, getitem(state, key));
      }
      if (slotstate !== null && slotstate !== undefined) {
        for (const key of arr(slotstate)) setAttr(y, key, getitem(slotstate, key));
      }
    }
  }
  if (rv.listitems !== null) {
    for (let item of rv.listitems) {
      if (deepMode) item = deep(item, memo);
      cm(y, "append", item);
    }
  }
  if (rv.dictitems !== null) {
    for (let [key, value] of rv.dictitems) {
      if (deepMode) {
        key = deep(key, memo);
        value = deep(value, memo);
      }
      setitem(y, key, value);
    }
  }
  return y;
}

/** Set an instance attribute directly (as `y.__dict__.update(state)` does). */
function setAttr(y, name, v) {
  Object.defineProperty(y, mangleAttr(name), { value: v, writable: true, enumerable: true, configurable: true });
}

export const dispatch_table = new Dict();
