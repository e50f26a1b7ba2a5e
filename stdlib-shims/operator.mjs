// Python's `operator` module (CPython 3.11). The functions delegate to the runtime's
// operators, so they follow the full Python protocols (dunders, reflected operands, errors).
//
// Keyword arguments: like CPython's C functions these take none, except `call` and
// `methodcaller`, which pass theirs on (read from a trailing `KwArgs`). itemgetter,
// attrgetter and methodcaller are classes (made with `mkclass`, callable instances).

import {
  add, sub, mul, truediv, floordiv, mod, pow, matmul, lshift, rshift, bitand, bitor, bitxor,
  neg, pos, invert, eq, ne, lt, le, gt, ge, abs, contains, truthy, getitem as getitem_,
  setitem as setitem_, delitem as delitem_, iadd, isub, imul, itruediv, ifloordiv, imod, ipow,
  imatmul, ilshift, irshift, ibitand, ibitor, ibitxor, len, iter, ga, cm, callkw, splitkw,
  kwrest, mkclass, repr, typename, exc, matches, tuple_of, KwArgs, Dict, PySet, NotImplemented, TypeError,
  ValueError, eq_v, ne_v, lt_v, le_v, gt_v, ge_v,
} from "./builtins.mjs";
import { isInt, toInt, method } from "./_shim.mjs";

export const __name__ = "operator";

// The runtime's operators implement the full protocols. The comparisons are the value forms
// (`x = a < b`): JS booleans for builtin types, a `__lt__`'s own result (any object) as it is.
export {
  lt_v as lt, le_v as le, eq_v as eq, ne_v as ne, ge_v as ge, gt_v as gt, add, sub, mul, truediv, floordiv, mod, pow, matmul, lshift, rshift,
  neg, pos, invert, invert as inv, bitand as and_, bitor as or_, bitxor as xor, abs,
};

export const not_ = (a) => !truthy(a);
export const truth = (a) => truthy(a);
export const is_ = (a, b) => a === b || (a == null && b == null);
export const is_not = (a, b) => !is_(a, b);
export const index = (a) => toInt(a);

function isSequence(x) {
  if (typeof x === "string" || Array.isArray(x)) return true;
  return x != null && typeof x === "object" && !(x instanceof Dict) && !(x instanceof PySet) &&
    typeof x.__getitem__ === "function";
}

export function concat(a, b) {
  if (!isSequence(a)) throw TypeError(`'${typename(a)}' object can't be concatenated`);
  return add(a, b);
}

export { contains };

/** iter(a), with the message CPython's countOf/indexOf give for a non-iterable. */
function items(a) {
  try {
    return iter(a);
  } catch (e) {
    if (matches(exc(e), TypeError)) throw TypeError(`argument of type '${typename(a)}' is not iterable`);
    throw e;
  }
}

export function countOf(a, b) {
  let n = 0;
  for (const x of items(a)) if (x === b || eq(x, b)) n++;
  return n;
}

export function indexOf(a, b) {
  let i = 0;
  for (const x of items(a)) {
    if (x === b || eq(x, b)) return i;
    i++;
  }
  throw ValueError("sequence.index(x): x not in sequence");
}

export function getitem(a, b) {
  return getitem_(a, b);
}

export function setitem(a, b, c) {
  setitem_(a, b, c);
  return null;
}

export function delitem(a, b) {
  delitem_(a, b);
  return null;
}

export function length_hint(obj, dflt = 0) {
  if (!isInt(dflt)) throw TypeError(`'${typename(dflt)}' object cannot be interpreted as an integer`);
  if (typeof obj === "string" || Array.isArray(obj) || obj instanceof Dict || obj instanceof PySet ||
      (obj != null && typeof obj.__len__ === "function")) {
    return len(obj);
  }
  if (obj == null || typeof obj.__length_hint__ !== "function") return dflt;
  const hint = obj.__length_hint__();
  if (hint === NotImplemented) return dflt;
  if (!isInt(hint)) throw TypeError(`__length_hint__ must be an integer, not ${typename(hint)}`);
  if (hint < 0) throw ValueError("__length_hint__() should return >= 0");
  return hint;
}

/** The keyword Map of a trailing KwArgs (empty when there is none). */
function keywordMap(k) {
  const m = new Map();
  if (k !== null) {
    const d = kwrest(k);
    for (const name of iter(d)) m.set(name, getitem_(d, name));
  }
  return m;
}

/** operator.call(obj, /, *args, **kwargs) (new in 3.11). */
export function call(obj, ...args) {
  return callkw(obj, args, keywordMap(splitkw(args)));
}

// In-place operators: the runtime's versions try __iadd__ etc. first.
export {
  iadd, isub, imul, itruediv, ifloordiv, imod, ipow, imatmul, ilshift, irshift,
  ibitand as iand, ibitor as ior, ibitxor as ixor,
};

export function iconcat(a, b) {
  if (!isSequence(a)) throw TypeError(`'${typename(a)}' object can't be concatenated`);
  return iadd(a, b);
}

// ---------------------------------------------------------------- callable objects

export const itemgetter = mkclass("itemgetter", [], (C) => {
  C.$tpname = "operator.itemgetter";
  C.__module__ = "operator";
  C.__init__ = method("itemgetter.__init__", [], function (...items) {
    if (items.length === 0) throw TypeError("itemgetter expected 1 argument, got 0");
    this.$items = items;
    return null;
  }, { varargs: true });
  C.__call__ = method("itemgetter.__call__", ["obj"], function (obj) {
    const items = this.$items;
    if (items.length === 1) return getitem_(obj, items[0]);
    return tuple_of(items.map((i) => getitem_(obj, i)));
  });
  C.__repr__ = method("itemgetter.__repr__", [], function () {
    return `operator.itemgetter(${this.$items.map(repr).join(", ")})`;
  });
  C.__reduce__ = method("itemgetter.__reduce__", [], function () {
    return tuple_of([itemgetter, tuple_of(this.$items)]);
  });
});

/** Resolve a dotted attribute path. */
function dotted(obj, parts) {
  for (const p of parts) obj = ga(obj, p);
  return obj;
}

export const attrgetter = mkclass("attrgetter", [], (C) => {
  C.$tpname = "operator.attrgetter";
  C.__module__ = "operator";
  C.__init__ = method("attrgetter.__init__", [], function (...attrs) {
    if (attrs.length === 0) throw TypeError("attrgetter expected 1 argument, got 0");
    for (const a of attrs) if (typeof a !== "string") throw TypeError("attribute name must be a string");
    this.$attrs = attrs;
    this.$paths = attrs.map((a) => a.split("."));
    return null;
  }, { varargs: true });
  C.__call__ = method("attrgetter.__call__", ["obj"], function (obj) {
    const paths = this.$paths;
    if (paths.length === 1) return dotted(obj, paths[0]);
    return tuple_of(paths.map((p) => dotted(obj, p)));
  });
  C.__repr__ = method("attrgetter.__repr__", [], function () {
    return `operator.attrgetter(${this.$attrs.map(repr).join(", ")})`;
  });
  C.__reduce__ = method("attrgetter.__reduce__", [], function () {
    return tuple_of([attrgetter, tuple_of(this.$attrs)]);
  });
});

export const methodcaller = mkclass("methodcaller", [], (C) => {
  C.$tpname = "operator.methodcaller";
  C.__module__ = "operator";
  C.__init__ = method("methodcaller.__init__", [], function (...args) {
    const kw = keywordMap(splitkw(args));
    if (args.length === 0) throw TypeError("methodcaller needs at least one argument, the method name");
    if (typeof args[0] !== "string") throw TypeError("method name must be a string");
    this.$name = args[0];
    this.$args = args.slice(1);
    this.$kw = kw;
    return null;
  }, { varargs: true, varkw: true });
  C.__call__ = method("methodcaller.__call__", ["obj"], function (obj) {
    if (this.$kw.size) return cm(obj, this.$name, ...this.$args, new KwArgs(new Map(this.$kw)));
    return cm(obj, this.$name, ...this.$args);
  });
  C.__repr__ = method("methodcaller.__repr__", [], function () {
    const parts = [repr(this.$name), ...this.$args.map(repr)];
    for (const [k, v] of this.$kw) parts.push(`${k}=${repr(v)}`);
    return `operator.methodcaller(${parts.join(", ")})`;
  });
  // CPython's reduces keywords through functools.partial; pyjs keeps positional ones only.
  C.__reduce__ = method("methodcaller.__reduce__", [], function () {
    if (this.$kw.size) throw TypeError("pyjs cannot pickle a methodcaller with keyword arguments");
    return tuple_of([methodcaller, tuple_of([this.$name, ...this.$args])]);
  });
});

// The dunder aliases (operator.__add__ is operator.add, ...).
export {
  abs as __abs__, add as __add__, bitand as __and__, call as __call__, concat as __concat__,
  contains as __contains__, delitem as __delitem__, eq_v as __eq__, floordiv as __floordiv__,
  ge_v as __ge__, getitem as __getitem__, gt_v as __gt__, iadd as __iadd__, ibitand as __iand__,
  iconcat as __iconcat__, ifloordiv as __ifloordiv__, ilshift as __ilshift__,
  imatmul as __imatmul__, imod as __imod__, imul as __imul__, index as __index__,
  invert as __inv__, invert as __invert__, ibitor as __ior__, ipow as __ipow__, irshift as __irshift__,
  isub as __isub__, itruediv as __itruediv__, ibitxor as __ixor__, le_v as __le__,
  lshift as __lshift__, lt_v as __lt__, matmul as __matmul__, mod as __mod__, mul as __mul__,
  ne_v as __ne__, neg as __neg__, not_ as __not__, bitor as __or__, pos as __pos__, pow as __pow__,
  rshift as __rshift__, setitem as __setitem__, sub as __sub__, truediv as __truediv__,
  bitxor as __xor__,
};

// The functions' `__name__`s are their Python names (several are shared runtime operators named
// otherwise in JS, `lt_v`, `bitand`; minification renames others).
for (const [name, f] of Object.entries({
  lt: lt_v, le: le_v, eq: eq_v, ne: ne_v, ge: ge_v, gt: gt_v, add, sub, mul, truediv, floordiv, mod,
  pow, matmul, lshift, rshift, neg, pos, invert, and_: bitand, or_: bitor, xor: bitxor, abs, not_,
  truth, is_, is_not, index, concat, contains, countOf, indexOf, getitem, setitem, delitem,
  length_hint, call, iadd, isub, imul, itruediv, ifloordiv, imod, ipow, imatmul, ilshift, irshift,
  iand: ibitand, ior: ibitor, ixor: ibitxor, iconcat,
})) {
  if (f.name !== name) Object.defineProperty(f, "name", { value: name, configurable: true });
}
