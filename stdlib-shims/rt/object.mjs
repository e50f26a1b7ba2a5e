// The Python object model: classes, attributes, calls with keywords, `super`, exceptions.
//
// Layout (see CONTRACT.md):
// - A class is a JS function made by `mkclass`; calling it constructs an instance. The class
//   object is the prototype of its instances, and its JS prototype chain follows its first base,
//   so `C.x` and `inst.x` are plain property reads. Multiple inheritance: the C3 MRO is in
//   `C.$mro`, and attributes whose MRO winner differs from what the JS chain finds are copied
//   onto `C`.
// - Every class has own `$isclass = true`, so `x.$isclass === true` on a JS object means a
//   Python instance. Ordinary instances (whose chain reaches `object`) inherit `$plain = true`,
//   the fast-path test of `ga`/`cm`, and `$sa = true` (no custom `__setattr__`), that of `sa`.
// - The class body runs on the class with its JS prototype removed, so that its `C.x = ...`
//   assignments are not intercepted by accessors of the bases.
// - Builtin types are classes too. Values of builtin types are plain JS values (numbers,
//   strings, Arrays, Tuple, Dict, PySet, ...); `type(x)` maps them to their class. Subclasses of
//   list/tuple/dict/set/frozenset get instances that are real Arrays/Tuples/Dicts/PySets whose
//   prototype is the subclass: the builtin class's own JS prototype is then `Array.prototype`
//   (etc.), so the instances keep every JS method the containers code relies on. The methods of
//   builtin types are in `C.$methods` (the rt/ method tables), found by walking the MRO
//   (`lookupFrom`); they are also JS properties of the class unless named like a JS method of
//   the instances (`pop`, `get`, ...), which they would shadow. Instances of such subclasses
//   take the slow path. Builtin values are set up lazily (`ensureBuiltins`).
// - Instances of a class that defines `__call__` are JS functions (so `obj(x)` works), with own
//   `$isclass = false`; instances of a class with `__getattr__` are Proxies.
// - Methods take self as `this`: compiled methods (`$sig.method`) and runtime methods (`$rt`,
//   including the rt/ method tables written with `this`). Functions found on a class that take
//   self as their first argument instead (plain compiled functions stored as class attributes,
//   method tables written `(self, ...args)`) are marked `$selfarg`. `staticmethod`s are marked
//   `$static`; `classmethod`s, `property`s and other descriptors become accessors.

import * as num from "./num.mjs";
import * as strs from "./str.mjs";
import * as ctr from "./containers.mjs";
import { repr, to_str, truthy, id, iter, arr, hash, forin, unpack } from "./core.mjs";

// ---------------------------------------------------------------------------------------------
// Names

/** Must equal JS_SPECIAL_ATTRS in compiler/src/names.rs. */
const SPECIAL_ATTRS = new Set([
  "constructor", "__proto__", "prototype", "name", "length", "caller", "callee", "arguments",
  "call", "apply", "bind", "toString", "valueOf", "hasOwnProperty", "isPrototypeOf",
  "propertyIsEnumerable", "toLocaleString", "__defineGetter__", "__defineSetter__",
  "__lookupGetter__", "__lookupSetter__",
]);

/** A Python attribute name as a JS property name. */
export function mangleAttr(name) {
  return SPECIAL_ATTRS.has(name) ? name + "$" : name;
}

/** The Python name of a JS property key, or null for runtime-internal and JS-own keys. */
function pyName(key) {
  if (typeof key !== "string") return null;
  if (key.includes("$")) {
    const base = key.slice(0, -1);
    return key.endsWith("$") && SPECIAL_ATTRS.has(base) ? base : null;
  }
  return SPECIAL_ATTRS.has(key) ? null : key;
}

/** Python attribute names held as own properties of `o`. */
function ownPyNames(o) {
  const out = [];
  for (const k of Object.getOwnPropertyNames(o)) {
    const n = pyName(k);
    if (n !== null && !(Array.isArray(o) && /^\d+$/.test(k))) out.push(n);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Classes

const hasOwn = Object.hasOwn;

/** Whether `x` is a class object. */
export function isclass(x) {
  return typeof x === "function" && x.$isclass === true;
}

/** Give a JS function the attributes of a class. */
function initClass(C, name, bases, module) {
  C.$isclass = true;
  C.$bases = bases;
  C.$mro = c3(C, bases);
  for (const b of bases) {
    (hasOwn(b, "$subs") ? b.$subs : (b.$subs = [])).push(C);
    if (hasOwn(b, "$protocolBase")) Object.defineProperty(C, "$isProtocol", { value: true });
  }
  C.__name__ = name;
  C.__qualname__ = name;
  C.__module__ = module;
  C.__doc__ = null;
}

/** C3 linearization of a class with these bases. */
function c3(C, bases) {
  for (let i = 0; i < bases.length; i++) {
    if (bases.indexOf(bases[i]) !== i) throw TypeError(`duplicate base class ${bases[i].__name__}`);
  }
  const seqs = bases.map((b) => b.$mro.slice());
  seqs.push(bases.slice());
  const out = [C];
  for (;;) {
    const live = seqs.filter((s) => s.length > 0);
    if (live.length === 0) return out;
    let next = null;
    for (const s of live) {
      if (!live.some((t) => t.indexOf(s[0]) > 0)) {
        next = s[0];
        break;
      }
    }
    if (next === null) {
      const heads = [...new Set(live.map((s) => s[0].__name__))];
      throw TypeError(`Cannot create a consistent method resolution\norder (MRO) for bases ${heads.join(", ")}`);
    }
    out.push(next);
    for (const s of live) if (s[0] === next) s.shift();
  }
}

/** A class object whose calls construct instances. */
function newClassFunction() {
  // Fast path (what `constructDefault` does for this case, without the argument array): no
  // metaclass, `object.__new__`, an ordinary or slots-only instance, and a compiled `__init__`
  // taking self as `this` whose arity accepts the call. Everything else goes to `construct`.
  const C = function (a, b, c, d) {
    const n = arguments.length;
    if (n <= 4 && C.$meta === undefined && C.__new__ === objectNew && C.$getattrProxy !== true) {
      const al = C.$alloc;
      if (al === undefined || al === allocSlotted) {
        const init = C.__init__;
        const sig = typeof init === "function" && init.$static !== true ? init.$sig : undefined;
        if (sig !== undefined && sig.method === true && n >= sig.params.length - 1 - sig.defaults && (sig.varargs || n < sig.params.length)) {
          const self = al === undefined ? Object.create(C) : allocSlotted(C);
          if (n === 0) init.call(self);
          else if (n === 1) init.call(self, a);
          else if (n === 2) init.call(self, a, b);
          else if (n === 3) init.call(self, a, b, c);
          else init.call(self, a, b, c, d);
          return self;
        }
        if (n === 0 && init === objectInit) return al === undefined ? Object.create(C) : allocSlotted(C);
      }
    }
    // An exception class with BaseException's own __new__ and __init__ (most of them, and user
    // classes such as `class ParseError(Exception): pass`): what those two do, in one step.
    if (n <= 4 && C.__init__ === excInit && C.__new__ === excNew && C.$meta === undefined && C.$alloc === allocExc &&
        C.$getattrProxy !== true && (n === 0 || !(arguments[n - 1] instanceof KwArgs))) {
      return newExc(C, n === 0 ? ctr.tuple_of([]) : n === 1 ? ctr.mktuple(a) : n === 2 ? ctr.mktuple(a, b) : n === 3 ? ctr.mktuple(a, b, c) : ctr.mktuple(a, b, c, d));
    }
    return construct(C, Array.prototype.slice.call(arguments), null);
  };
  return C;
}

/**
 * `class name(*bases, metaclass=meta, **kw): body`. `body(C)` assigns the class attributes.
 */
export function mkclass(name, bases, body, meta, kw) {
  const given = bases;
  if (bases.length === 0) bases = [object];
  let orig = null;
  if (bases.some((b) => b != null && b.$mroEntry !== undefined)) {
    // `__mro_entries__`: `class S(Generic[T])` derives from Generic.
    orig = ctr.tuple_of(bases);
    bases = [...new Set(bases.map((b) => b?.$mroEntry ?? b))];
    const inner = body;
    body = (C) => {
      C.__orig_bases__ = orig;
      C.__parameters__ = typeParams(Array.from(orig).filter((b) => b != null && b.$mroEntry !== undefined && b.__parameters__ !== undefined));
      inner(C);
    };
  }
  for (const b of bases) {
    if (!isclass(b)) throw TypeError("bases must be types");
    if (b.$final) throw TypeError(`type '${b.__name__}' is not an acceptable base type`);
  }
  const C = newClassFunction();
  initClass(C, name, bases, "__main__");
  if (bases.some((b) => b.$jsproto !== undefined)) {
    ensureBuiltins();
    // Instances then fail the runtime's `x.constructor === Array` (etc.) fast-path tests and
    // take the paths that honor the subclass's own dunders.
    Object.defineProperty(C, "constructor", { value: C, writable: true, configurable: true });
  }
  if (meta != null && meta !== type) C.$meta = meta;
  const M = C.$meta ?? bases.find((b) => b.$meta !== undefined)?.$meta;
  // The body assigns with `C.x = ...`: without a prototype, an inherited accessor (a property
  // or classmethod of a base) cannot intercept those assignments.
  const before = new Set(Object.getOwnPropertyNames(C));
  const viaMeta = M !== undefined && isUserMeta(M) && bareMeta === 0;
  if (viaMeta && typeof M.__prepare__ === "function") {
    // The class body still fills the class itself; what the namespace `__prepare__` returned
    // starts with (a dict's items) become class attributes the metaclass's `__new__` sees.
    const kwMap = kw ? new Map(Object.entries(kw)) : null;
    const args = [name, ctr.tuple_of(given)];
    const ns = kwMap === null || kwMap.size === 0 ? M.__prepare__(...args) : callkw(M.__prepare__, args, kwMap);
    if (ns instanceof ctr.Dict) {
      for (const k of ns) if (typeof k === "string") C[mangleAttr(k)] = ctr.getitem(ns, k);
    }
  }
  Object.setPrototypeOf(C, null);
  body(C);
  if (viaMeta) return metaCreate(M, C, name, given, kw, before);
  Object.setPrototypeOf(C, bases[0]);
  finishClass(C);
  if (M === undefined && C.$mro.some(isPrimBase)) installPrim(C);
  initSubclass(C, kw);
  return C;
}

function isPrimBase(B) {
  return B === int || B === float || B === str;
}

/**
 * A class deriving from int, float or str (without a metaclass; enum.mjs handles its own):
 * instances are objects holding the value in `$pv`, and the base's methods, dunders included,
 * are installed on the class as wrappers that call them with the values unwrapped.
 */
function installPrim(C) {
  const T = C.$mro.find(isPrimBase);
  ensureBuiltins();
  C.$primBase = T;
  C.$alloc = (cls, args) => {
    const o = Object.create(cls);
    o.$pv = T(...args);
    return o;
  };
  const below = C.$mro.slice(0, C.$mro.indexOf(T));
  const def = (k, w, f) => {
    // A subclass's own method wins, unless it is the base's own (`__hash__ = str.__hash__`),
    // which still needs its value unwrapped.
    if (below.some((B) => hasOwn(B, k) && (f === undefined || B[k] !== f))) return;
    w.$rt = true;
    Object.defineProperty(C, k, { value: w, writable: true, enumerable: false, configurable: true });
  };
  for (const k of Object.getOwnPropertyNames(T)) {
    const f = Object.getOwnPropertyDescriptor(T, k).value;
    if (typeof f !== "function" || (f.$rt !== true && f.$selfarg !== true) || f.$static === true) continue;
    if (k === "__init__" || k === "__new__" || k === "__init_subclass__" || k === "__getattribute__" || k === "__setattr__" || k === "__delattr__") continue;
    // `__format__` is defined below (an empty spec is `str(self)`, the subclass's `__str__`).
    if (k === "__format__") continue;
    def(k, f.$rt === true
      ? function (...a) { return f.apply(unprim(this), a.map(unprim)); }
      : function (...a) { return f(unprim(this), ...a.map(unprim)); }, f);
  }
  def("__format__", function (spec) { return spec === "" ? str(this) : strs.format_spec(unprim(this), spec); });
}

/** The int/float/str value of an instance of a subclass of those (else x itself). */
function unprim(x) {
  return x !== null && typeof x === "object" && x.$pv !== undefined ? x.$pv : x;
}

/** Whether metaclass M (a subclass of type) overrides how classes are made or used. */
function isUserMeta(M) {
  return M !== type && M.$mro !== undefined && M.$mro.indexOf(type) > 0;
}

/** Inside `type.__new__` making a class from a namespace: mkclass does not call the metaclass. */
let bareMeta = 0;

/** Classes whose body has run, waiting for their metaclass's `__new__` to reach `type.__new__`. */
const pendingClasses = [];

/** `class C(metaclass=M)`: `M.__new__(M, name, bases, ns)`, then `M.__init__`. */
function metaCreate(M, C, name, bases, kw, before) {
  const ns = ctr.mkdict([]);
  const collected = new Set();
  const put = ctr.dict_methods.__setitem__;
  put.call(ns, "__module__", C.__module__);
  put.call(ns, "__qualname__", C.__qualname__);
  for (const k of Object.getOwnPropertyNames(C)) {
    const n = pyName(k);
    if (n === null || before.has(k)) continue;
    const d = Object.getOwnPropertyDescriptor(C, k);
    if ("value" in d && d.value !== undefined) {
      put.call(ns, n, d.value);
      collected.add(k);
    }
  }
  const pending = { C, ns, collected, kw, name };
  pendingClasses.push(pending);
  let cls;
  try {
    const args = [M, name, ctr.tuple_of(bases), ns];
    const nw = M.__new__;
    const kwMap = kw ? new Map(Object.entries(kw)) : null;
    cls = kwMap === null || kwMap.size === 0 ? nw(...args) : callkw(nw, args, kwMap);
  } finally {
    pendingClasses.splice(pendingClasses.indexOf(pending), 1);
  }
  if (isclass(cls) && isinstance(cls, M)) {
    const init = M.__init__;
    if (init !== objectInit && init !== type.__init__) {
      const kwMap = kw ? new Map(Object.entries(kw)) : null;
      const args = [name, ctr.tuple_of(bases), ns];
      if (kwMap === null || kwMap.size === 0) callMethod(init, cls, args);
      else callMethodKw(init, cls, args, kwMap);
    }
  }
  return cls;
}

/** `type.__new__(mcls, name, bases, ns)`: finishes a pending class statement, or makes a class. */
function typeNew(mcls, name, bases, ns, ...rest) {
  if (!isclass(mcls)) throw TypeError(`type.__new__(X): X is not a type object (${typename(mcls)})`);
  // The namespace the class statement passed, or a copy of it (`dict(ns)`) for the same name.
  const p = pendingClasses.find((q) => q.ns === ns) ??
    (ns instanceof ctr.Dict ? pendingClasses.findLast((q) => q.name === name) : undefined);
  if (p === undefined) {
    // A class made from a namespace (`M(name, bases, ns)` reaching here from `M.__new__`): the
    // metaclass's `__prepare__`/`__new__` have run already.
    const last = rest[rest.length - 1];
    bareMeta++;
    let C;
    try {
      C = mkclass(name, arr(bases), (C) => {
        for (const k of ns) if (k !== "__module__") sa(C, k, ctr.getitem(ns, k));
      }, mcls, last instanceof KwArgs ? Object.fromEntries(last.map) : undefined);
    } finally {
      bareMeta--;
    }
    if (isUserMeta(mcls)) metaMethods(C, mcls);
    return C;
  }
  pendingClasses.splice(pendingClasses.indexOf(p), 1);
  const C = p.C;
  const keep = new Set();
  for (const n of ns) {
    const k = mangleAttr(n);
    keep.add(k);
    C[k] = ctr.getitem(ns, n);
  }
  // Names the metaclass removed from the namespace.
  for (const k of p.collected) if (!keep.has(k)) delete C[k];
  if (mcls !== type) C.$meta = mcls;
  const cbases = arr(bases);
  Object.setPrototypeOf(C, cbases[0] ?? object);
  finishClass(C);
  // `__init_subclass__` gets the keywords given to `type.__new__`, not the class statement's.
  const last = rest[rest.length - 1];
  initSubclass(C, last instanceof KwArgs ? last.map : null);
  metaMethods(C, mcls);
  return C;
}

/** Methods of a user metaclass, readable through its classes (`Cls.method()` binds `Cls`). */
function metaMethods(C, M) {
  for (const T of M.$mro) {
    if (T === type || T === object) break;
    for (const k of Object.getOwnPropertyNames(T)) {
      const name = pyName(k);
      if (name === null || name.startsWith("__") || k in C) continue;
      const d = Object.getOwnPropertyDescriptor(T, k);
      if (!("value" in d) || typeof d.value !== "function" || d.value.$isclass === true) continue;
      const f = d.value;
      Object.defineProperty(C, k, {
        get() {
          return isclass(this) ? bindMethod(f, this) : undefined;
        },
        configurable: true,
      });
    }
  }
}

/** After the body ran: decorators to accessors, MRO flattening, `__set_name__`. */
function finishClass(C) {
  for (const k of Object.getOwnPropertyNames(C)) {
    const name = pyName(k);
    if (name === null) continue;
    const d = Object.getOwnPropertyDescriptor(C, k);
    if (!("value" in d)) continue;
    const v = d.value;
    if (v === undefined) {
      // `del x` in the class body.
      delete C[k];
      continue;
    }
    if (v !== null && typeof v === "object" && v.$plain === true) {
      const t = Object.getPrototypeOf(v);
      if (t === property) defineProperty(C, k, name, v);
      else if (t === classmethod) defineClassmethod(C, k, v.__func__);
      else if (t === staticmethod) markStatic(C, k, v.__func__);
      else if (v.__get__ !== undefined) defineDescriptor(C, k, v);
    } else if (typeof v === "function" && v.$sig !== undefined && !v.$static) {
      if (name === "__init_subclass__" || name === "__class_getitem__") defineClassmethod(C, k, v);
      else if (name === "__new__") v.$static = true;
      else if (!v.$sig.method) C[k] = selfArgMethod(v);
    }
  }
  // Defining `__eq__` without `__hash__` makes instances unhashable.
  if (hasOwn(C, "__eq__") && !hasOwn(C, "__hash__")) C.__hash__ = null;
  if (C.$bases.length > 1) flatten(C);
  if (C.$jsproto) moveShadowing(C);
  if (hasOwn(C, "__getattr__") || hasOwn(C, "__getattribute__")) C.$getattrProxy = true;
  if (hasOwn(C, "__setattr__")) C.$sa = false;
  initSlots(C);
  if (C.__call__ !== undefined && C.$alloc === undefined) C.$alloc = allocCallable;
  for (const k of Object.getOwnPropertyNames(C)) {
    const name = pyName(k);
    if (name === null) continue;
    const d = Object.getOwnPropertyDescriptor(C, k);
    const v = "value" in d ? d.value : d.get.$descr;
    if (v != null && typeof v === "object" && v.$plain === true && v.__set_name__ !== undefined) {
      cm(v, "__set_name__", C, name);
    }
  }
}

/**
 * A plain function stored on a class (a lambda in the class body, `C.f = f`, `type()`'s dict)
 * as a method taking self as `this`, so `obj.f()` works as a JS call. Its other attributes are
 * read through to `f`.
 */
function selfArgMethod(f) {
  const m = function (...args) {
    return this === undefined || (typeof this === "function" && this.$isclass === true) ? f(...args) : f(this, ...args);
  };
  Object.setPrototypeOf(m, f);
  m.$sig = { ...f.$sig, method: true };
  m.$func = f;
  return m;
}

/** Copy onto C the attributes whose MRO winner the JS prototype chain would not find. */
function flatten(C) {
  const seen = new Set(Object.getOwnPropertyNames(C));
  for (const K of C.$mro.slice(1)) {
    for (const k of Object.getOwnPropertyNames(K)) {
      if (seen.has(k) || pyName(k) === null) continue;
      seen.add(k);
      let p = Object.getPrototypeOf(C);
      while (p !== null && !hasOwn(p, k)) p = Object.getPrototypeOf(p);
      if (p !== K) {
        Object.defineProperty(C, k, Object.getOwnPropertyDescriptor(K, k));
        // Copies are not in `C.__dict__` (classDict).
        if (!hasOwn(C, "$flat")) Object.defineProperty(C, "$flat", { value: new Map(), writable: true });
        C.$flat.set(k, K);
      }
    }
  }
}

/**
 * In a subclass of a builtin container, an attribute named like a JS method of its instances
 * (`push`, `get`, ...) would replace that method for the runtime code that uses it: such
 * attributes live in `C.$moved` instead, where `lookupFrom` finds them.
 */
function moveShadowing(C) {
  for (const k of Object.getOwnPropertyNames(C)) {
    if (pyName(k) === null || !(k in C.$jsproto)) continue;
    if (!hasOwn(C, "$moved")) C.$moved = Object.create(null);
    Object.defineProperty(C.$moved, k, Object.getOwnPropertyDescriptor(C, k));
    delete C[k];
  }
}

/**
 * `__slots__`: `C.$slotnames` holds the slot names of the MRO, and `C.$slotsOnly` says whether
 * instances have no `__dict__` (every class of the MRO has `__slots__`, none lists `__dict__`).
 * `C.$slotset` maps each slot's JS key to true (a null-prototype object): stores check it
 * (`o.$slotset.x === true`, see `sap` and the compiler's inline stores) and fail for other names.
 * A slot becomes an own property at its first store (an unset slot is absent or undefined), so
 * V8 gives each field the representation of its first value (a float field stays unboxed).
 */
export function initSlots(C) {
  const names = new Set();
  let slotsOnly = true;
  for (const K of C.$mro) {
    if (K === object) continue;
    if (!hasOwn(K, "__slots__")) {
      slotsOnly = false;
      continue;
    }
    const own = K.__slots__;
    // Private slot names are mangled like identifiers: `__x` in class `P` is `_P__x`.
    const cls = K.__name__.replace(/^_+/, "");
    const priv = (n) => (typeof n === "string" && cls !== "" && n.startsWith("__") && !n.endsWith("__") ? `_${cls}${n}` : n);
    for (const n of (typeof own === "string" ? [own] : arr(own)).map(priv)) {
      if (n === "__dict__") slotsOnly = false;
      else names.add(n);
      // Only the class body's own names conflict (not copies flatten() made from other bases).
      const key = mangleAttr(n);
      if (K === C && hasOwn(C, key) && !(hasOwn(C, "$flat") && C.$flat.has(key))) {
        throw ValueError(`'${n}' in __slots__ conflicts with class variable`);
      }
    }
  }
  if (names.size === 0 && !hasOwn(C, "__slots__")) {
    // `class C(A, B)` with `A.__slots__ = ()` and a `B` without: C's instances have a
    // `__dict__`, though C inherits A's `$slotsOnly`.
    if (C.$slotsOnly === true) {
      C.$slotsOnly = false;
      if (C.$alloc === allocSlotted) C.$alloc = undefined;
    }
    return;
  }
  C.$slotnames = names;
  C.$slotkeys = Array.from(names, mangleAttr);
  const set = Object.create(null);
  for (const k of C.$slotkeys) set[k] = true;
  C.$slotset = set;
  C.$slotsOnly = slotsOnly;
  if (slotsOnly && C.$alloc === undefined) C.$alloc = allocSlotted;
  else if (!slotsOnly && C.$alloc === allocSlotted) C.$alloc = undefined;
}

/**
 * Whether storing `o[k]` is allowed on an instance of a class with only `__slots__`: a slot
 * (an own property) or an inherited setter (a property or data descriptor of the class).
 */
function slotStoreOk(o, k) {
  if (Object.hasOwn(o, k) || o.$slotset?.[k] === true) return true;
  for (let p = Object.getPrototypeOf(o); p !== null; p = Object.getPrototypeOf(p)) {
    const d = Object.getOwnPropertyDescriptor(p, k);
    if (d !== undefined) return d.set !== undefined;
  }
  return false;
}

function allocSlotted(C) {
  // No slot is made yet (see initSlots): pre-filling them with undefined would give every
  // field V8's tagged representation and box each float stored later. Not made non-extensible
  // either: every store checks `$slotsOnly` and `$slotset` (`sa`, `sap`, the inline stores).
  return Object.create(C);
}

/** Call the parent's `__init_subclass__` for a new class. */
function initSubclass(C, kw) {
  const found = lookupFrom(C.$mro, 1, "__init_subclass__", "__init_subclass__");
  if (found === null) return;
  const f = found.desc.get?.$func;
  if (f === undefined) return;
  const map = kw instanceof Map ? kw : kw ? new Map(Object.entries(kw)) : new Map();
  if (f.$sig !== undefined) callSig(f, C, [], map);
  else f.call(C, new KwArgs(map));
}

/** Reading `C.x` for a property from the class returns the property object. */
function defineProperty(C, k, name, prop) {
  const get = function () {
    if (typeof this === "function" && this.$isclass === true) return prop;
    const f = prop.fget;
    if (f === null) throw AttributeError(`property '${name}' of '${typename(this)}' object has no getter`);
    return takesThis(f) ? f.call(this) : f(this);
  };
  const set = function (v) {
    const f = prop.fset;
    if (f === null) throw AttributeError(`property '${name}' of '${typename(this)}' object has no setter`);
    if (takesThis(f)) f.call(this, v);
    else f(this, v);
  };
  get.$prop = prop;
  Object.defineProperty(C, k, { get, set, enumerable: true, configurable: true });
}

/** A class attribute whose class defines `__get__` (and maybe `__set__`, `__delete__`). */
function defineDescriptor(C, k, desc) {
  const get = function () {
    if (typeof this === "function" && this.$isclass === true) return cm(desc, "__get__", null, this);
    return cm(desc, "__get__", this, classOf(this));
  };
  const set = function (v) {
    if (desc.__set__ !== undefined) cm(desc, "__set__", this, v);
    else Object.defineProperty(this, k, { value: v, writable: true, enumerable: true, configurable: true });
  };
  get.$descr = desc;
  Object.defineProperty(C, k, { get, set, enumerable: true, configurable: true });
}

function defineClassmethod(C, k, f) {
  const get = function () {
    return bindMethod(f, typeof this === "function" && this.$isclass === true ? this : classOf(this));
  };
  get.$func = f;
  Object.defineProperty(C, k, { get, enumerable: true, configurable: true });
}

function markStatic(C, k, f) {
  if (typeof f === "function") f.$static = true;
  C[k] = f;
}

/** Whether function `f` takes self as `this` (rather than as its first argument). */
function takesThis(f) {
  return f.$rt === true || f.$sig?.method === true;
}

/** `f` called as a method of `self`. */
function callMethod(f, self, args) {
  return takesThis(f) ? f.apply(self, args) : f(self, ...args);
}

/** A bound method object: a JS function with `$self` and `$func`. */
function bindMethod(f, self) {
  const b = takesThis(f) ? f.bind(self) : f.bind(undefined, self);
  b.$self = self;
  b.$func = f;
  return b;
}

/**
 * The attribute `name` (JS key `k`) as found by walking `mro` from index `start`:
 * `{owner, desc}` (a property descriptor) or null.
 */
function lookupFrom(mro, start, name, k) {
  for (let i = start; i < mro.length; i++) {
    const K = mro[i];
    if (hasOwn(K, k)) return { owner: K, desc: Object.getOwnPropertyDescriptor(K, k) };
    const moved = K.$moved;
    if (moved !== undefined && k in moved) return { owner: K, desc: Object.getOwnPropertyDescriptor(moved, k) };
    // Own tables only: a subclass of a subclass of list inherits list's `$methods` through its
    // JS prototype chain, which must not shadow the methods of the classes in between.
    const t = K.$methods;
    if (t !== undefined && hasOwn(t, name) && hasOwn(K, "$methods")) return { owner: K, desc: { value: tableMethod(t[name]) } };
  }
  return null;
}

/**
 * A function from an rt/ method table. The tables of rt/containers.mjs take self as `this`,
 * those of rt/num.mjs as their first argument: each function is marked by what it does.
 */
function tableMethod(f) {
  if (f.$rt === undefined && f.$selfarg === undefined) {
    if (/\bthis\b/.test(Function.prototype.toString.call(f))) f.$rt = true;
    else f.$selfarg = true;
  }
  return f;
}

/** Resolve a found descriptor for instance (or class) `self`, binding functions. */
function resolveDesc(found, self) {
  const d = found.desc;
  if (d.get !== undefined) return d.get.call(self);
  return bindIfMethod(d.value, self);
}

/** Whether a function found on a class binds to the instance it is read through. */
function binds(v) {
  return v.$rt === true || v.$selfarg === true || (v.$sig?.method === true && v.$static !== true);
}

function bindIfMethod(v, self) {
  return typeof v === "function" && binds(v) ? bindMethod(v, self) : v;
}

// ---------------------------------------------------------------------------------------------
// Construction

/** `C(*args, **kw)`: `__new__`, then `__init__` if the result is an instance of C. */
function construct(C, args, kw) {
  const M = C.$meta;
  if (M !== undefined && M.__call__ !== typeCall && M.$mro !== undefined) {
    return kw === null ? callMethod(M.__call__, C, args) : callMethodKw(M.__call__, C, args, kw);
  }
  return constructDefault(C, args, kw);
}

function constructDefault(C, args, kw) {
  const nw = C.__new__;
  let self;
  if (nw === objectNew) {
    if (C.$alloc === undefined) self = Object.create(C);
    else self = C.$alloc(C, args);
    if (C.$getattrProxy === true) {
      const target = self;
      self = new Proxy(target, getattrHandler);
      proxyTargets.set(self, target);
    }
  } else {
    self = kw === null ? nw(C, ...args) : callkw(nw, [C, ...args], kw);
    if (!isinstance(self, C)) return self;
  }
  // (A class made by a metaclass call finds its own instances' `__init__` as `self.__init__`.)
  const init = self.$plain === true && typeof self !== "function" ? self.__init__ : lookupFrom(C.$mro, 0, "__init__", "__init__").desc.value;
  if (init === objectInit) {
    if (nw === objectNew && C.$primBase === undefined && (args.length > 0 || (kw !== null && kw.size > 0))) {
      throw TypeError(`${C.__name__}() takes no arguments`);
    }
  } else if (kw === null) {
    // Generated functions do not check their arity; `C()` with missing arguments is common.
    const sig = init.$sig;
    if (sig !== undefined && sig.method && (args.length < sig.params.length - 1 - sig.defaults || (!sig.varargs && args.length >= sig.params.length))) {
      callSig(init, self, args, new Map());
    }
    callMethod(init, self, args);
  } else {
    callMethodKw(init, self, args, kw);
  }
  return self;
}

/**
 * Instances of classes with `__getattr__` are Proxies, so that generated code's plain property
 * reads (`obj.m(...)`) reach `__getattr__` too. Like CPython, dunder lookups skip it.
 */
const getattrHandler = {
  get(target, k, receiver) {
    const name = pyName(k);
    const hook = name === null || name === "then" || (name.startsWith("__") && name.endsWith("__"));
    if (!hook && target.__getattribute__ !== objectGetattribute) {
      try {
        return callMethod(target.__getattribute__, receiver, [name]);
      } catch (e) {
        if (!(isExc(e) && isinstance(e, AttributeError)) || target.__getattr__ === undefined) throw e;
        return callMethod(target.__getattr__, receiver, [name]);
      }
    }
    const v = Reflect.get(target, k, receiver);
    if (v !== undefined || hook || target.__getattr__ === undefined) return v;
    getattrMiss = null;
    try {
      return callMethod(target.__getattr__, receiver, [name]);
    } catch (e) {
      if (isExc(e) && isinstance(e, AttributeError)) {
        // The runtime's `missingAttr` re-raises this instead of calling `__getattr__` again.
        getattrMiss = { obj: receiver, name, err: e };
        return undefined;
      }
      throw e;
    }
  },
};

/** The AttributeError the last `__getattr__` call of a Proxy read raised (see getattrHandler). */
let getattrMiss = null;

/** The Proxy of each instance made with getattrHandler, to its target. */
const proxyTargets = new WeakMap();

/** Instances of classes with `__call__` are functions. */
function allocCallable(C) {
  const self = (...args) => cm(self, "__call__", ...args);
  Object.setPrototypeOf(self, C);
  self.$isclass = false;
  return self;
}

// ---------------------------------------------------------------------------------------------
// Calls with keywords

/** Keyword arguments for a call: `map` is a JS Map from Python name to value. */
export class KwArgs {
  constructor(map) {
    this.map = map;
  }
}

/** `f(*args, **kw)` with `kw` a JS Map. */
export function callkw(f, args, kw) {
  if (typeof f === "function") {
    if (f.$sig !== undefined) return callSig(f, undefined, args, kw);
    const g = f.$func;
    if (g !== undefined) {
      if (g.$sig === undefined) return kw.size === 0 ? f(...args) : f(...args, new KwArgs(kw));
      return g.$sig.method ? callSig(g, f.$self, args, kw) : callSig(g, undefined, [f.$self, ...args], kw);
    }
    if (f.$isclass === true) return hasOwn(f, "$native") ? f(...args, new KwArgs(kw)) : construct(f, args, kw);
    if (f.$isclass === false) return callkw(ga(f, "__call__"), args, kw);
    return kw.size === 0 ? f(...args) : f(...args, new KwArgs(kw));
  }
  return callkw(ga(notCallable(f), "__call__"), args, kw);
}

/** `x(...)` of a variable that may not hold a function: the callee, or CPython's TypeError. */
export function cf(f) {
  return typeof f === "function" ? f : ga(notCallable(f), "__call__");
}

function notCallable(f) {
  if (f === null || f === undefined || f.$plain !== true || f.__call__ === undefined) {
    throw TypeError(`'${tpname(f)}' object is not callable`);
  }
  return f;
}

/** `callMethod` with keywords. */
function callMethodKw(f, self, args, kw) {
  if (f.$sig === undefined) return f.$rt === true ? f.call(self, ...args, new KwArgs(kw)) : callkw(f, [self, ...args], kw);
  return f.$sig.method ? callSig(f, self, args, kw) : callSig(f, undefined, [self, ...args], kw);
}

/**
 * `f(*args)` where args may end with a KwArgs that compiled functions need placed; with `self`,
 * `f` is a method of `self` (see callMethod).
 */
function callArgs(f, self, args) {
  const n = args.length;
  if (n > 0 && args[n - 1] instanceof KwArgs) {
    const pos = args.slice(0, -1);
    if (self === undefined) return callkw(f, pos, args[n - 1].map);
    return callMethodKw(f, self, pos, args[n - 1].map);
  }
  if (self !== undefined) return callMethod(f, self, args);
  if (typeof f === "function") return f(...args);
  return callkw(f, args, new Map());
}

function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/** "'a', 'b', and 'c'" as CPython lists missing argument names. */
function nameList(names) {
  const q = names.map((n) => `'${n}'`);
  if (q.length === 1) return q[0];
  if (q.length === 2) return `${q[0]} and ${q[1]}`;
  return `${q.slice(0, -1).join(", ")}, and ${q[q.length - 1]}`;
}

/**
 * Call compiled function `f` (with `$sig`), placing keywords. `self` is the `this` of a method
 * call (its first parameter is then not in `args`), or undefined.
 */
function callSig(f, self, args, kw) {
  const sig = f.$sig;
  const ps = sig.params;
  const off = self !== undefined && sig.method ? 1 : 0;
  const slots = ps.length - off;
  const fname = sig.qual || sig.name;
  if (!sig.varargs && args.length > slots) throw tooManyPositional(sig, args.length - slots, kw);
  const out = args.slice();
  let extra = null;
  const posonlyKw = [];
  for (const [k, v] of kw) {
    const i = ps.indexOf(k);
    if (i >= off && i >= sig.nposonly) {
      const j = i - off;
      if (j < args.length) throw TypeError(`${fname}() got multiple values for argument '${k}'`);
      if (out.length <= j) out.length = j + 1;
      out[j] = v;
    } else if (sig.varkw || sig.kwonly.includes(k)) {
      (extra ??= new Map()).set(k, v);
    } else if (i >= 0 && i < sig.nposonly) {
      posonlyKw.push(k);
    } else {
      throw TypeError(`${fname}() got an unexpected keyword argument '${k}'`);
    }
  }
  if (posonlyKw.length > 0) {
    throw TypeError(`${fname}() got some positional-only arguments passed as keyword arguments: '${posonlyKw.join(", ")}'`);
  }
  const missing = [];
  for (let j = 0; j < ps.length - sig.defaults - off; j++) if (out[j] === undefined) missing.push(ps[j + off]);
  if (missing.length > 0) {
    throw TypeError(`${fname}() missing ${plural(missing.length, "required positional argument")}: ${nameList(missing)}`);
  }
  if (extra !== null) {
    if (out.length < slots) out.length = slots;
    out.push(new KwArgs(extra));
  }
  return f.apply(self, out);
}

/** `fn(f, sig, defaults, gen)`: attach the signature (and non-literal defaults) to a compiled
 * function. A generator function `f` binds its arguments and starts `gen` (`function*` taking
 * the bound parameters), kept as `f.$g`. */
export function fn(f, sig, defaults, gen) {
  f.$sig = sig;
  // Returns only fresh arrays (rt/num.mjs `discard`): marked on this very function, so wrappers
  // that share its `$sig` (lru_cache of a method) or inherit from it never pass for it.
  if (sig.fresh === true) f.$fresh = f;
  if (defaults !== undefined) f.$d = defaults;
  // Generator objects find their function's name (for repr) through their prototype.
  if (gen !== undefined) {
    f.$g = gen;
    gen.prototype.$qual = sig.qual || sig.name;
    gen.prototype.return = genReturn;
  } else if (Object.getPrototypeOf(f) === GeneratorFunctionProto) {
    f.prototype.$qual = sig.qual || sig.name;
    f.prototype.return = genReturn;
  }
  return f;
}

/**
 * `return()` of a Python generator object, which a JS `for...of` over a fresh generator (`for x
 * in gen(): break`) or a `yield*` being closed calls: Python's close(), which throws
 * GeneratorExit in (so `except GeneratorExit:` runs), as CPython's closing of a generator whose
 * last reference goes. Its errors are dropped, as CPython only reports them ("Exception ignored").
 */
function genReturn(v) {
  try {
    genMethod(this, "close", []);
  } catch {
    // ignored
  }
  return { value: v, done: true };
}

const GeneratorFunctionProto = Object.getPrototypeOf(function* () {});

/** `genq(function* genexpr$$ ..., "f.<locals>.<genexpr>")`: a generator expression inside a
 * function or class, whose generator objects report that `__qualname__` (one at module level
 * has no `$qual`, and `<genexpr>` is the fallback). */
export function genq(f, qual) {
  f.prototype.$qual = qual;
  return f;
}

/** Inside `function f(a, ...$rest)`: remove and return a trailing KwArgs (or null). */
export function splitkw(rest) {
  const n = rest.length;
  return n > 0 && rest[n - 1] instanceof KwArgs ? rest.pop() : null;
}

/** Take keyword `name` out of `k` (undefined when absent). */
export function kwtake(k, name) {
  if (k === null) return undefined;
  const v = k.map.get(name);
  if (v !== undefined) k.map.delete(name);
  return v;
}

/** Required keyword-only arguments of `f` (values `vals`, in order) were not all given. */
export function kwrequired(f, vals, k) {
  const sig = f.$sig;
  const names = sig.kwonly.filter((n) => !sig.kwdefaults.includes(n));
  const missing = names.filter((_, i) => vals[i] === undefined);
  if (missing.length === 0) return;
  throw TypeError(`${sig.qual || sig.name}() missing ${plural(missing.length, "required keyword-only argument")}: ${nameList(missing)}`);
}

/** The keywords left in `k`, as a dict (for `**kwargs`). */
export function kwrest(k) {
  const flat = [];
  if (k !== null) for (const [name, v] of k.map) flat.push(name, v);
  return ctr.mkdict(flat);
}

/** Raise if any keyword is left in `k`. */
export function kwnone(k, fname) {
  if (k !== null && k.map.size > 0) {
    throw TypeError(`${fname}() got an unexpected keyword argument '${k.map.keys().next().value}'`);
  }
}

/** Positional arguments left over (`rest`) in compiled function `f`, which has no `*args`. */
export function too_many_args(f, rest, k) {
  if (rest.length === 0) return;
  throw tooManyPositional(f.$sig, rest.length, k === null ? null : k.map);
}

/** A call the compiler knows passes `n` positional arguments, too many for compiled function `f`. */
export function too_many_call(f, n) {
  throw tooManyPositional(f.$sig, n - f.$sig.params.length, null);
}

/** `f(*xs)` of a compiled function `f` taking `n` positional arguments (no `*args`). */
export function call_star(f, n, args) {
  if (args.length > n) throw tooManyPositional(f.$sig, args.length - n, null);
  return f(...args);
}

/** CPython's "f() takes N positional arguments but M were given" (`extra` beyond the parameters). */
export function tooManyPositional(sig, extra, kw) {
  const ps = sig.params;
  const lo = ps.length - sig.defaults;
  const takes = lo === ps.length ? plural(ps.length, "positional argument") : `from ${lo} to ${ps.length} positional arguments`;
  const given = ps.length + extra;
  let kwonly = 0;
  if (kw !== null) for (const name of kw.keys()) if (sig.kwonly.includes(name)) kwonly++;
  const were = given === 1 && kwonly === 0 ? "was" : "were";
  const fname = sig.qual || sig.name;
  if (kwonly === 0) return TypeError(`${fname}() takes ${takes} but ${given} ${were} given`);
  return TypeError(`${fname}() takes ${takes} but ${plural(given, "positional argument")} (and ${plural(kwonly, "keyword-only argument")}) ${were} given`);
}

/** The name CPython gives a callable in call errors: `__main__.f()`, `dict()`, `print()`. */
export function funcstr(f) {
  if (typeof f === "function") {
    if (f.$isclass === true) return `${f.__module__ === "builtins" || f.__module__ === undefined ? "" : f.__module__ + "."}${f.__qualname__ ?? f.__name__}()`;
    const g = f.$func ?? f;
    if (g.$sig !== undefined) return `${functionAttr(g, "__module__")}.${g.$sig.qual || g.$sig.name}()`;
    return `${g.$name ?? g.name}()`;
  }
  return `${typename(f)} object`;
}

/** Add keyword `name` to a keyword Map after a `**mapping` was merged into it (`f` the callee, if known). */
export function kwset(map, name, v, f) {
  if (map.has(name)) throw TypeError(`${f === undefined ? "" : funcstr(f) + " "}got multiple values for keyword argument '${name}'`);
  map.set(name, v);
  return map;
}

/** Merge `**mapping` into a keyword Map (`f` the callee, if known, for error messages). */
export function kwmerge(map, mapping, f) {
  const isDict = mapping instanceof ctr.Dict;
  if (!isDict && !hasattr(mapping, "keys")) {
    throw TypeError(`${f === undefined ? "" : funcstr(f) + " "}argument after ** must be a mapping, not ${typename(mapping)}`);
  }
  for (const k of isDict ? mapping : arr(cm(mapping, "keys"))) {
    if (typeof k !== "string") throw TypeError("keywords must be strings");
    if (map.has(k)) throw TypeError(`${f === undefined ? "" : funcstr(f) + " "}got multiple values for keyword argument '${k}'`);
    map.set(k, ctr.getitem(mapping, k));
  }
  return map;
}

/** A method called through its class: `Base.m(obj, a)` runs `m` with `this = obj`. */
/**
 * Method prologue of a class that may be a metaclass: whether a class as `this` means an
 * unbound call (`Meta.m(C)`), not a metaclass method bound to its class (`C.m()`).
 */
export function unbound_cls(self, owner) {
  return !isinstance(self, owner);
}

export function unbound(m, args) {
  if (args.length === 0) {
    const sig = m.$sig;
    const req = sig ? sig.params.slice(0, Math.max(1, sig.params.length - sig.defaults)) : ["self"];
    const names = req.map((p) => `'${p}'`);
    const list = names.length <= 2 ? names.join(" and ") : `${names.slice(0, -1).join(", ")}, and ${names.at(-1)}`;
    const n = names.length;
    throw TypeError(`${sig ? sig.qual || sig.name : m.name}() missing ${n} required positional argument${n === 1 ? "" : "s"}: ${list}`);
  }
  return m.apply(args[0], Array.prototype.slice.call(args, 1));
}

// ---------------------------------------------------------------------------------------------
// Attributes

/** `o.name` (Python name). */
export function ga(o, name) {
  if (typeof o === "object" && o !== null && o.$plain === true) {
    const k = SPECIAL_ATTRS.has(name) ? name + "$" : name;
    const v = o[k];
    if (v !== undefined) {
      if (typeof v === "function" && binds(v) && !hasOwn(o, k)) {
        return bindMethod(v, o);
      }
      return v;
    }
    return missingAttr(o, name);
  }
  return gaSlow(o, name);
}

/** `ga` for a name the compiler knows needs no mangling (the common case): one keyed load. */
export function gap(o, name) {
  if (typeof o === "object" && o !== null && o.$plain === true) {
    const v = o[name];
    if (v !== undefined) {
      if (typeof v === "function" && binds(v) && !hasOwn(o, name)) return bindMethod(v, o);
      return v;
    }
    return missingAttr(o, name);
  }
  return gaSlow(o, name);
}

/**
 * Generated code reads `o.x` inline when `o` is an ordinary instance and the value is neither
 * undefined nor a function; otherwise it calls `gaf(o, "x", v)` with the value it read (`v` is
 * stale unless `o.$plain === true`), so a property getter never runs twice.
 */
export function gaf(o, name, v) {
  if (typeof o === "object" && o !== null && o.$plain === true) {
    if (v !== undefined) {
      if (typeof v === "function" && binds(v) && !hasOwn(o, name)) return bindMethod(v, o);
      return v;
    }
    return missingAttr(o, name);
  }
  return gaSlow(o, name);
}

/** `__getattr__`, else AttributeError. */
function missingAttr(o, name) {
  if (getattrMiss !== null) {
    const m = getattrMiss;
    getattrMiss = null;
    if (m.obj === o && m.name === name) throw m.err;
  }
  const ga_ = lookupFrom(classOf(o).$mro, 0, "__getattr__", "__getattr__");
  if (ga_ !== null) return callMethod(ga_.desc.value, o, [name]);
  throw noAttr(o, name);
}

function noAttr(o, name) {
  let msg;
  if (isclass(o)) msg = `type object '${o.__name__}' has no attribute '${name}'`;
  else if (isModule(o)) msg = `module '${o.__name__ ?? "?"}' has no attribute '${name}'`;
  else msg = `'${tpname(o)}' object has no attribute '${name}'`;
  const e = AttributeError(msg);
  e.name$ = name;
  e.obj = o;
  return e;
}

function isModule(o) {
  return o !== null && typeof o === "object" && o[Symbol.toStringTag] === "Module";
}

/**
 * An attribute of a module namespace that is missing or None when read inline (`m.x ?? gmod(m, "x")`):
 * an attribute set from outside (`$pyjs_extra`, see lower/mod.rs `module_setattr`), the module's
 * `__getattr__`, else CPython's AttributeError.
 */
export function gmod(o, name) {
  // A declared global not yet assigned (a module still initializing) is missing too.
  if (name in o && o[name] !== undefined) return o[name];
  const extra = o.$pyjs_extra;
  if (extra !== undefined && hasOwn(extra, name)) return extra[name];
  if (typeof o.__getattr__ === "function") return o.__getattr__(name);
  throw noAttr(o, name);
}

function gaSlow(o, name) {
  ensureBuiltins();
  const k = mangleAttr(name);
  if (typeof o === "function") {
    if (o.$isclass === true) return gaClass(o, name, k);
    if (o.$isclass === false) {
      const v = o[k];
      if (v !== undefined) return hasOwn(o, k) ? v : bindIfMethod(v, o);
      return missingAttr(o, name);
    }
    if (hasOwn(o, k)) return o[k];
    // A function stored on a class is wrapped (selfArgMethod): attributes set on the original
    // (`wrapper.__name__ = fn.__name__` in a decorator) are still its.
    if (o.$func !== undefined && typeof o.$func === "function" && hasOwn(o.$func, k)) return o.$func[k];
    const v = functionAttr(o, name);
    if (v !== undefined) return v;
  } else if (o instanceof SuperObj) {
    return superGet(o, name, k);
  } else if (isModule(o)) {
    return gmod(o, name);
  } else if (o !== null && typeof o === "object" && o.$isclass === true && hasOwn(o, k)) {
    return o[k];
  }
  const cls = classOf(o);
  if (TYPE_ONLY_ATTRS.has(name) && !(o !== null && typeof o === "object" && o.$isclass === true)) {
    // `gen.__name__` is its function's; other instances of builtin types have none of these.
    let q = o !== null && typeof o === "object" ? Object.getPrototypeOf(o)?.$qual : undefined;
    // A generator object without one comes from a module-level generator expression.
    if (q === undefined && cls === generator) q = "<genexpr>";
    if (q !== undefined && (name === "__name__" || name === "__qualname__")) {
      return name === "__qualname__" ? q : q.slice(q.lastIndexOf(".") + 1);
    }
    const found = lookupFrom(cls.$mro, 0, name, k);
    if (found !== null && found.desc.get === undefined && typeof found.desc.value !== "function") {
      return missingAttr(o, name);
    }
  }
  if ((cls === object || cls.$jsobj === true) && k in o) {
    // A JS object of the runtime (a file, sys.stdout): its own methods.
    const v = o[k];
    return typeof v === "function" ? v.bind(o) : v;
  }
  const found = lookupFrom(cls.$mro, 0, name, k);
  if (found !== null) return resolveDesc(found, o);
  return o !== null && typeof o === "object" && o.$isclass === true ? missingAttr(o, name) : valueAttr(o, name);
}

/** Attribute of a class object: its MRO, then its metaclass. */
function gaClass(C, name, k) {
  const found = lookupFrom(C.$mro, 0, name, k);
  if (found !== null) {
    const d = found.desc;
    if (d.get !== undefined) return d.get.call(C);
    return unboundForm(d.value, found.owner);
  }
  const meta = C.$meta ?? type;
  const m = lookupFrom(meta.$mro, 0, name, k);
  if (m !== null) {
    // A property or descriptor of the metaclass applies to the class as its instance (the
    // accessors themselves treat a class as `this` as a read through the owning class).
    const g = m.desc.get;
    if (g !== undefined && g.$prop !== undefined) {
      const f = g.$prop.fget;
      if (f === null) throw AttributeError(`property '${name}' of '${typename(C)}' object has no getter`);
      return takesThis(f) ? f.call(C) : f(C);
    }
    if (g !== undefined && g.$descr !== undefined) return cm(g.$descr, "__get__", C, meta);
    return resolveDesc(m, C);
  }
  return missingAttr(C, name);
}

const unboundForms = new WeakMap();

/**
 * A runtime method read from its class (`str.upper`): a function that takes self as its first
 * argument when called plainly, like the function CPython gives. Compiled methods do this
 * themselves. Stored as a class attribute (`__hash__ = object.__hash__`) it is still a method
 * taking `this`, as the runtime calls dunders (`o.__hash__()`).
 */
function unboundForm(v, C) {
  if (typeof v !== "function" || v.$rt !== true || v.$unbound === true) return v;
  let u = unboundForms.get(v);
  if (u === undefined) {
    u = function (...args) {
      if (this !== undefined && !(typeof this === "function" && this.$isclass === true)) return v.apply(this, args);
      if (args.length === 0) throw TypeError(`unbound method ${C.__name__}.${v.$name ?? v.name}() needs an argument`);
      return v.apply(args[0], args.slice(1));
    };
    u.$rt = true;
    u.$unbound = true;
    u.$name = v.name;
    unboundForms.set(v, u);
  }
  return u;
}

/** Attributes of numbers and other values that are not in a class table. */
function valueAttr(o, name) {
  if (o instanceof ctr.PySlice && (name === "start" || name === "stop" || name === "step")) return o[name];
  // Struct sequences of the runtime (`sys.version_info.major`): tuples with own field properties.
  if (o instanceof ctr.Tuple && typeof name === "string" && Object.hasOwn(o, name) && !/^\d/.test(name)) return o[name];
  if (typeof o === "number" || typeof o === "bigint" || typeof o === "boolean" || o instanceof num.PyFloat) {
    const isInt = classOf(o) !== float;
    switch (name) {
      case "real":
        return typeof o === "boolean" ? +o : o;
      case "imag":
        return isInt ? 0 : num.mkfloat(0);
      case "numerator":
        if (isInt) return typeof o === "boolean" ? +o : o;
        break;
      case "denominator":
        if (isInt) return 1;
        break;
    }
  }
  throw noAttr(o, name);
}

/** `__name__` etc. of functions and bound methods. */
function functionAttr(f, name) {
  const sig = f.$sig;
  switch (name) {
    case "__name__":
      return sig ? sig.name : f.$func ? functionAttr(f.$func, name) : f.name;
    case "__qualname__":
      return sig ? sig.qual || sig.name : f.$func ? functionAttr(f.$func, name) : f.name;
    case "__module__":
      return sig ? sig.module ?? "__main__" : null;
    case "__doc__":
      return sig ? sig.doc ?? null : f.$func ? functionAttr(f.$func, name) : null;
    case "__self__":
      return f.$self;
    case "__func__":
      return f.$func;
    case "__dict__":
      return attrDict(f);
    case "__defaults__": {
      if (sig === undefined) return f.$func ? functionAttr(f.$func, name) : null;
      // Runtime functions made with withSig carry a default count but no values (`dv`).
      if (sig.defaults === 0 || sig.dv === undefined) return null;
      return ctr.tuple_of(sig.dv.slice(0, sig.defaults).map((v) => defaultValue(f, v)));
    }
    case "__code__": {
      if (sig === undefined) return f.$func ? functionAttr(f.$func, name) : undefined;
      if (!Object.hasOwn(f, "$code")) Object.defineProperty(f, "$code", { value: mkcode(f, sig), writable: true });
      return f.$code;
    }
    case "__closure__": {
      if (sig === undefined) return f.$func ? functionAttr(f.$func, name) : null;
      if (sig.cells === undefined) return null;
      return ctr.tuple_of(sig.cells.map((get) => mkcell(get)));
    }
    case "__annotations__": {
      if (sig === undefined) return f.$func ? functionAttr(f.$func, name) : new ctr.Dict();
      if (!Object.hasOwn(f, "$ann")) f.$ann = ctr.mkdict(sig.ann ? sig.ann() : []);
      return f.$ann;
    }
    case "__kwdefaults__": {
      if (sig === undefined) return f.$func ? functionAttr(f.$func, name) : null;
      if (sig.kwdefaults.length === 0 || sig.dv === undefined) return null;
      const flat = [];
      sig.kwdefaults.forEach((k, i) => flat.push(k, defaultValue(f, sig.dv[sig.defaults + i])));
      return ctr.mkdict(flat);
    }
  }
  return undefined;
}

let cellClass = null;
let codeClass = null;

/** `f.__code__`: a read-only view of what the compiler recorded (`sig.code`, emitted when the
 * module text mentions `__code__`; without it the locals are just the parameters). */
function mkcode(f, sig) {
  if (codeClass === null) {
    codeClass = builtinClass("code", [object], function code() {
      throw TypeError("code() argument 13 must be str, not int");
    });
    codeClass.__repr__ = function () {
      return `<code object ${this.co_name} at ${addr(this)}, file "${this.co_filename}", line ${this.co_firstlineno}>`;
    };
  }
  const c = Object.create(codeClass);
  const info = sig.code;
  const params = [...sig.params, ...sig.kwonly];
  if (sig.varargs) params.push(sig.vaname ?? "args");
  if (sig.varkw) params.push(sig.kwname ?? "kwargs");
  const vars = info ? info.vars : params;
  const free = info ? info.free : [];
  const flags = info ? info.flags : 3 | (sig.varargs ? 4 : 0) | (sig.varkw ? 8 : 0);
  const attrs = {
    co_name: sig.name,
    co_qualname: sig.qual || sig.name,
    co_argcount: sig.params.length,
    co_posonlyargcount: sig.nposonly,
    co_kwonlyargcount: sig.kwonly.length,
    co_varnames: ctr.tuple_of(vars),
    co_nlocals: vars.length,
    co_cellvars: ctr.tuple_of(info ? info.cells : []),
    co_freevars: ctr.tuple_of(free),
    co_flags: flags,
    co_firstlineno: info ? info.line : 1,
    co_filename: info ? info.file : "<unknown>",
  };
  for (const k in attrs) Object.defineProperty(c, k, { value: attrs[k], enumerable: false });
  return c;
}

/** A closure cell (`f.__closure__[i]`) whose `cell_contents` reads the variable through `get`. */
function mkcell(get) {
  if (cellClass === null) {
    cellClass = builtinClass("cell", [object], function cell() {
      throw TypeError("cannot create 'cell' instances");
    });
    Object.defineProperty(cellClass, "cell_contents", {
      get() {
        const v = this.$get();
        if (v === undefined || (v !== null && typeof v === "object" && v.$unbound === true)) throw ValueError("Cell is empty");
        return v;
      },
    });
  }
  const c = Object.create(cellClass);
  c.$get = get;
  return c;
}

/** A default value recorded in a signature: a literal, or `[i]` for the evaluated `f.$d[i]`. */
function defaultValue(f, v) {
  return Array.isArray(v) ? f.$d[v[0]] : v;
}

/** The bound `__exit__` (`__aexit__`) of a `with` statement's manager, checking the protocol. */
export function with_exit(mgr, isAsync) {
  const [en, ex] = isAsync ? ["__aenter__", "__aexit__"] : ["__enter__", "__exit__"];
  let f;
  try {
    f = ga(mgr, ex);
  } catch (e) {
    if (!(isExc(e) && isinstance(e, AttributeError))) throw e;
  }
  if (f === undefined || !hasattr(mgr, en)) {
    const what = `'${typename(mgr)}' object does not support the ${isAsync ? "asynchronous " : ""}context manager protocol`;
    throw TypeError(f === undefined && hasattr(mgr, en) ? `${what} (missed ${ex} method)` : what);
  }
  return f;
}

/** `o.name = v`. */
export function sa(o, name, v) {
  if (typeof o === "object" && o !== null && o.$sa === true) {
    const k = SPECIAL_ATTRS.has(name) ? name + "$" : name;
    if (o.$slotsOnly === true && !slotStoreOk(o, k)) throw noAttr(o, name);
    o[k] = v;
    return;
  }
  saSlow(o, name, v);
}

/** `sa` for a name the compiler knows needs no mangling. */
export function sap(o, name, v) {
  // Instances of classes with only `__slots__` take stores to their slots only (see allocSlotted).
  if (typeof o === "object" && o !== null && o.$sa === true && (o.$slotsOnly !== true || o.$slotset[name] === true)) {
    o[name] = v; // a slot
    return;
  }
  sa(o, name, v);
}

function saSlow(o, name, v) {
  const k = mangleAttr(name);
  if (isclass(o)) {
    // A metaclass's own `__setattr__` (below `type`) decides for its classes.
    const M = o.$meta;
    if (M !== undefined && M !== null && M.$sa === false) {
      for (const K of M.$mro) {
        if (K === type || K === object) break;
        if (hasOwn(K, "__setattr__")) {
          callMethod(K.__setattr__, o, [name, v]);
          return;
        }
      }
    }
    setClassAttr(o, name, v);
    return;
  }
  if (o !== null && (typeof o === "object" || typeof o === "function") && o.$isclass !== undefined) {
    // Instances of subclasses of builtins, callable instances, and custom `__setattr__`.
    callMethod(o.__setattr__, o, [name, v]);
    return;
  }
  if (isModule(o) && typeof o.$pyjs_setattr === "function") {
    // A compiled module (or a shim with mutable attributes, like sys.stdout) rebinds its global.
    o.$pyjs_setattr(name, v);
    return;
  }
  if (typeof o === "function" || (o !== null && typeof o === "object" && Object.getPrototypeOf(o) === Object.prototype)) {
    // Function attributes, and plain JS objects of the runtime (like sys.stdout).
    o[k] = v;
    return;
  }
  if (hasattr(o, name)) throw AttributeError(`'${typename(o)}' object attribute '${name}' is read-only`);
  throw AttributeError(`'${typename(o)}' object has no attribute '${name}'`);
}

/** `type.__setattr__`: class attributes replace properties instead of calling their setters. */
function setClassAttr(o, name, v) {
  if (hasOwn(o, "$native") && o !== object) throw TypeError(`cannot set '${name}' attribute of immutable type '${o.__name__}'`);
  if (o === object) throw TypeError(`cannot set '${name}' attribute of immutable type 'object'`);
  if ((name === "__name__" || name === "__qualname__") && typeof v !== "string") {
    throw TypeError(`can only assign string to ${o.__name__}.${name}, not '${typename(v)}'`);
  }
  if (typeof v === "function" && v.$sig !== undefined && !v.$sig.method && !v.$static) v = selfArgMethod(v);
  if (name === "__setattr__") o.$sa = false;
  const k = mangleAttr(name);
  if (v !== null && typeof v === "object" && v.$plain === true) {
    // `C.x = property(...)` after the class statement: an accessor, as in a class body.
    const t = Object.getPrototypeOf(v);
    if (t === property) return defineProperty(o, k, name, v);
    if (t === classmethod) return defineClassmethod(o, k, v.__func__);
    if (t === staticmethod) {
      delete o[k];
      return markStatic(o, k, v.__func__);
    }
    if (v.__get__ !== undefined) return defineDescriptor(o, k, v);
  }
  Object.defineProperty(o, k, { value: v, writable: true, enumerable: true, configurable: true });
}

/** `del o.name`. */
export function da(o, name) {
  const k = mangleAttr(name);
  if (o !== null && (typeof o === "object" || typeof o === "function") && o.$isclass !== undefined) {
    const df = o.__delattr__;
    if (df !== undefined && df !== objectDelattr) {
      callMethod(df, o, [name]);
      return;
    }
    if (o.$slotnames?.has(name) && (hasOwn(o, k) || o.$slotsOnly === true)) {
      // A slot stays a property once made; undefined (or no property yet) reads as unset.
      if (!hasOwn(o, k) || o[k] === undefined) throw AttributeError(name);
      o[k] = undefined;
      return;
    }
    if (hasOwn(o, k)) {
      delete o[k];
      return;
    }
    const found = o.$isclass === true && typeof o === "function" ? null : lookupFrom(classOf(o).$mro, 0, name, k);
    const descr = found?.desc.get?.$descr;
    if (descr?.__delete__ !== undefined) {
      cm(descr, "__delete__", o);
      return;
    }
    const prop = found?.desc.get?.$prop;
    if (prop !== undefined) {
      if (prop.fdel === null) throw AttributeError(`property '${name}' of '${typename(o)}' object has no deleter`);
      callMethod(prop.fdel, o, []);
      return;
    }
  } else if (typeof o === "function" && hasOwn(o, k)) {
    delete o[k];
    return;
  } else if (typeof o !== "function" && hasattr(o, name)) {
    throw AttributeError(`'${typename(o)}' object attribute '${name}' is read-only`);
  }
  throw noAttr(o, name);
}

const attrDicts = new WeakMap();

/**
 * The `__dict__` of an object: one dict per object, refilled with its attributes at each
 * access, whose changes (`obj.__dict__[k] = v`, `pop`, ...) are made to the object too.
 */
function attrDict(o) {
  if (typeof o === "function" && o.$isclass === true) return classDict(o);
  const flat = [];
  const slots = typeof o === "function" ? undefined : o.$slotnames;
  for (const n of ownPyNames(o)) {
    if (slots?.has(n) || (typeof o === "function" && n.startsWith("__") && !o.$isclass)) continue;
    flat.push(n, o[mangleAttr(n)]);
  }
  const shadowed = hasOwn(o, "$shadowed") ? o.$shadowed : null;
  if (shadowed !== null) for (const n of Object.keys(shadowed)) flat.push(n, shadowed[n]);
  let d = attrDicts.get(o);
  if (d === undefined) {
    d = Object.setPrototypeOf(ctr.mkdict([]), attrDictClass ??= makeAttrDictClass());
    d.$owner = o;
    attrDicts.set(o, d);
  } else {
    ctr.dict_methods.clear.call(d);
  }
  for (let i = 0; i < flat.length; i += 2) ctr.dict_methods.__setitem__.call(d, flat[i], flat[i + 1]);
  return d;
}

let attrDictClass = null;
let mappingproxyClass = null;

/**
 * `C.__dict__`: a read-only `mappingproxy` of the class's own attributes, with the
 * `classmethod`/`staticmethod`/`property` objects the class body made.
 */
function classDict(C) {
  const flat = [];
  for (const n of ownPyNames(C)) {
    if (n === "__name__" || n === "__qualname__") continue;
    const d = Object.getOwnPropertyDescriptor(C, mangleAttr(n));
    if (d === undefined) continue;
    if (hasOwn(C, "$flat") && C.$flat.has(mangleAttr(n))) {
      // A copy made by flatten(), unless the class has rebound it since.
      const from = Object.getOwnPropertyDescriptor(C.$flat.get(mangleAttr(n)), mangleAttr(n));
      if (from !== undefined && from.value === d.value && from.get === d.get) continue;
    }
    let v;
    if (d.get !== undefined && d.get.$func !== undefined) v = classmethod(d.get.$func);
    else if (d.get !== undefined && d.get.$prop !== undefined) v = d.get.$prop;
    else if (typeof d.value === "function" && d.value.$static === true && d.value.$isclass === undefined && d.value.$sig !== undefined) v = staticmethod(d.value);
    else if ("value" in d) v = d.value;
    else if (n === "__dict__" || n === "__class__") continue; // the runtime's own accessors (`object.__dict__`)
    else v = C[mangleAttr(n)];
    flat.push(n, v);
  }
  if (!hasOwn(C, "$native")) classDictExtras(C, flat);
  // A builtin type's methods live in its method table.
  if (C.$native === true && hasOwn(C, "$methods")) {
    for (const n of Object.keys(C.$methods)) {
      if (!flat.includes(n)) flat.push(n, ga(C, n));
    }
  }
  const proxy = Object.setPrototypeOf(ctr.mkdict([]), mappingproxyClass ??= makeMappingproxyClass());
  for (let i = 0; i < flat.length; i += 2) ctr.dict_methods.__setitem__.call(proxy, flat[i], flat[i + 1]);
  return proxy;
}

/**
 * What CPython's type.__new__ adds to a class's own dict after its body: the member descriptors
 * of its `__slots__`, the `__dict__`/`__weakref__` descriptors when no base gives its instances
 * those already, and `__doc__` (None) at the end when the body had no docstring.
 */
function classDictExtras(C, flat) {
  const bases = C.$mro.slice(1);
  const user = (K) => !hasOwn(K, "$native") && K !== object && !(K.$exc === true && K.__module__ === "builtins");
  // Bases whose instances already have a __dict__ / are weak-referenceable.
  const dictBase = bases.some((K) => (user(K) && !hasOwn(K, "__slots__")) || K === BaseException || K === type);
  const weakBase = bases.some((K) => (user(K) && !hasOwn(K, "__slots__")) || K === set || K === frozenset || K === type);
  const slots = hasOwn(C, "__slots__") ? (typeof C.__slots__ === "string" ? [C.__slots__] : arr(C.__slots__)) : null;
  const di = flat.indexOf("__doc__");
  let doc = null;
  if (di >= 0 && di % 2 === 0 && flat[di + 1] === null) doc = flat.splice(di, 2);
  const cls = C.__name__.replace(/^_+/, "");
  for (const n of slots ?? []) {
    if (n === "__dict__" || n === "__weakref__") continue;
    const name = typeof n === "string" && cls !== "" && n.startsWith("__") && !n.endsWith("__") ? `_${cls}${n}` : n;
    flat.push(name, descriptorObj("member_descriptor", `<member '${name}' of '${C.__name__}' objects>`));
  }
  const wants = (n) => (slots === null ? true : slots.includes(n));
  if (wants("__dict__") && !dictBase) flat.push("__dict__", descriptorObj("getset_descriptor", `<attribute '__dict__' of '${C.__name__}' objects>`));
  if (wants("__weakref__") && !weakBase) flat.push("__weakref__", descriptorObj("getset_descriptor", `<attribute '__weakref__' of '${C.__name__}' objects>`));
  if (doc !== null) flat.push(...doc);
}

const descriptorClasses = new Map();
/** An object standing for one of CPython's slot descriptors in a class dict (shown, not used). */
function descriptorObj(tp, text) {
  let K = descriptorClasses.get(tp);
  if (K === undefined) {
    K = mkclass(tp, [object], (D) => {
      D.__module__ = "builtins";
      D.__repr__ = rm((d) => d.$text);
    }, null);
    descriptorClasses.set(tp, K);
  }
  const o = Object.create(K);
  o.$text = text;
  return o;
}

function makeMappingproxyClass() {
  const readonly = () => {
    throw TypeError("'mappingproxy' object does not support item assignment");
  };
  return mkclass("mappingproxy", [dict], (C) => {
    C.__module__ = "builtins";
    C.__setitem__ = rm(readonly);
    C.__delitem__ = rm(() => {
      throw TypeError("'mappingproxy' object does not support item deletion");
    });
    C.__repr__ = rm((d) => `mappingproxy(${ctr.dict_methods.__repr__.call(d)})`);
    C.copy = rm((d) => ctr.dict_methods.copy.call(d));
    for (const m of ["pop", "popitem", "setdefault", "update", "clear"]) {
      C[m] = rm(() => {
        throw AttributeError(`'mappingproxy' object has no attribute '${m}'`);
      });
    }
  }, null);
}

function makeAttrDictClass() {
  const dm = ctr.dict_methods;
  const set = (d, k, v) => {
    if (typeof k === "string") setInstanceDict(d.$owner, mangleAttr(k), v);
  };
  const del = (d, k) => {
    if (typeof k !== "string") return;
    const o = d.$owner;
    if (hasOwn(o, "$shadowed")) delete o.$shadowed[k];
    if (hasOwn(o, mangleAttr(k))) delete o[mangleAttr(k)];
  };
  return mkclass("dict", [dict], (C) => {
    C.__module__ = "builtins";
    C.__setitem__ = rm((d, k, v) => {
      dm.__setitem__.call(d, k, v);
      set(d, k, v);
      return null;
    });
    C.__delitem__ = rm((d, k) => {
      dm.__delitem__.call(d, k);
      del(d, k);
      return null;
    });
    C.pop = rm((d, k, ...dflt) => {
      del(d, k);
      return dm.pop.call(d, k, ...dflt);
    });
    C.popitem = rm((d) => {
      const item = dm.popitem.call(d);
      del(d, item[0]);
      return item;
    });
    C.setdefault = rm((d, k, v = null) => {
      const r = dm.setdefault.call(d, k, v);
      set(d, k, r);
      return r;
    });
    C.update = rm((d, ...args) => {
      dm.update.call(d, ...args);
      for (const k of Array.from(d)) set(d, k, ctr.getitem(d, k));
      return null;
    });
    C.clear = rm((d) => {
      for (const k of Array.from(d)) del(d, k);
      return dm.clear.call(d);
    });
  }, null);
}

/**
 * Store `v` in the instance dict of `o` under JS key `k`, bypassing descriptors. An own JS
 * property would hide an accessor of the class (a data descriptor, which in Python wins over
 * the instance dict), so such entries go to `o.$shadowed`, seen only through `__dict__`.
 */
function setInstanceDict(o, k, v) {
  let p = o;
  while (p !== null && !hasOwn(p, k)) p = Object.getPrototypeOf(p);
  const get = p !== null && p !== o ? Object.getOwnPropertyDescriptor(p, k).get : undefined;
  // (A non-data descriptor, only `__get__`, loses to the instance dict: an own property.)
  const nonData = get?.$descr !== undefined && get.$descr.__set__ === undefined && get.$descr.__delete__ === undefined;
  if (get !== undefined && !nonData) {
    if (!hasOwn(o, "$shadowed")) o.$shadowed = Object.create(null);
    o.$shadowed[pyName(k)] = v;
  } else {
    Object.defineProperty(o, k, { value: v, writable: true, enumerable: true, configurable: true });
  }
}

/** CPython's check of the argument count of getattr & co. */
function attrArgs(fname, n, lo, hi) {
  if (n >= lo && n <= hi) return;
  const want = lo === hi ? `${lo} arguments` : `at least ${lo} arguments`;
  throw TypeError(`${fname} expected ${want}, got ${n}`);
}

/** Names defined on `type` itself: a class has them, its instances do not (unless set on them). */
const TYPE_ONLY_ATTRS = new Set(["__name__", "__qualname__", "__bases__", "__mro__"]);

/** `o.__name__` (and the other TYPE_ONLY_ATTRS). */
export function ga_type(o, name) {
  if (typeof o === "object" && o !== null && o.$plain === true && !hasOwn(o, name)) return missingAttr(o, name);
  return ga(o, name);
}

export function getattr(o, name, dflt) {
  attrArgs("getattr", arguments.length, 2, 3);
  if (typeof name !== "string") throw TypeError(`attribute name must be string, not '${typename(name)}'`);
  const get = TYPE_ONLY_ATTRS.has(name) ? ga_type : ga;
  if (dflt === undefined) return get(o, name);
  try {
    return get(o, name);
  } catch (e) {
    if (e?.$exc === true && isinstance(e, AttributeError)) return dflt;
    throw e;
  }
}

export function hasattr(o, name) {
  attrArgs("hasattr", arguments.length, 2, 2);
  if (typeof name !== "string") throw TypeError(`attribute name must be string, not '${typename(name)}'`);
  try {
    if (TYPE_ONLY_ATTRS.has(name)) ga_type(o, name);
    else ga(o, name);
    return true;
  } catch (e) {
    if (e?.$exc === true && isinstance(e, AttributeError)) return false;
    throw e;
  }
}

export function setattr(o, name, v) {
  attrArgs("setattr", arguments.length, 3, 3);
  if (typeof name !== "string") throw TypeError(`attribute name must be string, not '${typename(name)}'`);
  sa(o, name, v);
  return null;
}

export function delattr(o, name) {
  attrArgs("delattr", arguments.length, 2, 2);
  if (typeof name !== "string") throw TypeError(`attribute name must be string, not '${typename(name)}'`);
  da(o, name);
  return null;
}

// ---------------------------------------------------------------------------------------------
// Method calls

/** `o.name(*args)`; args may end with a KwArgs. */
export function cm(o, name, ...args) {
  if (typeof o === "object" && o !== null) {
    if (Object.getPrototypeOf(o) === Array.prototype) {
      const f = ctr.list_methods[name];
      if (f !== undefined) {
        // `lst.append(*a, **{})`: an empty `**` passes no keywords.
        const n = args.length;
        if (n > 0 && args[n - 1] instanceof KwArgs && args[n - 1].map.size === 0) args.pop();
        return f.$rt === true ? f.apply(o, args) : callTable(f, o, args);
      }
    } else if (o.$plain === true) {
      const k = SPECIAL_ATTRS.has(name) ? name + "$" : name;
      const f = o[k];
      if (typeof f === "function") {
        const n = args.length;
        if (n > 0 && args[n - 1] instanceof KwArgs) return callArgs(hasOwn(o, k) ? f : bindIfMethod(f, o), undefined, args);
        if (f.$selfarg === true) return hasOwn(o, k) ? f(...args) : f(o, ...args);
        return f.apply(o, args);
      }
      return callArgs(ga(o, name), undefined, args);
    }
    const t = builtinTable(o);
    if (t !== undefined) {
      const f = t[name];
      if (f !== undefined) return callTable(f, o, args);
    } else if (o instanceof SuperObj) {
      return superCall(o, name, args);
    } else if (typeof o.next === "function" && o[Symbol.toStringTag] === "Generator") {
      return genMethod(o, name, args);
    }
  } else if (typeof o === "string") {
    const f = strs.str_methods[name];
    if (f !== undefined) return callTable(f, o, args);
  } else if (typeof o === "bigint" || typeof o === "number") {
    // `n.bit_length()`, `x.is_integer()`: straight to the method table, no bound method.
    // (The builtin classes still get their methods installed, as `ga` would do, so that a later
    // `float.fromhex(s)` read straight off the class finds its method.)
    const f = (typeof o === "bigint" || Number.isInteger(o) ? num.int_methods : num.float_methods)[name];
    if (f !== undefined) {
      if (!builtinsReady) ensureBuiltins();
      return callTable(f, o, args);
    }
  } else if (typeof o === "function" && o.$isclass === true) {
    // `Base.m(obj, ...)`: a method called through its class, with self as first argument.
    // (Accessors give bound functions, which do not take `this`, so they take the slow path.)
    const f = o[mangleAttr(name)];
    if (typeof f === "function" && f.$static !== true && takesThis(f) && args.length > 0) {
      return callArgs(f, args[0], args.slice(1));
    }
    // `str.upper(s)` with s an instance of a subclass of str (int, float): the table method
    // takes the value itself.
    if (args.length > 0 && isPrimBase(o)) {
      const s = args[0];
      if (s !== null && typeof s === "object" && s.$pv !== undefined && s.$primBase === o) {
        // `float.__format__(x, "")` is `str(x)`: the subclass's `__str__`.
        if (name === "__format__" && args.length === 2 && args[1] === "") return str(s);
        args[0] = s.$pv;
      }
    }
  }
  return callArgs(ga(o, name), undefined, args);
}

// Fixed-arity helpers for common builtin method calls (`lst.append(x)`, `d.get(k, 0)`,
// `s.split()`...): the compiler emits `$cm_append(o, x)` for `o.append(x)` with plain positional
// arguments. Each goes straight to the builtin when the receiver is exactly a list/dict/str (a
// subclass or any other object keeps the generic `cm` path, so overrides still win).

// `constructor` is no Python attribute name (Python's is stored as `constructor$`), and list
// subclasses get their own `constructor` (see mkclass): this is the exact-list test.
const isList = (o) => o != null && o.constructor === Array;
const isDict = (o) => typeof o === "object" && o !== null && Object.getPrototypeOf(o) === ctr.Dict.prototype;

/** The method `name` of a plain instance of a user class (called with `this`), else undefined. */
function plainMethod(o, name) {
  if (typeof o === "object" && o !== null && o.$plain === true) {
    const f = o[name];
    if (typeof f === "function" && f.$selfarg !== true) return f;
  }
  return undefined;
}

const isPlainObj = (o) => typeof o === "object" && o !== null && o.$plain === true;

// `cmp0`..`cmp3` given `f = o.name` already read by the caller (each helper's own property load,
// so V8 sees one shape per helper rather than one keyed load shared by all names), or undefined
// when `o` is not a plain instance.
function cmq0(o, f, name) {
  return typeof f === "function" && f.$selfarg !== true ? f.call(o) : cm(o, name);
}

function cmq1(o, f, name, a) {
  return typeof f === "function" && f.$selfarg !== true ? f.call(o, a) : cm(o, name, a);
}

function cmq2(o, f, name, a, b) {
  return typeof f === "function" && f.$selfarg !== true ? f.call(o, a, b) : cm(o, name, a, b);
}

// `cm` for the fixed-arity helpers: a user method of a plain instance is called directly, and
// a method of an exact str (a JS string; str subclass instances are objects) straight from the
// str method table, as `cm` would call it (`f(s, ...args)`), with no rest array.
function cmp0(o, name) {
  if (typeof o === "string") {
    const g = strs.str_methods[name];
    if (g !== undefined) return g(o);
  }
  const f = plainMethod(o, name);
  return f !== undefined ? f.call(o) : cm(o, name);
}

function cmp1(o, name, a) {
  if (typeof o === "string") {
    const g = strs.str_methods[name];
    if (g !== undefined) return g(o, a);
  }
  const f = plainMethod(o, name);
  return f !== undefined ? f.call(o, a) : cm(o, name, a);
}

function cmp2(o, name, a, b) {
  if (typeof o === "string") {
    const g = strs.str_methods[name];
    if (g !== undefined) return g(o, a, b);
  }
  const f = plainMethod(o, name);
  return f !== undefined ? f.call(o, a, b) : cm(o, name, a, b);
}

function cmp3(o, name, a, b, c) {
  const f = plainMethod(o, name);
  return f !== undefined ? f.call(o, a, b, c) : cm(o, name, a, b, c);
}

// `o.name(...)` with 0-3 plain positional arguments for method names that must go through the
// runtime (`send`, `next`, `get`, dunders...): a user method of a plain instance is called
// directly, anything else takes `cm`. The compiler only emits these for names that need no
// JS mangling.
export { cmp0 as cm0, cmp1 as cm1, cmp2 as cm2, cmp3 as cm3 };

// `C.name(self, a, ...)` where C is a class bound once by a class statement (the compiler
// passes `f = C.name`, read at the call site): a compiled method runs with `this = self`, as
// its prologue would arrange for this unbound call, without copying `arguments`. Anything else
// is the call the compiler would have emitted (`cm` for `__init__`, else a JS method call).
function ucallFast(f, self) {
  if (typeof f !== "function" || typeof self !== "object" || self === null || f.$static === true) return false;
  const sig = f.$sig;
  return sig !== undefined && sig.method === true;
}

function ucallSlow(C, f, name, args) {
  if (name === "__init__") return cm(C, name, ...args);
  if (typeof f === "function") return f.apply(C, args);
  return cm(C, name, ...args);
}

export function ucall0(C, f, name, self) {
  return ucallFast(f, self) ? f.call(self) : ucallSlow(C, f, name, [self]);
}

export function ucall1(C, f, name, self, a) {
  return ucallFast(f, self) ? f.call(self, a) : ucallSlow(C, f, name, [self, a]);
}

export function ucall2(C, f, name, self, a, b) {
  return ucallFast(f, self) ? f.call(self, a, b) : ucallSlow(C, f, name, [self, a, b]);
}

export function ucall3(C, f, name, self, a, b, c) {
  return ucallFast(f, self) ? f.call(self, a, b, c) : ucallSlow(C, f, name, [self, a, b, c]);
}

export function cm_append(o, x) {
  if (isList(o)) {
    o.push(x);
    return null;
  }
  return cmq1(o, isPlainObj(o) ? o.append : undefined, "append", x);
}

export function cm_get1(o, k) {
  return isDict(o) ? ctr.dict_get(o, k, null) : cmq1(o, isPlainObj(o) ? o.get : undefined, "get", k);
}

export function cm_get2(o, k, d) {
  return isDict(o) ? ctr.dict_get(o, k, d) : cmq2(o, isPlainObj(o) ? o.get : undefined, "get", k, d);
}

export function cm_setdefault2(o, k, d) {
  return isDict(o) ? ctr.dict_setdefault(o, k, d) : cmq2(o, isPlainObj(o) ? o.setdefault : undefined, "setdefault", k, d);
}

export function cm_pop0(o) {
  // An exact list pops inline (list.pop's argument checks read `arguments`, which costs V8 an
  // arguments object per call).
  if (isList(o) && o.length !== 0) return o.pop();
  return isList(o) ? ctr.list_methods.pop.call(o) : cmq0(o, isPlainObj(o) ? o.pop : undefined, "pop");
}

export function cm_pop1(o, i) {
  return isList(o) ? ctr.list_methods.pop.call(o, i) : cmq1(o, isPlainObj(o) ? o.pop : undefined, "pop", i);
}

export function cm_extend(o, x) {
  return isList(o) ? ctr.list_methods.extend.call(o, x) : cmq1(o, isPlainObj(o) ? o.extend : undefined, "extend", x);
}

export function cm_add(o, x) {
  if (typeof o === "object" && o !== null && Object.getPrototypeOf(o) === ctr.PySet.prototype && !o.frozen) {
    return ctr.set_methods.add.call(o, x);
  }
  return cmq1(o, isPlainObj(o) ? o.add : undefined, "add", x);
}

const isMutableSet = (o) => typeof o === "object" && o !== null && Object.getPrototypeOf(o) === ctr.PySet.prototype && !o.frozen;

export function cm_remove(o, x) {
  if (isMutableSet(o)) return ctr.set_methods.remove.call(o, x);
  if (isList(o)) return ctr.list_methods.remove.call(o, x);
  return cmq1(o, isPlainObj(o) ? o.remove : undefined, "remove", x);
}

export function cm_discard(o, x) {
  return isMutableSet(o) ? ctr.set_methods.discard.call(o, x) : cmq1(o, isPlainObj(o) ? o.discard : undefined, "discard", x);
}

export function cm_items(o) {
  return isDict(o) ? ctr.dict_methods.items.call(o) : cmq0(o, isPlainObj(o) ? o.items : undefined, "items");
}

/**
 * `for k, v in o.items()`: the pairs as 2-item arrays. An exact dict's come straight from its
 * Map (`ctr.DictPairIter`, no tuples); any other receiver's `items()` result is iterated as a
 * `for` loop would (a temporary: closed when the loop is left early), each item unpacked to
 * exactly 2 as `k, v = item` does.
 */
export function items_iter(o) {
  if (isDict(o)) return new ctr.DictPairIter(o);
  return pairsOf(iter(cm_items(o)));
}

/**
 * A loop or comprehension `for k, v in x` (x anything else than a call, which `for` closes
 * when left early): a `dict_items` view steps through its dict's Map pairs as `items_iter`
 * does; anything else is `forin(x)`. The loop unpacks each item.
 */
export function pairs_iter(x) {
  if (x !== null && typeof x === "object" && Object.getPrototypeOf(x) === ctr.DictItems.prototype) return new ctr.DictPairIter(x.$d);
  return forin(x);
}

function* pairsOf(it) {
  for (const x of it) yield unpack(x, 2);
}

export function cm_keys(o) {
  return isDict(o) ? ctr.dict_methods.keys.call(o) : cmq0(o, isPlainObj(o) ? o.keys : undefined, "keys");
}

export function cm_values(o) {
  return isDict(o) ? ctr.dict_methods.values.call(o) : cmq0(o, isPlainObj(o) ? o.values : undefined, "values");
}

export function cm_lower(o) {
  return typeof o === "string" ? strs.str_fast.lower(o) : cmq0(o, isPlainObj(o) ? o.lower : undefined, "lower");
}

export function cm_upper(o) {
  return typeof o === "string" ? strs.str_fast.upper(o) : cmq0(o, isPlainObj(o) ? o.upper : undefined, "upper");
}

export function cm_split0(o) {
  return typeof o === "string" ? strs.str_fast.split(o, null) : cmq0(o, isPlainObj(o) ? o.split : undefined, "split");
}

/** Steps through an array: `step()` returns the next item, or undefined at the end. */
class ArrStep {
  constructor(a) {
    this.a = a;
    this.i = 0;
  }

  step() {
    return this.i < this.a.length ? this.a[this.i++] : undefined;
  }
}

/** Steps through a JS iterator (undefined at the end; an undefined item is None). */
class IterStep {
  constructor(it) {
    this.it = it;
  }

  step() {
    const r = this.it.next();
    return r.done ? undefined : r.value === undefined ? null : r.value;
  }
}

/**
 * `for w in o.split()`: a `step()` cursor over the pieces of a str (`strs.SplitWs`, no list
 * built); any other receiver's `split()` result is stepped through as a `for` loop iterates it
 * (an exact list by index, reading its length each step; anything else through `forin`, lazily).
 */
export function split_iter(o) {
  if (typeof o === "string") return new strs.SplitWs(o);
  const r = cm_split0(o);
  if (r != null && r.constructor === Array) return new ArrStep(r);
  return new IterStep(forin(r)[Symbol.iterator]());
}

export function cm_split1(o, sep) {
  return typeof o === "string" && (typeof sep === "string" || sep === null) ? strs.str_fast.split(o, sep) : cmq1(o, isPlainObj(o) ? o.split : undefined, "split", sep);
}

export function cm_strip0(o) {
  return typeof o === "string" ? strs.str_fast.strip(o) : cmq0(o, isPlainObj(o) ? o.strip : undefined, "strip");
}

export function cm_strip1(o, chars) {
  if (typeof o === "string") {
    if (typeof chars === "string") return strs.str_fast.stripChars(o, chars);
    if (chars === null) return strs.str_fast.strip(o);
  }
  return cmq1(o, isPlainObj(o) ? o.strip : undefined, "strip", chars);
}

export function cm_join(o, it) {
  return typeof o === "string" ? strs.str_fast.join(o, it) : cmq1(o, isPlainObj(o) ? o.join : undefined, "join", it);
}

export function cm_startswith(o, x) {
  return typeof o === "string" && typeof x === "string" && !strs.edgySub(x) ? o.startsWith(x) : cmq1(o, isPlainObj(o) ? o.startswith : undefined, "startswith", x);
}

export function cm_endswith(o, x) {
  return typeof o === "string" && typeof x === "string" && !strs.edgySub(x) ? o.endsWith(x) : cmq1(o, isPlainObj(o) ? o.endswith : undefined, "endswith", x);
}

export function cm_replace2(o, a, b) {
  return typeof o === "string" && typeof a === "string" && typeof b === "string"
    ? strs.str_fast.replace(o, a, b)
    : cmq2(o, isPlainObj(o) ? o.replace : undefined, "replace", a, b);
}

/** Call method-table function `f` for `self`. */
function callTable(f, self, args) {
  return tableMethod(f).$rt === true ? f.apply(self, args) : f(self, ...args);
}

/** The rt/ method table for a builtin-typed JS value, or undefined. */
function builtinTable(o) {
  const p = Object.getPrototypeOf(o);
  if (p === Array.prototype) return ctr.list_methods;
  if (o instanceof ctr.Dict) return p === ctr.Dict.prototype ? ctr.dict_methods : undefined;
  if (o instanceof ctr.Tuple) return p === ctr.Tuple.prototype ? ctr.tuple_methods : undefined;
  if (o instanceof ctr.PySet) return p === ctr.PySet.prototype ? (o.frozen ? ctr.frozenset_methods : ctr.set_methods) : undefined;
  return undefined;
}

/** `send`, `throw`, `close` and `__next__` of a JS generator. */
function genMethod(g, name, args) {
  let r;
  switch (name) {
    case "send":
      if (g.$started !== true && args[0] != null) {
        throw TypeError(`can't send non-None value to a just-started generator`);
      }
    // falls through
    case "__next__":
      g.$started = true;
      g.$running = true;
      try {
        r = g.next(args[0] ?? null);
      } finally {
        g.$running = false;
      }
      break;
    case "throw": {
      let e = args[0];
      if (isclass(e) && issubclass(e, BaseException)) {
        const v = args.length > 1 ? args[1] : null;
        e = v === null ? e() : isExc(v) && isinstance(v, e) ? v : e(v);
      }
      if (!isExc(e)) throw TypeError(`exceptions must be classes or instances deriving from BaseException, not ${isclass(args[0]) ? "type" : typename(args[0])}`);
      g.$started = true;
      g.$running = true;
      try {
        r = g.throw(e);
      } finally {
        g.$running = false;
      }
      break;
    }
    case "close":
      try {
        r = g.throw(GeneratorExit());
      } catch (e) {
        if (isExc(e) && (isinstance(e, GeneratorExit) || isinstance(e, StopIteration))) return null;
        throw e;
      }
      if (r.done) return null;
      throw RuntimeError("generator ignored GeneratorExit");
    default:
      return callArgs(ga(g, name), undefined, args);
  }
  if (r.done) throw StopIteration(r.value ?? null);
  return r.value;
}

/**
 * At the normal end of the main module, the generators its variables hold are closed, as
 * CPython's finalization does when it clears `__main__` (a suspended generator's `finally` runs
 * then; one not started or finished does nothing). Errors are dropped, as CPython only reports
 * them as "Exception ignored".
 */
export function close_gens(vals) {
  for (const g of vals) {
    if (g === null || typeof g !== "object" || g[Symbol.toStringTag] !== "Generator") continue;
    try {
      genMethod(g, "close", []);
    } catch {
      // ignored, as in CPython's finalization
    }
  }
}

// ---------------------------------------------------------------------------------------------
// super()

class SuperObj {
  constructor(C, self) {
    this.$thisclass = C;
    this.$self = self;
  }
}

/**
 * The object `super()` returns inside class `C` for `self` (an instance or a class). Besides
 * `ga`/`cm`, plain property reads work on it (`super().m(x)` compiled as a JS method call).
 */
export function superof(C, self) {
  return new Proxy(new SuperObj(C, self), superHandler);
}

const superHandler = {
  get(target, k) {
    const name = pyName(k);
    if (name === null || name === "then") return Reflect.get(target, k);
    return superGet(target, name, k);
  },
};

/** Whether super() is class-level (self a subclass of the class: classmethods, `__new__`). */
function superOfClass(s) {
  const self = s.$self;
  return typeof self === "function" && self.$isclass === true && self.$mro.includes(s.$thisclass);
}

function superFind(s, name, k) {
  const self = s.$self;
  // A class as self is an instance when super() is used in its metaclass.
  const mro = superOfClass(s) ? self.$mro : classOf(self).$mro;
  const i = mro.indexOf(s.$thisclass);
  const found = i < 0 ? null : lookupFrom(mro, i + 1, name, k);
  if (found === null) throw AttributeError(`'super' object has no attribute '${name}'`);
  return found;
}

function superGet(s, name, k) {
  // The super object's own attributes (CPython's super type defines these).
  switch (name) {
    case "__class__":
      return super_;
    case "__self__":
      return s.$self;
    case "__thisclass__":
      return s.$thisclass;
    case "__self_class__":
      return isclass(s.$self) ? s.$self : classOf(s.$self);
    case "__repr__":
      return () => `<super: <class '${s.$thisclass.__name__}'>, <${classOf(s.$self).__name__} object>>`;
  }
  const found = superFind(s, name, k);
  // int/float/str's own methods take the value of a subclass instance (`super().__repr__()`).
  const self = isPrimBase(found.owner) ? unprim(s.$self) : s.$self;
  // `__new__` is static; through a class (in a classmethod), functions stay unbound.
  if (found.desc.get === undefined && (name === "__new__" || superOfClass(s))) return unboundForm(found.desc.value, found.owner);
  return resolveDesc(found, self);
}

/**
 * `super().name(*args)` inside class C's method with self `self`, without making the proxy
 * (positional arguments only; args is a fresh array).
 */
export function supercall(C, self, name, args) {
  // Fast path: an ordinary instance whose MRO after C finds a method as a plain own data
  // property (no builtin method table or moved attribute on the way).
  if (typeof self === "object" && self !== null && self.$plain === true && name !== "__new__") {
    const mro = classOf(self).$mro;
    const i = mro.indexOf(C);
    const k = mangleAttr(name);
    for (let j = i < 0 ? mro.length : i + 1; j < mro.length; j++) {
      const K = mro[j];
      if (isPrimBase(K)) break;
      if (hasOwn(K, k)) {
        const d = Object.getOwnPropertyDescriptor(K, k);
        const f = d.value;
        if (d.get === undefined && typeof f === "function" && binds(f)) return callArgs(f, self, args);
        break;
      }
      const moved = K.$moved;
      if ((moved !== undefined && k in moved) || (K.$methods !== undefined && hasOwn(K.$methods, name))) break;
    }
  }
  return superCall(new SuperObj(C, self), name, args);
}

function superCall(s, name, args) {
  const k = mangleAttr(name);
  const found = superFind(s, name, k);
  const f = found.desc.value;
  const prim = isPrimBase(found.owner) && name !== "__new__";
  // `super().__format__("")` into int/float/str is `str(self)`: the subclass's `__str__`.
  if (prim && name === "__format__" && args.length === 1 && args[0] === "") return str(s.$self);
  const self = prim ? unprim(s.$self) : s.$self;
  if (typeof f === "function" && found.desc.get === undefined && name !== "__new__" && !superOfClass(s) && binds(f)) {
    return callArgs(f, self, prim ? args.map(unprim) : args);
  }
  return callArgs(superGet(s, name, k), undefined, args);
}

// ---------------------------------------------------------------------------------------------
// Types of values

/** The class of any value. */
export function classOf(x) {
  switch (typeof x) {
    case "number":
      return Number.isInteger(x) ? int : float;
    case "string":
      return str;
    case "boolean":
      return bool;
    case "bigint":
      return int;
    case "undefined":
      return NoneType;
    case "function":
      if (x.$isclass === true) return x.$meta ?? type;
      if (x.$isclass === false) return Object.getPrototypeOf(x);
      if (x.$self !== undefined) return x.$func.$sig !== undefined || x.$func.$isclass === false ? method : builtin_function_or_method;
      return x.$sig !== undefined ? func : builtin_function_or_method;
    default:
      if (x === null) return NoneType;
      if (x.$isclass === true) return Object.getPrototypeOf(x);
      return jsClassOf(x);
  }
}

/** The class of a JS object of a builtin type (not a Python instance). */
function jsClassOf(x) {
  const p = Object.getPrototypeOf(x);
  if (p === Array.prototype) return list;
  if (x instanceof ctr.Tuple) return tuple;
  if (x instanceof ctr.Dict) return dict;
  if (x instanceof ctr.PySet) return x.frozen ? frozenset : set;
  if (x instanceof num.PyFloat) return float;
  if (x instanceof ctr.PySlice) return slice;
  if (x instanceof SuperObj) return super_;
  if (x instanceof KwArgs) return dict;
  const tn = x.$typename;
  if (typeof tn === "string") return namedClass(tn);
  switch (x[Symbol.toStringTag]) {
    case "Generator":
      return p.$pytype === undefined ? generator : namedClass(p.$pytype);
    case "AsyncGenerator":
      return async_generator;
    case "Module":
      return module;
    case "Array Iterator":
      return list_iterator;
    case "String Iterator":
      return str_iterator;
    case "Promise":
      return coroutine;
  }
  return p !== null && typeof p.__next__ === "function" ? iterator : object;
}

/** The name of the type of `x`, for messages. */
export function typename(x) {
  return classOf(x).__name__;
}

/**
 * The type name CPython's C-level messages show (tp_name): dotted for a type defined in C
 * outside builtins (`collections.deque`, `decimal.Decimal`), `__name__` otherwise.
 */
export function tpname(x) {
  const C = classOf(x);
  return hasOwn(C, "$tpname") ? C.$tpname : C.__name__;
}

export function isinstance(x, cls) {
  if (typeof cls === "function" && cls.$isclass === true) {
    const M = cls.$meta;
    if (M !== undefined && M.__instancecheck__ !== type.__instancecheck__ && M.$mro !== undefined) {
      return truthy(callMethod(M.__instancecheck__, cls, [x]));
    }
    const t = classOf(x);
    if (t === cls || t.$mro.includes(cls)) return true;
    // A `@runtime_checkable` protocol (typing.mjs): structural.
    if (hasOwn(cls, "$protoAttrs")) return cls.$protoAttrs.every((n) => hasattr(x, n));
    if (hasOwn(cls, "$isProtocol")) throw TypeError("Instance and class checks can only be used with @runtime_checkable protocols");
    return false;
  }
  if (Array.isArray(cls)) {
    for (let i = 0; i < cls.length; i++) if (isinstance(x, cls[i])) return true;
    return false;
  }
  // Unions, generic aliases and typing's forms.
  if (cls != null && cls.$instancecheck !== undefined) return cls.$instancecheck(cls, x);
  if (arguments.length !== 2) throw TypeError(`isinstance expected 2 arguments, got ${arguments.length}`);
  throw TypeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
}

export function issubclass(C, cls) {
  if (!isclass(C)) throw TypeError("issubclass() arg 1 must be a class");
  if (cls instanceof ctr.Tuple) return cls.some((c) => issubclass(C, c));
  // typing's forms (`typing.Sequence`) answer for themselves.
  if (cls != null && cls.$subclasscheck !== undefined) return cls.$subclasscheck(cls, C);
  if (!isclass(cls)) throw TypeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
  const M = cls.$meta;
  if (M !== undefined && M.__subclasscheck__ !== type.__subclasscheck__ && M.$mro !== undefined) {
    return truthy(callMethod(M.__subclasscheck__, cls, [C]));
  }
  return C.$mro.includes(cls);
}

// ---------------------------------------------------------------------------------------------
// Builtin classes

/** Make a builtin class from JS function `C` (what calling the class does). */
export function builtinClass(name, bases, C, attrs) {
  initClass(C, name, bases, "builtins");
  C.$native = true;
  if (bases.length > 0) Object.setPrototypeOf(C, bases[0]);
  if (attrs) Object.assign(C, attrs);
  return C;
}

/** A runtime method, written `(self, ...args)`, as a method taking self as `this`. */
export function rm(f) {
  const m = function (...args) {
    return f(this, ...args);
  };
  m.$rt = true;
  return m;
}

/** A `__new__` (a static method taking the class first). */
function staticNew(f) {
  f.$static = true;
  return f;
}

/** Split a trailing KwArgs off an argument array: `[positional, Map]`. */
function kwsplit(args) {
  const n = args.length;
  if (n > 0 && args[n - 1] instanceof KwArgs) return [args.slice(0, -1), args[n - 1].map];
  return [args, null];
}

function noKeywords(kw, fname) {
  if (kw !== null && kw.size > 0) throw TypeError(`${fname}() takes no keyword arguments`);
}

// object --------------------------------------------------------------------------------------

export const object = function object() {
  if (arguments.length > 0) throw TypeError("object() takes no arguments");
  // A plain object() has no __dict__: its attribute assignments go to `objectSetattr`.
  const o = Object.create(object);
  o.$sa = false;
  return o;
};
initClass(object, "object", [], "builtins");
// Ordinary instances: `ga`/`cm` may read their attributes as JS properties; `sa` may set them
// (classes with their own `__setattr__` have `$sa = false`).
object.$plain = true;
object.$sa = true;

const objectNew = staticNew(function __new__(cls, ...args) {
  if (!isclass(cls)) throw TypeError(`object.__new__(X): X is not a type object (${typename(cls)})`);
  // `int.__new__(int, "7")`, `str.__new__(str, x)`: the value itself (their instances are JS values).
  if (isPrimBase(cls)) return cls(...args);
  return cls.$alloc === undefined ? Object.create(cls) : cls.$alloc(cls, cls.$primBase !== undefined ? args : []);
});
/** `object.__getattribute__`: the lookup without the instance's own `__getattribute__`. */
const objectGetattribute = rm(function __getattribute__(self, name) {
  if (typeof name !== "string") throw TypeError(`attribute name must be string, not '${typename(name)}'`);
  const target = proxyTargets.get(self);
  if (target === undefined) return ga(self, name);
  const k = mangleAttr(name);
  const v = Reflect.get(target, k, self);
  if (v === undefined) throw noAttr(self, name);
  return typeof v === "function" && binds(v) && !hasOwn(target, k) ? bindMethod(v, self) : v;
});
const objectInit = rm(function __init__() {
  return null;
});
const objectSetattr = rm(function __setattr__(self, name, v) {
  const k = mangleAttr(name);
  if (isclass(self)) setClassAttr(self, name, v);
  else if (self.$isclass !== undefined && Object.getPrototypeOf(self) !== object && (self.$slotsOnly !== true || slotStoreOk(self, k))) self[k] = v;
  else throw AttributeError(`'${typename(self)}' object has no attribute '${name}'`);
  return null;
});
const objectDelattr = rm(function __delattr__(self, name) {
  const k = mangleAttr(name);
  if (!hasOwn(self, k)) throw noAttr(self, name);
  delete self[k];
  return null;
});

/** The fake address CPython would print, from `id`. */
export function addr(x) {
  return "0x" + id(x).toString(16).padStart(12, "0");
}

Object.assign(object, {
  __new__: objectNew,
  __init__: objectInit,
  __setattr__: objectSetattr,
  __delattr__: objectDelattr,
  __getattribute__: objectGetattribute,
  __repr__: rm((self) => {
    const C = classOf(self);
    const mod = C.__module__;
    return `<${mod === "builtins" ? "" : mod + "."}${C.__qualname__} object at ${addr(self)}>`;
  }),
  __str__: rm((self) => repr(self)),
  __eq__: rm((self, other) => (self === other ? true : NotImplemented)),
  __ne__: rm((self, other) => {
    const r = cm(self, "__eq__", other);
    return r === NotImplemented ? NotImplemented : !truthy(r);
  }),
  __hash__: rm((self) => Math.floor(id(self) / 16)),
  __format__: rm((self, spec) => {
    if (spec !== "") throw TypeError(`unsupported format string passed to ${classOf(self).__name__}.__format__`);
    return to_str(self);
  }),
  __dir__: rm((self) => dirList(self)),
  __reduce_ex__: rm(() => {
    throw TypeError("pickling is not supported");
  }),
  // CPython 3.11's object.__getstate__: None without instance attributes, else the __dict__;
  // with __slots__, a (dict or None, {slot: value}) pair.
  __getstate__: rm((self) => {
    const C = classOf(self);
    const inst = (typeof self === "object" && self !== null && self.$isclass === true) || (typeof self === "function" && self.$isclass === false);
    if (!inst) return null;
    let state = null;
    if (C.$slotsOnly !== true) {
      // A plain dict of the attributes (the live `__dict__` view is tied to its object).
      const d = attrDict(self);
      if (d.size > 0) state = ctr.mkdict(Array.from(d.entries()).flat());
    }
    if (C.$slotnames !== undefined) {
      const flat = [];
      for (const n of C.$slotnames) {
        if (n === "__dict__" || n === "__weakref__") continue;
        const v = self[mangleAttr(n)];
        if (v !== undefined) flat.push(n, v);
      }
      if (flat.length > 0) state = ctr.tuple_of([state, ctr.mkdict(flat)]);
    }
    return state;
  }),
  __sizeof__: rm(() => 16),
});
object.__lt__ = object.__le__ = object.__gt__ = object.__ge__ = rm(() => NotImplemented);
// `__init_subclass__` is implicitly a classmethod.
defineClassmethod(object, "__init_subclass__", rm((cls, kw) => {
  if (kw instanceof KwArgs && kw.map.size > 0) throw TypeError(`${cls.__name__}.__init_subclass__() takes no keyword arguments`);
  return null;
}));
Object.defineProperties(object, {
  __class__: {
    get() {
      return classOf(this);
    },
    set(C) {
      if (!isclass(C)) throw TypeError(`__class__ must be set to a class, not '${typename(C)}' object`);
      if (hasOwn(C, "$native") || hasOwn(classOf(this), "$native")) {
        throw TypeError("__class__ assignment only supported for mutable types or ModuleType subclasses");
      }
      Object.setPrototypeOf(this, C);
    },
  },
  __dict__: {
    get() {
      if (typeof this !== "function" && (this.$slotsOnly === true || Object.getPrototypeOf(this) === object)) {
        throw noAttr(this, "__dict__");
      }
      return attrDict(this);
    },
  },
  __mro__: {
    get() {
      return ctr.tuple_of(this.$mro);
    },
  },
  __bases__: {
    get() {
      return ctr.tuple_of(this.$bases);
    },
  },
  __base__: {
    get() {
      return this.$bases[0] ?? null;
    },
  },
});
// Python instances are JS-iterable through `__iter__`, so runtime code can `for...of` them.
object[Symbol.iterator] = function () {
  return iter(this);
};

// type ----------------------------------------------------------------------------------------

/** `type(x)` or `type(name, bases, dict)`. */
export const type = builtinClass("type", [object], function type(x, bases, ns) {
  if (arguments.length === 1) return classOf(x);
  if (arguments.length !== 3) throw TypeError("type() takes 1 or 3 arguments");
  return mkclass(x, arr(bases), (C) => {
    for (const k of ns) sa(C, k, ctr.getitem(ns, k));
  }, null);
});
const typeCall = rm((cls, ...args) => {
  const [pos, kw] = kwsplit(args);
  return constructDefault(cls, pos, kw);
});
type.__call__ = typeCall;
type.__new__ = staticNew(typeNew);
type.mro = rm((cls) => cls.$mro.slice());
type.__subclasses__ = rm((C) => (typeof C === "function" && hasOwn(C, "$subs") ? C.$subs.slice() : []));
type.__repr__ = rm((cls) => {
  const mod = cls.__module__;
  return `<class '${mod === "builtins" ? "" : mod + "."}${cls.__qualname__}'>`;
});
type.__instancecheck__ = rm((cls, x) => isinstance(x, cls));
type.__subclasscheck__ = rm((cls, C) => issubclass(C, cls));

// None, NotImplemented, Ellipsis --------------------------------------------------------------

function singletonClass(name, rep) {
  const C = builtinClass(name, [object], function () {
    return inst;
  }, {
    __repr__: rm(() => rep),
    __bool__: rm(() => name !== "NotImplementedType"),
  });
  const inst = name === "NoneType" ? null : Object.create(C);
  C.$final = true;
  return [C, inst];
}

export const [NoneType] = singletonClass("NoneType", "None");
NoneType.__bool__ = rm(() => false);
export const [NotImplementedType, NotImplemented] = singletonClass("NotImplementedType", "NotImplemented");
export const [ellipsis, Ellipsis] = singletonClass("ellipsis", "Ellipsis");
/** `__debug__`: True, as CPython without -O. */
export const __debug__ = true;

// Numbers and strings -------------------------------------------------------------------------

/** `int(x=0)` / `int(x, base)`. */
/**
 * `int(x)` with one positional argument (compiler/src/lower/call.rs): a str's digits or an
 * int itself with no argument array; anything else goes through `int`.
 */
export function int1(x) {
  if (typeof x === "string") {
    const r = num.int_str(x);
    if (typeof r === "object") throw r;
    return r;
  }
  if (typeof x === "number" && Number.isInteger(x)) return x + 0;
  return int(x);
}

export const int = builtinClass("int", [object], function int(...args) {
  if (args.length === 1) {
    // `int(s)` / `int(x)` of a str or a plain number: no keyword handling.
    const x = args[0], t = typeof x;
    if (t === "string") {
      const r = num.int_str(x);
      if (typeof r === "object") throw r;
      return r;
    }
    if (t === "number" || t === "bigint") return num.int_new(x);
  }
  const [pos, kw] = kwsplit(args);
  let [x, base] = pos;
  if (pos.length > 2) throw TypeError(`int() takes at most 2 arguments (${pos.length} given)`);
  if (kw !== null) {
    // CPython 3.11's int() takes x positionally only: `int(x=5)` is a TypeError.
    for (const k of kw.keys()) if (k !== "base") throw TypeError(`'${k}' is an invalid keyword argument for int()`);
    if (kw.has("base")) {
      if (pos.length > 1) throw TypeError(`int() takes at most 2 arguments (${pos.length + 1} given)`);
      if (x === undefined) throw TypeError("int() missing string argument");
      base = kw.get("base");
    }
  }
  if (x === undefined) return 0;
  return base === undefined ? num.int_new(x) : num.int_new(x, base);
});
export const bool = builtinClass("bool", [int], function bool(x) {
  return x === undefined ? false : truthy(x);
});
bool.$final = true;
export const float = builtinClass("float", [object], function float(x) {
  return x === undefined ? num.mkfloat(0) : num.float_new(x);
});
export const str = builtinClass("str", [object], function str(x) {
  // str(b, encoding, errors) decodes (rt/bytes.mjs installs `str.$decode` when it ships).
  if (arguments.length > 1 || x instanceof KwArgs) return (str.$decode ?? strArgs)(...arguments);
  return x === undefined ? "" : to_str(x);
});

/** `str(...)` with keywords or an encoding in a program without bytes-like objects. */
function strArgs(...args) {
  const [x, encoding, errors] = params("str", args, ["object", "encoding", "errors"]);
  if (x === undefined) return "";
  if (encoding === undefined && errors === undefined) return to_str(x);
  if (typeof x === "string") throw TypeError("decoding str is not supported");
  throw TypeError(`decoding to str: need a bytes-like object, ${typename(x)} found`);
}

/** Positional-or-keyword arguments by name. */
export function params(fname, args, names, min) {
  const [pos, kw] = kwsplit(args);
  if (pos.length > names.length) {
    throw TypeError(`${fname}() takes at most ${names.length} argument${names.length === 1 ? "" : "s"} (${pos.length} given)`);
  }
  const out = pos.slice();
  if (kw) {
    for (const [k, v] of kw) {
      const i = names.indexOf(k);
      if (i < 0) throw TypeError(`'${k}' is an invalid keyword argument for ${fname}()`);
      if (i < pos.length) throw TypeError(`argument for ${fname}() given by name ('${k}') and position (${i + 1})`);
      out[i] = v;
    }
  }
  if (min !== undefined && out.filter((v) => v !== undefined).length < min) {
    throw TypeError(`${fname}() takes at least ${min} argument${min === 1 ? "" : "s"} (${pos.length} given)`);
  }
  return out;
}

// Containers ----------------------------------------------------------------------------------

/** Fill list/Array `self` from an iterable. */
function fillList(self, iterable) {
  self.length = 0;
  if (iterable !== undefined) for (const v of arr(iterable)) self.push(v);
}

/** `C(iterable)` of the builtin containers takes at most one argument. */
function oneArg(name, n) {
  if (n > 1) throw TypeError(`${name} expected at most 1 argument, got ${n}`);
}

export const list = builtinClass("list", [object], function list(iterable) {
  if (arguments.length !== 1 || iterable instanceof KwArgs) iterable = initArg("list", Array.from(arguments));
  return iterable === undefined ? [] : arr(iterable);
});
/** A new builtin-typed value `v` as an instance of `cls` (a subclass of `base`). */
function instanceOf(v, cls, base) {
  return cls === base ? v : Object.setPrototypeOf(v, cls);
}

list.$alloc = (cls) => instanceOf([], cls, list);
/** The one optional positional argument of `list.__init__(self, *args, **kw)` and the like. */
function initArg(name, args) {
  const [pos, kw] = kwsplit(args);
  noKeywords(kw, name);
  oneArg(name, pos.length);
  return pos[0];
}
list.__init__ = rm((self, ...args) => {
  fillList(self, args.length === 1 && !(args[0] instanceof KwArgs) ? args[0] : initArg("list", args));
  return null;
});

export const tuple = builtinClass("tuple", [object], function tuple(iterable) {
  if (arguments.length !== 1 || iterable instanceof KwArgs) iterable = initArg("tuple", Array.from(arguments));
  if (iterable !== null && typeof iterable === "object") {
    const p = Object.getPrototypeOf(iterable);
    if (p === Array.prototype) return ctr.tuple_of(iterable); // (one copy, not two)
    if (p === ctr.Tuple.prototype) return iterable; // as CPython: `tuple(t) is t` for an exact tuple
  }
  return ctr.tuple_of(iterable === undefined ? [] : arr(iterable));
});
tuple.__new__ = staticNew((cls, ...args) => {
  const iterable = initArg("tuple", args);
  return instanceOf(ctr.tuple_of(iterable === undefined ? [] : arr(iterable)), cls, tuple);
});

/** Add `dict(x, **kw)` items to Dict `d`. */
function fillDict(d, args) {
  const [pos, kw] = kwsplit(args);
  oneArg("dict", pos.length);
  // Like CPython, this stores directly, bypassing a subclass's `__setitem__`.
  const put = ctr.dict_methods.__setitem__;
  const x = pos[0];
  const plain = x === undefined ? null : ctr.dict_plain_entries(x);
  if (plain !== null) {
    for (const [k, v] of plain) put.call(d, k, v);
  } else if (x !== undefined) {
    if (x instanceof ctr.Dict || hasattr(x, "keys")) {
      for (const k of x instanceof ctr.Dict ? Array.from(x) : arr(cm(x, "keys"))) put.call(d, k, ctr.getitem(x, k));
    } else {
      let i = 0;
      for (const item of arr(x)) {
        let pair;
        try {
          pair = arr(item);
        } catch (e) {
          if (isinstance(e, TypeError)) throw TypeError(`cannot convert dictionary update sequence element #${i} to a sequence`);
          throw e;
        }
        if (pair.length !== 2) {
          throw ValueError(`dictionary update sequence element #${i} has length ${pair.length}; 2 is required`);
        }
        put.call(d, pair[0], pair[1]);
        i++;
      }
    }
  }
  if (kw !== null) for (const [k, v] of kw) put.call(d, k, v);
}

export const dict = builtinClass("dict", [object], function dict(...args) {
  const d = ctr.mkdict([]);
  fillDict(d, args);
  return d;
});
dict.$alloc = (cls) => instanceOf(ctr.mkdict([]), cls, dict);
defineClassmethod(dict, "fromkeys", rm((cls, ...args) => {
  const d = ctr.dict_fromkeys(...args);
  if (cls === dict) return d;
  const r = cls();
  for (const k of d) cm(r, "__setitem__", k, ctr.getitem(d, k));
  return r;
}));
dict.__init__ = rm((self, ...args) => {
  fillDict(self, args);
  return null;
});

export const set = builtinClass("set", [object], function set(iterable) {
  if (arguments.length !== 1 || iterable instanceof KwArgs) iterable = initArg("set", Array.from(arguments));
  return ctr.set_new(false, iterable);
});
set.$alloc = (cls) => instanceOf(new ctr.PySet(false), cls, set);
set.__init__ = rm((self, ...args) => {
  const iterable = initArg("set", args);
  cm(self, "clear");
  if (iterable !== undefined) for (const v of arr(iterable)) ctr.set_add(self, v);
  return null;
});

export const frozenset = builtinClass("frozenset", [object], function frozenset(iterable) {
  if (arguments.length !== 1 || iterable instanceof KwArgs) iterable = initArg("frozenset", Array.from(arguments));
  return ctr.set_new(true, iterable);
});
frozenset.__new__ = staticNew((cls, ...args) => instanceOf(ctr.set_new(true, initArg("frozenset", args)), cls, frozenset));

export const slice = builtinClass("slice", [object], function slice(a, b, c) {
  if (arguments.length === 0) throw TypeError("slice expected at least 1 argument, got 0");
  return arguments.length === 1 ? new ctr.PySlice(null, a ?? null, null) : new ctr.PySlice(a ?? null, b ?? null, c ?? null);
});
slice.$final = true;
const sliceTuple = (s) => ctr.mktuple(s.start, s.stop, s.step);
for (const op of ["eq", "ne", "lt", "le", "gt", "ge"]) {
  slice[`__${op}__`] = rm((a, b) => (b instanceof ctr.PySlice ? numOp(op)(sliceTuple(a), sliceTuple(b)) : NotImplemented));
}
slice.__hash__ = null;
// Mutable builtins are unhashable: `list.__hash__ is None` (subclasses inherit it).
list.__hash__ = dict.__hash__ = set.__hash__ = null;
slice.indices = rm((s, n) => ctr.tuple_of(sliceIndices(s, rangeArg(n)).slice(0, 3)));

/**
 * Install the rt/ method tables and the JS prototypes of the builtin classes. Deferred until
 * first needed because those modules may not have been evaluated when this one is.
 */
let builtinsReady = false;
/** `container_dunders`, when the program ships it (see `regContainerDunders`). */
let containerDunderInstall = null;
function ensureBuiltins() {
  if (builtinsReady) return;
  builtinsReady = true;
  const protoOf = new Map([
    [list, Array.prototype], [tuple, ctr.Tuple.prototype], [dict, ctr.Dict.prototype],
    [set, ctr.PySet.prototype], [frozenset, ctr.PySet.prototype],
  ]);
  const tables = [
    [str, strs.str_methods], [int, num.int_methods], [float, num.float_methods],
    [list, ctr.list_methods], [tuple, ctr.tuple_methods], [dict, ctr.dict_methods],
    [set, ctr.set_methods], [frozenset, ctr.frozenset_methods],
  ];
  for (const [C, t] of tables) {
    if (t === undefined) continue;
    // The methods become attributes of the class (so `float.fromhex(s)` works as a plain JS
    // call, and rt/ code can compare `list.__contains__`), except those named like a JS method
    // of the instances (`pop`, `get`, ...), which must not be shadowed: only the table has them.
    C.$methods = t;
    const jsproto = protoOf.get(C);
    for (const name of Object.keys(t)) {
      if (!hasOwn(C, name) && (name.startsWith("__") || jsproto === undefined || !(name in jsproto))) {
        // A static method (`str.maketrans("ab", "cd")`) takes no self. Marked in its table, not
        // named here, so the entry (and what it uses) ships only with programs that name it.
        const f = t[name];
        C[name] = f.$staticEntry ? staticNew((...args) => f(undefined, ...args)) : tableMethod(f);
      }
    }
  }
  numberDunders(int, (x) => (typeof x === "number" && Number.isInteger(x)) || typeof x === "bigint" || typeof x === "boolean");
  numberDunders(float, (x) => typeof x === "number" || typeof x === "bigint" || typeof x === "boolean" || x instanceof num.PyFloat);
  if (containerDunderInstall !== null) containerDunderInstall();
  for (const [C, p] of protoOf) {
    Object.setPrototypeOf(C, p);
    C.$jsproto = p;
    // Off Function.prototype now, the class still needs JS's `call`/`apply`: generated code calls
    // a function-valued attribute of a plain instance as `f.call(self, ...)` (`self.f = dict`).
    for (const k of ["call", "apply"]) Object.defineProperty(C, k, { value: Function.prototype[k], writable: true, configurable: true });
    // The chain no longer passes through `object`: copy its attributes.
    for (const k of Object.getOwnPropertyNames(object)) {
      if (!hasOwn(C, k) && pyName(k) !== null) Object.defineProperty(C, k, Object.getOwnPropertyDescriptor(object, k));
    }
  }
}

const BINARY_DUNDERS = [
  ["add", "add"], ["sub", "sub"], ["mul", "mul"], ["truediv", "truediv"], ["floordiv", "floordiv"],
  ["mod", "mod"], ["pow", "pow"], ["divmod", "divmod"], ["lshift", "lshift"], ["rshift", "rshift"],
  ["and", "bitand"], ["or", "bitor"], ["xor", "bitxor"],
];

/**
 * The rt/num.mjs operation named `op`. (Named explicitly rather than `num[op]`, which would
 * make the bundler keep all of rt/num.mjs.) The arithmetic ones are registered by statements
 * anchored on each operation, so a program ships only those it uses otherwise (the compiler
 * also asks for the operation of every `__op__` word of the program): int's and float's
 * `__mod__` comes without `%`-formatting when nothing else needs `num.mod`.
 */
const NUM_OPS = { eq: num.eq, ne: num.ne, lt: num.lt, le: num.le, gt: num.gt, ge: num.ge };
function numOp(op) {
  return NUM_OPS[op];
}
function regOp(f, op) {
  NUM_OPS[op] = f;
}
regOp(num.add, "add");
regOp(num.sub, "sub");
regOp(num.mul, "mul");
regOp(num.truediv, "truediv");
regOp(num.floordiv, "floordiv");
regOp(num.mod, "mod");
regOp(num.pow, "pow");
regOp(num.divmod, "divmod");
regOp(num.lshift, "lshift");
regOp(num.rshift, "rshift");
regOp(num.bitand, "bitand");
regOp(num.bitor, "bitor");
regOp(num.bitxor, "bitxor");

/**
 * The arithmetic and comparison dunders of int or float that the rt/num.mjs tables do not
 * define: `(10).__add__(5)`, `int.__radd__(1, 2)`; NotImplemented for operands not `accepted`.
 */
function numberDunders(C, accepted) {
  const def = (name, f) => {
    if (!hasOwn(C, name)) C[name] = rm(f);
  };
  const pow = numOp("pow");
  if (pow !== undefined) def("__pow__", (a, b, m) => (accepted(b) ? pow(a, b, m ?? undefined) : NotImplemented));
  for (const [py, op] of BINARY_DUNDERS) {
    if (C === float && ["lshift", "rshift", "and", "or", "xor"].includes(py)) continue;
    if (numOp(op) === undefined) continue;
    def(`__${py}__`, (a, b) => (accepted(b) ? numOp(op)(a, b) : NotImplemented));
    def(`__r${py}__`, (a, b) => (accepted(b) ? numOp(op)(b, a) : NotImplemented));
  }
  for (const op of ["eq", "ne", "lt", "le", "gt", "ge"]) def(`__${op}__`, (a, b) => (accepted(b) ? numOp(op)(a, b) : NotImplemented));
  def("__neg__", (a) => num.neg(a));
  def("__pos__", (a) => num.pos(a));
  if (C === int) def("__invert__", (a) => num.invert(a));
  def("__bool__", (a) => truthy(a));
  def("__hash__", (a) => ctr.hash_value(a));
  def("__repr__", (a) => repr(a));
}

/**
 * The operator dunders of the builtin containers that their method tables do not define:
 * `[1].__add__([2])`, `{1}.__or__(s)`, `d.__ior__(pairs)`, `t.__lt__(u)`. As CPython's slot
 * wrappers: NotImplemented for an operand of another type, except a list's/tuple's `__add__`
 * (TypeError) and the repeat count of `__mul__` (an index).
 */
export function container_dunders() {
  // `$slot`: the operators' dispatch (rt/num.mjs) skips these for instances of subclasses and
  // takes the builtin operation, which these call.
  const def = (C, name, f) => {
    if (hasOwn(C, name)) return;
    (C[name] = rm((a, ...rest) => {
      if (!isinstance(a, C)) throw TypeError(`descriptor '${name}' requires a '${C.__name__}' object but received a '${typename(a)}'`);
      return f(a, ...rest);
    })).$slot = true;
  };
  const anySet = (x) => isinstance(x, set) || isinstance(x, frozenset);
  const cmps = ["eq", "ne", "lt", "le", "gt", "ge"];
  for (const C of [list, tuple]) {
    const n = C.__name__;
    def(C, "__add__", (a, b) => {
      if (!isinstance(b, C)) throw TypeError(`can only concatenate ${n} (not "${typename(b)}") to ${n}`);
      return num.container_op(a, b, "add");
    });
    def(C, "__mul__", (a, k) => num.container_op(a, rangeArg(k), "mul"));
    def(C, "__rmul__", (a, k) => num.container_op(a, rangeArg(k), "mul"));
    for (const op of cmps) def(C, `__${op}__`, (a, b) => (isinstance(b, C) ? num.container_op(a, b, op) : NotImplemented));
  }
  def(list, "__iadd__", (a, b) => (cm(a, "extend", b), a));
  def(list, "__imul__", (a, k) => {
    const n = rangeArg(k), m = a.length;
    if (n <= 0) a.length = 0;
    for (let i = 1; i < n; i++) for (let j = 0; j < m; j++) a.push(a[j]);
    return a;
  });
  def(dict, "__or__", (a, b) => (isinstance(b, dict) ? num.container_op(a, b, "bitor") : NotImplemented));
  def(dict, "__ror__", (a, b) => (isinstance(b, dict) ? num.container_op(b, a, "bitor") : NotImplemented));
  def(dict, "__ior__", (a, b) => (cm(a, "update", b), a));
  for (const op of ["eq", "ne"]) def(dict, `__${op}__`, (a, b) => (isinstance(b, dict) ? num.container_op(a, b, op) : NotImplemented));
  for (const C of [set, frozenset]) {
    for (const [py, op] of [["or", "bitor"], ["and", "bitand"], ["xor", "bitxor"], ["sub", "sub"]]) {
      def(C, `__${py}__`, (a, b) => (anySet(b) ? num.container_op(a, b, op) : NotImplemented));
      def(C, `__r${py}__`, (a, b) => (anySet(b) ? num.container_op(b, a, op) : NotImplemented));
      if (C === set) {
        const upd = { or: "update", and: "intersection_update", xor: "symmetric_difference_update", sub: "difference_update" }[py];
        def(C, `__i${py}__`, (a, b) => (anySet(b) ? (cm(a, upd, b), a) : NotImplemented));
      }
    }
    for (const op of cmps) def(C, `__${op}__`, (a, b) => (anySet(b) ? num.container_op(a, b, op) : NotImplemented));
  }
}

// Installed only in programs whose words name such a dunder (compiler/src/bundle.rs asks for
// `container_dunders` then): this statement is anchored on the function.
function regContainerDunders(f) {
  containerDunderInstall = f;
  if (builtinsReady) f();
}
regContainerDunders(container_dunders);

// Mark which classes need ensureBuiltins() when subclassed.
for (const C of [list, tuple, dict, set, frozenset]) C.$jsproto = null;

// Functions, methods, generators, modules, iterators: classes for type() and isinstance().

const namedClasses = new Map();

/**
 * The class of runtime JS objects that give their Python type name (`$typename`, like dict
 * views, or `$pytype` on the prototype of the generators behind `enumerate`, `zip`, ...).
 */
function namedClass(name) {
  let C = namedClasses.get(name);
  if (C === undefined) {
    C = opaqueClass(name);
    if (/^o?dict_(keys|values|items)$/.test(name)) {
      // Views are iterable, not iterators (collections.abc's hooks read this).
      C.__iter__ = rm((self) => iter(self));
      C.__reversed__ = rm((self) => self.__reversed__());
      if (!name.endsWith("values")) C.__hash__ = null;
    } else {
      C.__iter__ = generator.__iter__;
      C.__next__ = generator.__next__;
    }
    namedClasses.set(name, C);
  }
  return C;
}

/** A class whose instances are runtime JS objects: their JS members are their attributes. */
function opaqueClass(name) {
  const C = builtinClass(name, [object], function () {
    throw TypeError(`cannot create '${name}' instances`);
  });
  C.$final = true;
  C.$jsobj = true;
  return C;
}

export const func = opaqueClass("function");
export const method = opaqueClass("method");
export const builtin_function_or_method = opaqueClass("builtin_function_or_method");
export const generator = opaqueClass("generator");
export const async_generator = opaqueClass("async_generator");
export const coroutine = opaqueClass("coroutine");

/**
 * A coroutine object: what calling a compiled `async def` returns. Like CPython's, it does not
 * run until it is awaited (`$aw`) or scheduled (asyncio starts it through `$start`); `then`
 * makes it a JS thenable, so a plain JS `await` starts it too.
 */
export class Coro {
  constructor(thunk, f) {
    this.$thunk = thunk;
    this.$f = f;
    this.$p = null;
  }
  $start() {
    if (this.$p === null) {
      const t = this.$thunk;
      this.$thunk = null;
      this.$p = t();
    }
    return this.$p;
  }
  then(ok, bad) {
    return this.$start().then(ok, bad);
  }
  close() {
    if (this.$p === null) {
      this.$thunk = null;
      this.$p = Promise.resolve(null);
    }
    return null;
  }
  get __name__() {
    return this.$f.$sig?.name ?? this.$f.name;
  }
  get __qualname__() {
    return this.$f.$sig?.qual || this.__name__;
  }
  get cr_running() {
    return false;
  }
  __repr__() {
    return `<coroutine object ${this.__qualname__} at ${addr(this)}>`;
  }
  get [Symbol.toStringTag]() {
    return "Promise";
  }
}
Coro.prototype.$coroutine = true;

/** What `async def f` returns when called: `body` runs when the coroutine is first awaited. */
export function coro(body, f) {
  return new Coro(body, f);
}

/**
 * A value a JS promise must carry as it is: a JS promise adopts any value with a callable `then`
 * (it would call a Python object's `then` method, or run a returned coroutine). What crosses a
 * promise (an `async def`'s result, what an async generator yields, a Future's result) goes in
 * `awbox` and comes out through `unbox` (after each compiled `await`).
 */
class Thenbox {
  constructor(v) {
    this.v = v;
  }
}

export function awbox(v) {
  if (v !== null && (typeof v === "object" || typeof v === "function") && typeof v.then === "function" && !(v instanceof Promise)) {
    return new Thenbox(v);
  }
  return v;
}

export function unbox(v) {
  return v instanceof Thenbox ? v.v : v;
}

/**
 * Set by asyncio (`set_await_wrap`): wraps what a compiled `await` waits on, so that the task
 * that awaits is current again when it resumes (asyncio.mjs, `resumeWrap`).
 */
let awaitWrap = null;
export function set_await_wrap(f) {
  awaitWrap = f;
}

/** `await x`: a coroutine starts running now, in the awaiting task. */
export function aw(x) {
  if (x instanceof Coro) {
    if (x.$p !== null) throw RuntimeError("cannot reuse already awaited coroutine");
    return awaitWrap === null ? x.$start() : awaitWrap(x.$start(), true);
  }
  // An asyncio Future/Task records the awaiting task now (asyncio.mjs, Future.$aw).
  if (x !== null && typeof x === "object" && typeof x.$aw === "function") return x.$aw();
  return awaitWrap === null ? x : awaitWrap(x, false);
}
export const module = opaqueClass("module");
export const list_iterator = opaqueClass("list_iterator");
export const str_iterator = opaqueClass("str_iterator");
export const iterator = opaqueClass("iterator");
/** `super(C, self)` (the compiler turns `super()` into `superof`). */
export const super_ = builtinClass("super", [object], function super_(C, self) {
  if (arguments.length !== 2) throw RuntimeError("super(): no arguments");
  if (!isclass(C)) throw TypeError(`super() argument 1 must be a type, not ${typename(C)}`);
  if (!isinstance(self, C) && !(isclass(self) && issubclass(self, C))) {
    throw TypeError("super(type, obj): obj must be an instance or subtype of type");
  }
  return superof(C, self);
});

for (const C of [generator, list_iterator, str_iterator, iterator]) {
  C.__iter__ = rm((self) => self);
  C.__next__ = rm((self) => {
    const r = self.next();
    if (r.done) throw StopIteration(r.value ?? null);
    return r.value;
  });
}
for (const name of ["send", "throw", "close"]) generator[name] = rm((self, ...args) => genMethod(self, name, args));
// `gen.gi_running`: true while its body runs through send/throw/next() (a `for` loop drives a
// generator directly, so it reads false there).
const giRunning = function (g) {
  return (g ?? this).$running === true;
};

// property, classmethod, staticmethod ---------------------------------------------------------

export const property = builtinClass("property", [object], function property(...args) {
  const [pos, kw] = kwsplit(args);
  const p = Object.create(property);
  const get = (i, n) => (kw?.has(n) ? kw.get(n) : pos[i]) ?? null;
  p.fget = get(0, "fget");
  p.fset = get(1, "fset");
  p.fdel = get(2, "fdel");
  p.__doc__ = get(3, "doc");
  if (p.__doc__ === null && p.fget !== null) {
    // Without `doc=`, the getter's docstring is the property's.
    const d = getattr(p.fget, "__doc__", null);
    if (d !== null) {
      p.__doc__ = d;
      p.$getterDoc = true;
    }
  }
  return p;
});
Object.assign(property, {
  getter: rm((self, f) => property(f, self.fset, self.fdel, self.$getterDoc ? null : self.__doc__)),
  setter: rm((self, f) => property(self.fget, f, self.fdel, self.__doc__)),
  deleter: rm((self, f) => property(self.fget, self.fset, f, self.__doc__)),
  __get__: rm((self, obj) => (obj == null ? self : callMethod(self.fget, obj, []))),
});
Object.defineProperty(generator, "gi_running", { get: giRunning, configurable: true });

export const classmethod = builtinClass("classmethod", [object], function classmethod(f) {
  const c = Object.create(classmethod);
  c.__func__ = f;
  return c;
});
export const staticmethod = builtinClass("staticmethod", [object], function staticmethod(f) {
  const s = Object.create(staticmethod);
  s.__func__ = f;
  return s;
});
// ---------------------------------------------------------------------------------------------
// range

/** Number of items of range(start, stop, step). */
function rangeLen(start, stop, step) {
  if (step > 0) return start < stop ? Math.floor((stop - start - 1) / step) + 1 : 0;
  return start > stop ? Math.floor((start - stop - 1) / -step) + 1 : 0;
}

/** A range bound: an int (bools count); `__index__` objects too. */
export function rangeArg(x) {
  if (typeof x === "number" && Number.isInteger(x)) return x;
  if (typeof x === "boolean") return +x;
  if (typeof x === "bigint") return Number(x);
  if (x !== null && typeof x === "object" && x.$isclass === true && x.__index__ !== undefined) return rangeArg(cm(x, "__index__"));
  throw TypeError(`'${typename(x)}' object cannot be interpreted as an integer`);
}

/** A bound of a `for ... in range(...)` loop the compiler inlined. */
export function range_stop(x) {
  return typeof x === "number" && Number.isInteger(x) ? x : rangeArg(x);
}

/**
 * The start of a `for ... in range(start, stop)` loop the compiler inlined: its counter is a JS
 * number, exact only below 2**53, so a start within 2**32 steps of it (or past it) is refused
 * with an error rather than losing count (a loop from a smaller start never gets there).
 */
export function range_start(x) {
  const v = range_stop(x);
  if (v > -RANGE_EXACT && v < RANGE_EXACT) return v;
  throw OverflowError("pyjs: a compiled `for` loop over range() cannot start beyond +-(2**53 - 2**32); iterate over iter(range(...)) instead");
}
const RANGE_EXACT = 2 ** 53 - 2 ** 32;

function mkrange(start, stop, step) {
  const r = Object.create(range);
  r.start = start;
  r.stop = stop;
  r.step = step;
  r.$len = rangeLen(start, stop, step);
  return r;
}

export const range = builtinClass("range", [object], function range(a, b, c) {
  const n = arguments.length;
  if (n === 0) throw TypeError("range expected at least 1 argument, got 0");
  if (n > 3) throw TypeError(`range expected at most 3 arguments, got ${n}`);
  if (typeof a === "bigint" || typeof b === "bigint" || typeof c === "bigint") {
    const [x, y, z] = [a, b, c].slice(0, n).map(bigArg);
    if (n === 3 && z === 0n) throw ValueError("range() arg 3 must not be zero");
    return n === 1 ? mkbigrange(0n, x, 1n) : mkbigrange(x, y, n === 3 ? z : 1n);
  }
  if (n === 1) return mkrange(0, rangeArg(a), 1);
  const step = n === 3 ? rangeArg(c) : 1;
  if (step === 0) throw ValueError("range() arg 3 must not be zero");
  return mkrange(rangeArg(a), rangeArg(b), step);
});
range.$final = true;

// Ranges with bounds past 2**53 keep BigInt bounds and length in `$big` (the `start`/`stop`/`step`
// attributes are ints as usual); each method has a BigInt path for them.

/** An int argument as a BigInt. */
function bigArg(x) {
  return typeof x === "bigint" ? x : BigInt(rangeArg(x));
}

function mkbigrange(start, stop, step) {
  const len = step > 0n ? (start < stop ? (stop - start - 1n) / step + 1n : 0n) : start > stop ? (start - stop - 1n) / -step + 1n : 0n;
  const safe = (v) => v >= -MAX_SAFE && v <= MAX_SAFE;
  if (safe(start) && safe(stop) && safe(step) && safe(start + len * step)) return mkrange(Number(start), Number(stop), Number(step));
  const r = Object.create(range);
  r.start = num.normInt(start);
  r.stop = num.normInt(stop);
  r.step = num.normInt(step);
  r.$len = Number(len);
  r.$big = { start, stop, step, len };
  return r;
}
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

function* bigRangeIter(start, step, n) {
  for (let i = 0n, v = start; i < n; i++, v += step) yield num.normInt(v);
}
bigRangeIter.prototype.$pytype = "range_iterator";

/** `[start, step, len]` of any range as BigInts. */
function bigParts(r) {
  const b = r.$big;
  return b !== undefined ? [b.start, b.step, b.len] : [BigInt(r.start), BigInt(r.step), BigInt(r.$len)];
}

function bigContains(r, x) {
  if (!(typeof x === "bigint" || typeof x === "boolean" || (typeof x === "number" && Number.isInteger(x)))) {
    for (const v of bigRangeIter(r.$big.start, r.$big.step, r.$big.len)) if (num.eq(v, x)) return true;
    return false;
  }
  const { start, step, len } = r.$big;
  const off = BigInt(x) - start;
  return off % step === 0n && off / step >= 0n && off / step < len;
}

function bigGetitem(r, k) {
  const { start, step, len } = r.$big;
  if (k instanceof ctr.PySlice) {
    const st = k.step == null ? 1n : bigArg(k.step);
    if (st === 0n) throw ValueError("slice step cannot be zero");
    const lower = st < 0n ? -1n : 0n, upper = st < 0n ? len - 1n : len;
    const clamp = (v, dflt) => {
      if (v == null) return dflt;
      let i = bigArg(v);
      if (i < 0n) i = i + len < lower ? lower : i + len;
      else i = i > upper ? upper : i;
      return i;
    };
    const lo = clamp(k.start, st < 0n ? upper : lower), hi = clamp(k.stop, st < 0n ? lower : upper);
    return mkbigrange(start + lo * step, start + hi * step, step * st);
  }
  let i = BigInt(rangeIndex(k));
  if (i < 0n) i += len;
  if (i < 0n || i >= len) throw IndexError("range object index out of range");
  return num.normInt(start + i * step);
}

/** A range index: an int or an `__index__` object (TypeError names the range otherwise). */
function rangeIndex(k) {
  if (typeof k === "bigint" || typeof k === "boolean" || (typeof k === "number" && Number.isInteger(k))) return k === true ? 1 : k === false ? 0 : k;
  if (k !== null && typeof k === "object" && k.$isclass === true && k.__index__ !== undefined) return rangeIndex(cm(k, "__index__"));
  throw TypeError(`range indices must be integers or slices, not ${typename(k)}`);
}

function rangeContains(r, x) {
  if (r.$big !== undefined) return bigContains(r, x);
  if ((typeof x === "number" && Number.isInteger(x)) || typeof x === "boolean") {
    const off = +x - r.start;
    return off % r.step === 0 && off / r.step >= 0 && off / r.step < r.$len;
  }
  for (const v of rangeIter(r.start, r.step, r.$len)) if (num.eq(v, x)) return true;
  return false;
}

function* rangeIter(start, step, n) {
  for (let i = 0, v = start; i < n; i++, v += step) yield v;
}
rangeIter.prototype.$pytype = "range_iterator";

Object.assign(range, {
  __len__: rm((r) => {
    if (r.$big === undefined) return r.$len;
    if (r.$big.len > 0x7fffffffffffffffn) throw OverflowError("Python int too large to convert to C ssize_t");
    return num.normInt(r.$big.len);
  }),
  __bool__: rm((r) => r.$len !== 0),
  __iter__: rm((r) => (r.$big === undefined ? rangeIter(r.start, r.step, r.$len) : bigRangeIter(r.$big.start, r.$big.step, r.$big.len))),
  __reversed__: rm((r) => {
    if (r.$big === undefined) return rangeIter(r.start + (r.$len - 1) * r.step, -r.step, r.$len);
    const { start, step, len } = r.$big;
    return bigRangeIter(start + (len - 1n) * step, -step, len);
  }),
  __contains__: rm(rangeContains),
  __getitem__: rm((r, k) => {
    if (r.$big !== undefined) return bigGetitem(r, k);
    if (k instanceof ctr.PySlice) {
      if (typeof k.start !== "bigint" && typeof k.stop !== "bigint" && typeof k.step !== "bigint") {
        const [lo, hi, st] = sliceIndices(k, r.$len);
        const a = r.start + lo * r.step, b = r.start + hi * r.step, c = r.step * st;
        if (Number.isSafeInteger(a) && Number.isSafeInteger(b) && Number.isSafeInteger(c)) return mkrange(a, b, c);
      }
      // Bounds or a step past 2**53: exactly, with BigInts.
      return bigGetitem({ $big: { start: BigInt(r.start), step: BigInt(r.step), len: BigInt(r.$len) } }, k);
    }
    let i = rangeIndex(k);
    if (typeof i === "bigint") i = i < 0n ? -Infinity : Infinity; // past 2**53: out of range
    if (i < 0) i += r.$len;
    if (i < 0 || i >= r.$len) throw IndexError("range object index out of range");
    return r.start + i * r.step;
  }),
  __eq__: rm((r, o) => {
    if (o === null || typeof o !== "object" || Object.getPrototypeOf(o) !== range) return NotImplemented;
    if (r.$big !== undefined || o.$big !== undefined) {
      const [s1, st1, n1] = bigParts(r), [s2, st2, n2] = bigParts(o);
      return n1 === n2 && (n1 === 0n || (s1 === s2 && (n1 === 1n || st1 === st2)));
    }
    if (r.$len !== o.$len) return false;
    return r.$len === 0 || (r.start === o.start && (r.$len === 1 || r.step === o.step));
  }),
  __hash__: rm((r) => ctr.hash_value(ctr.mktuple(r.$len, r.$len ? r.start : null, r.$len > 1 ? r.step : null))),
  __repr__: rm((r) => (r.step === 1 ? `range(${r.start}, ${r.stop})` : `range(${r.start}, ${r.stop}, ${r.step})`)),
  index: rm((r, x) => {
    if (r.$big !== undefined && rangeContains(r, x)) return num.normInt((BigInt(x) - r.$big.start) / r.$big.step);
    if (rangeContains(r, x)) return (x - r.start) / r.step;
    throw ValueError(`${repr(x)} is not in range`);
  }),
  count: rm((r, x) => (rangeContains(r, x) ? 1 : 0)),
});
range.__ne__ = object.__ne__;

/** `slice.indices(n)` as JS numbers: [start, stop, step, count]. */
export function sliceIndices(s, n) {
  const step = s.step == null ? 1 : rangeArg(s.step);
  if (step === 0) throw ValueError("slice step cannot be zero");
  const lower = step < 0 ? -1 : 0;
  const upper = step < 0 ? n - 1 : n;
  const clamp = (v, dflt) => {
    if (v == null) return dflt;
    let i = rangeArg(v);
    if (i < 0) i = Math.max(i + n, lower);
    else i = Math.min(i, upper);
    return i;
  };
  const start = clamp(s.start, step < 0 ? upper : lower);
  const stop = clamp(s.stop, step < 0 ? lower : upper);
  return [start, stop, step, rangeLen(start, stop, step)];
}

// ---------------------------------------------------------------------------------------------
// Exceptions

/** Make an exception class deriving from `base`. */
function excClass(name, base, attrs) {
  const C = newClassFunction();
  initClass(C, name, [base], "builtins");
  Object.setPrototypeOf(C, base);
  if (attrs) Object.assign(C, attrs);
  return C;
}

/**
 * The class whose next instance `raise_new` is about to raise: that instance skips the stack
 * capture here, since `raise_new` captures it at the raise (V8 pays about a microsecond per
 * frame for each capture).
 */
let noCapture = null;

/** BaseException's own __new__ and __init__ (the class-call fast path of newClassFunction). */
let excNew = null, excInit = null;

/**
 * Handler records (compiler/src/lower/exceptions.rs): one per `try`/`with` being run, innermost
 * last. `null` for one that may look at, chain or re-raise what passes through it; else the
 * class (or array of classes) that a `try`'s handlers catch and drop unseen. An exception whose
 * first catcher drops it never has its traceback shown, so its stack need not be captured.
 */
const hs = [];
/** How many records `hs` holds (entries past it are leftovers). */
let hsTop = 0;
/**
 * How many `try`/`with` blocks of generators or coroutines that span a suspension (a `yield` or
 * `await` in them) are running or suspended: they push no record (it could go stale), and while
 * any of them is open every exception captures its stack.
 */
let hsSusp = 0;

export function hs_push(rec) {
  const n = hsTop;
  hs[n] = rec;
  hsTop = n + 1;
  return n;
}

export function hs_pop(n) {
  hsTop = n;
}

export function hs_susp(d) {
  hsSusp += d;
}

/** Whether an exception of class `cls` raised now may have its traceback shown. */
function needTb(cls) {
  if (hsSusp !== 0) return true;
  for (let i = hsTop - 1; i >= 0; i--) {
    const r = hs[i];
    if (r === null) return true;
    if (Array.isArray(r)) {
      for (let j = 0; j < r.length; j++) if (excIs(cls, r[j])) return stopLike(cls);
    } else if (excIs(cls, r)) return stopLike(cls);
  }
  return true;
}

function excIs(cls, C) {
  return cls === C || (typeof C === "function" && Array.isArray(cls.$mro) && cls.$mro.includes(C));
}

/** StopIteration & co. may be turned into a RuntimeError with them as cause (PEP 479). */
function stopLike(cls) {
  return excIs(cls, StopIteration) || excIs(cls, StopAsyncIteration) || excIs(cls, GeneratorExit);
}

/** Exception instances capture the JS stack in `$tb` (read by the traceback printer). */
function allocExc(cls) {
  return newExc(cls, ctr.tuple_of([]));
}

/** allocExc with its `args` tuple given (one allocation less). */
function newExc(cls, args) {
  const e = Object.create(cls);
  const tb = {};
  if (noCapture === cls) noCapture = null;
  else if (needTb(cls)) Error.captureStackTrace(tb, cls);
  e.$tb = tb;
  e.$caught = false; // (set by `exc` when caught; here, so that instances keep one shape)
  e.$cause = null;
  e.__context__ = null;
  e.__suppress_context__ = false;
  e.__traceback__ = null;
  e.args = args;
  return e;
}

/** Set the named attributes of an exception from keywords (e.g. `AttributeError(name=...)`). */
function excKeywords(e, kw, names) {
  if (kw === null) return;
  for (const [k, v] of kw) {
    if (!names.includes(k)) throw TypeError(`${classOf(e).__name__}() got an unexpected keyword argument '${k}'`);
    e[mangleAttr(k)] = v;
  }
}

export const BaseException = excClass("BaseException", object, {
  $exc: true,
  $alloc: allocExc,
  __new__: staticNew((cls, ...args) => {
    const e = allocExc(cls);
    e.args = ctr.tuple_of(kwsplit(args)[0]);
    return e;
  }),
  __init__: rm((self, ...args) => {
    const [pos, kw] = kwsplit(args);
    noKeywords(kw, classOf(self).__name__);
    self.args = ctr.tuple_of(pos);
    return null;
  }),
  __str__: rm((self) => {
    const a = self.args;
    return a.length === 0 ? "" : a.length === 1 ? to_str(a[0]) : to_str(a);
  }),
  __repr__: rm((self) => `${classOf(self).__name__}(${Array.from(self.args, repr).join(", ")})`),
  with_traceback: rm((self, tb) => {
    if (tb !== null && tb?.$typename !== "traceback") throw TypeError("__traceback__ must be a traceback or None");
    self.__traceback__ = tb;
    return self;
  }),
  add_note: rm((self, note) => {
    if (typeof note !== "string") throw TypeError(`note must be a str, not '${typename(note)}'`);
    if (!hasOwn(self, "__notes__")) self.__notes__ = [];
    self.__notes__.push(note);
    return null;
  }),
});
excNew = BaseException.__new__;
excInit = BaseException.__init__;

// Setting `__cause__` (by `raise ... from` or by hand) also sets `__suppress_context__`.
Object.defineProperty(BaseException, "__cause__", {
  get() {
    return this === BaseException || this.$cause === undefined ? null : this.$cause;
  },
  set(v) {
    this.$cause = v;
    this.__suppress_context__ = true;
  },
  configurable: true,
});

export const SystemExit = excClass("SystemExit", BaseException, {
  __init__: rm((self, ...args) => {
    BaseException.__init__.call(self, ...args);
    const a = self.args;
    self.code = a.length === 0 ? null : a.length === 1 ? a[0] : a;
    return null;
  }),
});
export const KeyboardInterrupt = excClass("KeyboardInterrupt", BaseException);
export const GeneratorExit = excClass("GeneratorExit", BaseException);
export const Exception = excClass("Exception", BaseException);
export const StopIteration = excClass("StopIteration", Exception, {
  __init__: rm((self, ...args) => {
    BaseException.__init__.call(self, ...args);
    self.value = self.args.length > 0 ? self.args[0] : null;
    return null;
  }),
});
export const StopAsyncIteration = excClass("StopAsyncIteration", Exception);
export const ArithmeticError = excClass("ArithmeticError", Exception);
export const FloatingPointError = excClass("FloatingPointError", ArithmeticError);
export const OverflowError = excClass("OverflowError", ArithmeticError);
export const ZeroDivisionError = excClass("ZeroDivisionError", ArithmeticError);
export const AssertionError = excClass("AssertionError", Exception);
export const AttributeError = excClass("AttributeError", Exception, {
  __init__: rm((self, ...args) => {
    const [pos, kw] = kwsplit(args);
    self.args = ctr.tuple_of(pos);
    self.name$ = null;
    self.obj = null;
    excKeywords(self, kw, ["name", "obj"]);
    return null;
  }),
});
export const BufferError = excClass("BufferError", Exception);
export const EOFError = excClass("EOFError", Exception);
export const ImportError = excClass("ImportError", Exception, {
  __init__: rm((self, ...args) => {
    const [pos, kw] = kwsplit(args);
    self.args = ctr.tuple_of(pos);
    self.msg = pos.length > 0 ? pos[0] : null;
    self.name$ = null;
    self.path = null;
    excKeywords(self, kw, ["name", "path"]);
    return null;
  }),
});
export const ModuleNotFoundError = excClass("ModuleNotFoundError", ImportError);
export const LookupError = excClass("LookupError", Exception);
export const IndexError = excClass("IndexError", LookupError);
export const KeyError = excClass("KeyError", LookupError, {
  __str__: rm((self) => (self.args.length === 1 ? repr(self.args[0]) : BaseException.__str__.call(self))),
});
export const MemoryError = excClass("MemoryError", Exception);
export const NameError = excClass("NameError", Exception, {
  __init__: rm((self, ...args) => {
    const [pos, kw] = kwsplit(args);
    self.args = ctr.tuple_of(pos);
    self.name$ = null;
    excKeywords(self, kw, ["name"]);
    return null;
  }),
});
export const UnboundLocalError = excClass("UnboundLocalError", NameError);

/** errno values whose OSError is a subclass (CPython maps them in `OSError.__new__`). */
const ERRNO_CLASSES = {};
export const OSError = excClass("OSError", Exception, {
  __new__: staticNew((cls, ...args) => {
    const [pos] = kwsplit(args);
    if (cls === OSError && pos.length >= 2 && typeof pos[0] === "number" && ERRNO_CLASSES[pos[0]]) cls = ERRNO_CLASSES[pos[0]];
    const e = allocExc(cls);
    e.args = ctr.tuple_of(pos);
    return e;
  }),
  __init__: rm((self, ...args) => {
    const [pos] = kwsplit(args);
    self.errno = self.strerror = self.filename = self.filename2 = null;
    if (pos.length >= 2 && pos.length <= 5) {
      [self.errno, self.strerror] = pos;
      if (pos.length >= 3) self.filename = pos[2];
      if (pos.length >= 5) self.filename2 = pos[4];
      self.args = ctr.tuple_of(pos.slice(0, 2));
    } else {
      self.args = ctr.tuple_of(pos);
    }
    return null;
  }),
  __str__: rm((self) => {
    if (self.filename !== null) {
      const f2 = self.filename2 !== null ? ` -> ${repr(self.filename2)}` : "";
      return `[Errno ${to_str(self.errno)}] ${to_str(self.strerror)}: ${repr(self.filename)}${f2}`;
    }
    if (self.errno !== null && self.strerror !== null) return `[Errno ${to_str(self.errno)}] ${to_str(self.strerror)}`;
    return BaseException.__str__.call(self);
  }),
});
export const IOError = OSError;
export const EnvironmentError = OSError;
function osClass(name, errnos, base = OSError) {
  const C = excClass(name, base);
  for (const n of errnos) ERRNO_CLASSES[n] = C;
  return C;
}
export const BlockingIOError = osClass("BlockingIOError", [11, 114, 115]);
export const ChildProcessError = osClass("ChildProcessError", [10]);
export const ConnectionError = osClass("ConnectionError", []);
export const BrokenPipeError = osClass("BrokenPipeError", [32, 108], ConnectionError);
export const ConnectionAbortedError = osClass("ConnectionAbortedError", [103], ConnectionError);
export const ConnectionRefusedError = osClass("ConnectionRefusedError", [111], ConnectionError);
export const ConnectionResetError = osClass("ConnectionResetError", [104], ConnectionError);
export const FileExistsError = osClass("FileExistsError", [17]);
export const FileNotFoundError = osClass("FileNotFoundError", [2]);
export const InterruptedError = osClass("InterruptedError", [4]);
export const IsADirectoryError = osClass("IsADirectoryError", [21]);
export const NotADirectoryError = osClass("NotADirectoryError", [20]);
export const PermissionError = osClass("PermissionError", [1, 13]);
export const ProcessLookupError = osClass("ProcessLookupError", [3]);
export const TimeoutError = osClass("TimeoutError", [110]);
export const ReferenceError = excClass("ReferenceError", Exception);
export const RuntimeError = excClass("RuntimeError", Exception);
export const NotImplementedError = excClass("NotImplementedError", RuntimeError);
export const RecursionError = excClass("RecursionError", RuntimeError);
export const SyntaxError = excClass("SyntaxError", Exception, {
  __init__: rm((self, ...args) => {
    const [pos] = kwsplit(args);
    self.args = ctr.tuple_of(pos);
    self.msg = pos.length > 0 ? pos[0] : null;
    const d = pos.length > 1 ? arr(pos[1]) : [];
    [self.filename = null, self.lineno = null, self.offset = null, self.text = null] = d;
    return null;
  }),
  __str__: rm((self) => (self.msg === null ? "" : to_str(self.msg))),
});
export const IndentationError = excClass("IndentationError", SyntaxError);
export const TabError = excClass("TabError", IndentationError);
export const SystemError = excClass("SystemError", Exception);
export const TypeError = excClass("TypeError", Exception);
export const ValueError = excClass("ValueError", Exception);
export const UnicodeError = excClass("UnicodeError", ValueError);
/** `UnicodeDecodeError(encoding, object, start, end, reason)` and the encode variant. */
function unicodeErrorAttrs(decoding) {
  return {
    __init__: rm((self, ...args) => {
      BaseException.__init__.call(self, ...args);
      const a = self.args;
      if (a.length === 5) [self.encoding, self.object, self.start, self.end, self.reason] = a;
      return null;
    }),
    __str__: rm((self) => {
      if (self.args.length !== 5) return BaseException.__str__.call(self);
      const { encoding, object: o, start, end, reason } = self;
      if (end !== start + 1) return `'${encoding}' codec can't ${decoding ? "decode bytes" : "encode characters"} in position ${start}-${end - 1}: ${reason}`;
      if (decoding) return `'${encoding}' codec can't decode byte 0x${num.hex(getitemOf(o, start)).slice(2).padStart(2, "0")} in position ${start}: ${reason}`;
      const cp = Array.from(o)[start].codePointAt(0);
      const esc = cp < 0x100 ? "\\x" + cp.toString(16).padStart(2, "0") : cp < 0x10000 ? "\\u" + cp.toString(16).padStart(4, "0") : "\\U" + cp.toString(16).padStart(8, "0");
      return `'${encoding}' codec can't encode character '${esc}' in position ${start}: ${reason}`;
    }),
  };
}
const getitemOf = (o, i) => ctr.getitem(o, i);
export const UnicodeDecodeError = excClass("UnicodeDecodeError", UnicodeError, unicodeErrorAttrs(true));
export const UnicodeEncodeError = excClass("UnicodeEncodeError", UnicodeError, unicodeErrorAttrs(false));
export const UnicodeTranslateError = excClass("UnicodeTranslateError", UnicodeError);
export const Warning = excClass("Warning", Exception);
export const DeprecationWarning = excClass("DeprecationWarning", Warning);
export const PendingDeprecationWarning = excClass("PendingDeprecationWarning", Warning);
export const RuntimeWarning = excClass("RuntimeWarning", Warning);
export const SyntaxWarning = excClass("SyntaxWarning", Warning);
export const UserWarning = excClass("UserWarning", Warning);
export const FutureWarning = excClass("FutureWarning", Warning);
export const ImportWarning = excClass("ImportWarning", Warning);
export const UnicodeWarning = excClass("UnicodeWarning", Warning);
export const BytesWarning = excClass("BytesWarning", Warning);
export const ResourceWarning = excClass("ResourceWarning", Warning);
export const EncodingWarning = excClass("EncodingWarning", Warning);

/** `BaseExceptionGroup(message, exceptions)`; ExceptionGroup when all are Exceptions. */
export const BaseExceptionGroup = excClass("BaseExceptionGroup", BaseException, {
  __new__: staticNew((cls, ...args) => {
    const [pos, kw] = kwsplit(args);
    noKeywords(kw, cls.__name__);
    if (pos.length !== 2) throw TypeError(`BaseExceptionGroup.__new__() takes exactly 2 arguments (${pos.length} given)`);
    const [message, excs] = pos;
    if (typeof message !== "string") throw TypeError(`BaseExceptionGroup.__new__() argument 1 must be str, not ${typename(message)}`);
    if (excs === null || typeof excs !== "object" || excs instanceof ctr.PySet || excs instanceof ctr.Dict) {
      throw TypeError("second argument (exceptions) must be a sequence");
    }
    const items = arr(excs);
    if (items.length === 0) throw ValueError("second argument (exceptions) must be a non-empty sequence");
    items.forEach((x, i) => {
      if (!isExc(x)) throw ValueError(`Item ${i} of second argument (exceptions) is not an exception`);
    });
    const allExc = items.every((x) => isinstance(x, Exception));
    if (cls === BaseExceptionGroup) {
      if (allExc) cls = ExceptionGroup;
    } else if (cls.$mro.includes(Exception) && !allExc) {
      throw TypeError("Cannot nest BaseExceptions in an ExceptionGroup");
    }
    const e = allocExc(cls);
    e.args = ctr.tuple_of(pos);
    e.message = message;
    e.exceptions = ctr.tuple_of(items);
    e.$group = true; // what rt/core.mjs's traceback printer tests (no reference to this class)
    return e;
  }),
  __init__: rm((self, ...args) => {
    self.args = ctr.tuple_of(kwsplit(args)[0]);
    return null;
  }),
  __str__: rm((self) => {
    const n = self.exceptions.length;
    return `${to_str(self.message)} (${n} sub-exception${n === 1 ? "" : "s"})`;
  }),
  derive: rm((self, excs) => BaseExceptionGroup(self.message, excs)),
  split: rm((self, cond) => ctr.tuple_of(egSplit(self, egMatcher(cond)))),
  subgroup: rm((self, cond) => egSplit(self, egMatcher(cond))[0]),
});
export const ExceptionGroup = (() => {
  const C = newClassFunction();
  initClass(C, "ExceptionGroup", [BaseExceptionGroup, Exception], "builtins");
  Object.setPrototypeOf(C, BaseExceptionGroup);
  return C;
})();

/** The test `split`/`subgroup`/`except*` apply to each exception. */
function egMatcher(cond) {
  if (Array.isArray(cond)) {
    for (const c of cond) checkCatchable(c);
    return (x) => cond.some((c) => isinstance(x, c));
  }
  if (isclass(cond)) {
    checkCatchable(cond);
    return (x) => isinstance(x, cond);
  }
  if (typeof cond === "function") return (x) => truthy(cond(x));
  throw TypeError("expected an exception type, a tuple of exception types, or a callable (other than a class)");
}

/** [match, rest] of an exception group, keeping its nesting; null for an empty part. */
function egSplit(eg, pred) {
  if (pred(eg)) return [eg, null];
  const m = [];
  const r = [];
  for (const x of eg.exceptions) {
    if (isinstance(x, BaseExceptionGroup)) {
      const [a, b] = egSplit(x, pred);
      if (a !== null) m.push(a);
      if (b !== null) r.push(b);
    } else if (pred(x)) m.push(x);
    else r.push(x);
  }
  const derive = (list) => {
    if (list.length === 0) return null;
    const g = cm(eg, "derive", list);
    g.$cause = eg.$cause;
    g.__context__ = eg.__context__;
    g.__suppress_context__ = eg.__suppress_context__;
    g.__traceback__ = eg.__traceback__;
    g.$tb = eg.$tb;
    if (hasOwn(eg, "__notes__")) g.__notes__ = eg.__notes__;
    return g;
  };
  return [derive(m), derive(r)];
}

function egLeaves(e, out) {
  if (isinstance(e, BaseExceptionGroup)) for (const x of e.exceptions) egLeaves(x, out);
  else out.add(e);
  return out;
}

/** State of a `try`/`except*`: the caught exception, what is left unmatched, what handlers raised. */
export function eg_start(e) {
  const naked = !isinstance(e, BaseExceptionGroup);
  // CPython wraps a naked exception in a group made from a tuple: ExceptionGroup('', (e,)).
  const rest = naked ? BaseExceptionGroup("", ctr.mktuple(e)) : e;
  if (naked) rest.$tb = e.$tb;
  return { orig: e, naked, rest, raised: [], reraised: [] };
}

/** The part of what is left that `except* cls` handles (null: the handler does not run). */
export function eg_match(g, cls) {
  if (isclass(cls) && cls.$mro.includes(BaseExceptionGroup)) {
    throw TypeError("catching ExceptionGroup with except* is not allowed. Use except instead.");
  }
  if (g.rest === null) return null;
  if (g.naked) {
    // A naked exception matches whole: the handler gets the wrapping group itself.
    if (!egMatcher(cls)(g.orig)) return null;
    const m = g.rest;
    g.rest = null;
    return m;
  }
  const [m, r] = egSplit(g.rest, egMatcher(cls));
  g.rest = r;
  return m;
}

/** An exception escaping an `except*` handler whose group was `m`. */
export function eg_raised(g, x, m) {
  if (x === m) g.reraised.push(m);
  else g.raised.push(x);
}

/** End of the handlers: raise what is unhandled, re-raised and newly raised, as CPython does. */
export function eg_end(g) {
  const keep = new Set();
  if (g.rest !== null) egLeaves(g.rest, keep);
  for (const m of g.reraised) egLeaves(m, keep);
  let kept = null;
  if (keep.size > 0) {
    if (g.naked) kept = g.orig;
    else if (keep.size === egLeaves(g.orig, new Set()).size) kept = g.orig;
    else kept = egSplit(g.orig, (x) => keep.has(x))[0];
  }
  if (g.raised.length === 0) {
    if (kept !== null) throw kept;
    return;
  }
  const all = kept === null ? g.raised : [...g.raised, kept];
  // One exception in all is raised as it is (CPython's _PyExc_PrepReraiseStar).
  if (all.length === 1) throw all[0];
  throw BaseExceptionGroup("", all);
}

// Deep Python tracebacks need more than V8's default 10 frames.
Error.stackTraceLimit = Infinity;

/** Whether `e` is a Python exception instance. */
function isExc(e) {
  return e !== null && typeof e === "object" && e.$exc === true;
}

/** `sys.exc_info()` where `e` is the exception being handled (null outside handlers). */
export function exc_info(e) {
  // Outside any lexical `except` block (a helper called from one): the last exception caught.
  if (arguments.length === 0) e = lastCaught;
  return e == null ? ctr.mktuple(null, null, null) : ctr.mktuple(classOf(e), e, e.__traceback__ ?? null);
}

/** The exception `raise x from cause` throws; `context` is the exception being handled. */
export function raise_(x, cause, context) {
  if (isclass(x)) x = x();
  if (!isExc(x)) throw TypeError("exceptions must derive from BaseException");
  if (cause !== undefined) {
    if (isclass(cause)) cause = cause();
    if (cause !== null && !isExc(cause)) throw TypeError("exception causes must derive from BaseException");
    x.__cause__ = cause;
    x.__suppress_context__ = true;
  }
  if (context !== undefined && context !== x) x.__context__ = context;
  // The traceback starts where the exception is first raised, not where it was made (an
  // exception that was caught already keeps the frames it came through).
  if (x.$caught !== true) {
    if (needTb(classOf(x))) Error.captureStackTrace(x.$tb, raise_);
    else x.$tb = {};
  } else if (needTb(classOf(x))) {
    // `raise e` of a caught exception: CPython's traceback gains the frames of this raise
    // (the traceback printer, _tb.mjs `framesOf`, puts them in front of the old ones).
    const again = {};
    Error.captureStackTrace(again, raise_);
    (x.$retb ??= []).push(again);
  }
  return x;
}

/**
 * `raise C(*args)` with C a name (compiler/src/lower/exceptions.rs): `raise_(C(...args))` with
 * a single stack capture, at the raise, when C makes its instance through `allocExc`.
 */
export function raise_new(C, args, cause, context) {
  if (typeof C !== "function" || C.$exc !== true || C.$meta !== undefined) return raise_(C(...args), cause, context);
  noCapture = C;
  let x;
  try {
    x = C(...args);
  } finally {
    noCapture = null;
  }
  if (!isExc(x)) throw TypeError("exceptions must derive from BaseException");
  if (cause !== undefined) {
    if (isclass(cause)) cause = cause();
    if (cause !== null && !isExc(cause)) throw TypeError("exception causes must derive from BaseException");
    x.__cause__ = cause;
    x.__suppress_context__ = true;
  }
  if (context !== undefined && context !== x) x.__context__ = context;
  if (x.$caught !== true) {
    if (x.$tb === undefined || x.$tb === null) x.$tb = {};
    if (needTb(classOf(x))) Error.captureStackTrace(x.$tb, raise_new);
  }
  return x;
}

/**
 * An exception escaping an `except` handler: its `__context__` becomes the exception being
 * handled (CPython's implicit chaining), unless it already has one.
 */
export function exc_ctx(e, context) {
  const x = exc(e);
  if (x !== context && x.__context__ === null) {
    let c = context;
    while (c !== null && c !== undefined && c !== x) c = c.__context__;
    if (c !== x) x.__context__ = context;
  }
  return x;
}

/** PEP 479: what a generator body throws instead of a StopIteration escaping it. */
export function gen_stop(e, isAsync) {
  if (isExc(e)) {
    let msg = null;
    if (isinstance(e, StopIteration)) msg = isAsync ? "async generator raised StopIteration" : "generator raised StopIteration";
    else if (isAsync && isinstance(e, StopAsyncIteration)) msg = "async generator raised StopAsyncIteration";
    if (msg !== null) {
      const r = RuntimeError(msg);
      r.__cause__ = e;
      r.__context__ = e;
      return r;
    }
  }
  return e;
}

/** What `e.__traceback__` is once an exception has been raised and caught. */
const TRACEBACK = Object.freeze({ $typename: "traceback" });

/** Any caught JS value as a Python exception. */
/** The exception the last `except` clause caught (`sys.exc_info()`, `traceback.format_exc()`). */
let lastCaught = null;
/** The exception `sys.exc_info()` reports, saved when a handler starts (`caught_set` restores it
 * when the handler finishes, in modules that read `exc_info`). */
export function caught_get() {
  return lastCaught;
}
export function caught_set(e) {
  lastCaught = e;
}
export function last_caught() {
  return lastCaught;
}

export function exc(e) {
  if (isExc(e)) {
    lastCaught = e;
    e.$caught = true;
    if (e.__traceback__ === null) e.__traceback__ = TRACEBACK;
    return e;
  }
  if (e !== null && typeof e === "object" && e.$py !== undefined) return (lastCaught = e.$py);
  const py = convertJsError(e);
  lastCaught = py;
  py.__traceback__ = TRACEBACK;
  if (e instanceof Error) {
    py.$tb = e;
    e.$py = py;
  }
  return py;
}

let recursionLimit = 1000;
/** `sys.getrecursionlimit()`: no limit is enforced (a RecursionError comes from JS stack
 * overflow), but the traceback printer shows only this many frames of one (`_tb.mjs`). */
export function recursion_limit() {
  return recursionLimit;
}
export function set_recursion_limit(n) {
  recursionLimit = n;
}

function convertJsError(e) {
  if (!(e instanceof Error)) return RuntimeError(String(e));
  if (e.name === "UnicodeEncodeError" && e.$pyArgs !== undefined) return UnicodeEncodeError(...e.$pyArgs);
  const msg = e.message;
  let m;
  if (e instanceof RangeError) {
    if (msg.includes("call stack")) return RecursionError("maximum recursion depth exceeded" + (e.$where ?? ""));
    if (/Invalid (array|string) length|Array buffer allocation/.test(msg)) return MemoryError();
    if (msg.includes("BigInt")) return OverflowError("int too large");
    return ValueError(msg);
  }
  if (e instanceof globalThis.TypeError) {
    if ((m = /^Cannot (?:read|set) properties of (null|undefined) \(\w+ '(.*)'\)/.exec(msg))) {
      return AttributeError(`'NoneType' object has no attribute '${m[2].replace(/\$+$/, "")}'`);
    }
    if ((m = /^(?:\S*\.)?([\w$]+) is not a function/.exec(msg)) && msg.includes(".")) {
      return AttributeError(`object has no attribute '${m[1].replace(/\$+$/, "")}'`);
    }
    if (/is not a function|is not a constructor/.test(msg)) return TypeError("object is not callable");
    if (/is not iterable/.test(msg)) return TypeError("object is not iterable");
    if (msg === "Generator is already running") return ValueError("generator already executing");
    if (/Cannot mix BigInt/.test(msg)) return TypeError("unsupported operand types");
    return TypeError(msg);
  }
  if (e instanceof globalThis.ReferenceError) {
    if ((m = /^Cannot access '([\w$]+)' before initialization/.exec(msg))) {
      const n = m[1].replace(/\$+$/, "");
      return UnboundLocalError(`cannot access local variable '${n}' where it is not associated with a value`);
    }
    if ((m = /^([\w$]+) is not defined/.exec(msg))) return NameError(`name '${m[1].replace(/\$+$/, "")}' is not defined`);
  }
  return SystemError(`${e.name}: ${msg}`);
}

/** `except cls:` where cls is a class or a tuple of classes. */
export function matches(e, cls) {
  const t = classOf(e);
  if (Array.isArray(cls)) {
    // Checked in full first: CPython rejects a bad tuple even when an earlier class matches.
    for (const c of cls) checkCatchable(c);
    return cls.some((c) => t === c || t.$mro.includes(c));
  }
  checkCatchable(cls);
  return t === cls || t.$mro.includes(cls);
}

function checkCatchable(cls) {
  if (!isclass(cls) || cls.$exc !== true) {
    throw TypeError("catching classes that do not inherit from BaseException is not allowed");
  }
}

// ---------------------------------------------------------------------------------------------
// dir

/** Sorted attribute names of `o`. */
const TYPE_SLOTS = new Set(["__name__", "__qualname__", "__mro__", "__bases__", "__base__"]);

function dirList(o) {
  if (isModule(o)) {
    const names = Object.keys(o).filter((k) => o[k] !== undefined && pyName(k) !== null).map(pyName);
    if (o.$pyjs_extra !== undefined) names.push(...Object.keys(o.$pyjs_extra));
    return names.sort();
  }
  const names = new Set();
  if (o !== null && (typeof o === "object" || typeof o === "function") && o.$isclass !== undefined || typeof o === "function") {
    const cls = isclass(o);
    for (const n of ownPyNames(o)) if (!cls || !TYPE_SLOTS.has(n)) names.add(n);
  }
  const mro = isclass(o) ? o.$mro : classOf(o).$mro;
  for (const K of mro) {
    // Attributes of the type object itself (`__name__`, `__mro__`, ...) are not in dir().
    for (const n of ownPyNames(K)) if (!TYPE_SLOTS.has(n)) names.add(n);
    if (K.$methods !== undefined) for (const n of Object.keys(K.$methods)) names.add(n);
  }
  if (!isclass(o)) for (const n of ["__class__", "__dict__"]) names.add(n);
  // object's methods the runtime does not define, and the `__dict__`/`__weakref__` slots of
  // user classes without `__slots__`.
  for (const n of ["__getstate__", "__reduce__", "__subclasshook__"]) names.add(n);
  const C = isclass(o) ? o : classOf(o);
  if (C.$slotnames !== undefined) {
    for (const n of C.$slotnames) names.add(n);
    if (C.$slotsOnly === true) names.delete("__dict__");
  } else if (C.$native !== true && C.__module__ !== "builtins" && mro.length > 1) {
    names.add("__dict__");
    names.add("__weakref__");
  }
  return [...names].sort();
}

/** `dir(x)` (x required). */
export function dir_(o) {
  ensureBuiltins();
  const d = o !== null && typeof o === "object" && o.$plain === true && o.__dir__ !== object.__dir__;
  const r = d ? arr(cm(o, "__dir__")) : dirList(o);
  return r.sort();
}

/** `vars(x)`. */
export function vars_(o) {
  if (o !== null && (typeof o === "object" || typeof o === "function") && (o.$isclass !== undefined || isModule(o)) &&
      !(o.$slotsOnly === true && !isclass(o))) {
    if (isModule(o)) {
      const flat = [];
      for (const k of Object.keys(o)) flat.push(k, o[k]);
      return ctr.mkdict(flat);
    }
    return attrDict(o);
  }
  throw TypeError("vars() argument must have __dict__ attribute");
}

// ---------------------------------------------------------------------------------------------
// Generic aliases and unions: `list[int]`, `int | None`, and the forms typing.mjs builds on them

/** typing's `_type_repr`: how a class, form or value prints inside `list[...]` or `X | Y`. */
export function typeRepr(t) {
  if (t === Ellipsis) return "...";
  if (typeof t === "function" && t.$isclass === true) {
    const m = ga(t, "__module__"), q = ga(t, "__qualname__");
    return m === "builtins" ? q : `${m}.${q}`;
  }
  if (typeof t === "function" && t.$sig !== undefined) return t.$sig.name;
  return repr(t);
}

function aliasArgs(k) {
  return k instanceof ctr.Tuple ? k : ctr.mktuple(k);
}

/**
 * `types.GenericAlias`: `origin[args]`, callable like its origin. Instances are JS functions (as
 * for classes with `__call__`). `opts.name` replaces the origin's name in the repr
 * (`typing.List`), `opts.argRepr` how each argument prints, `opts.entry` what a class statement
 * takes as the base (`__mro_entries__`), `opts.check` the message when used with isinstance.
 */
export function generic_alias(origin, k, opts = {}) {
  const self = (...xs) => origin(...xs);
  Object.setPrototypeOf(self, GenericAlias);
  self.$isclass = false;
  self.__origin__ = origin;
  self.__args__ = aliasArgs(k);
  self.__parameters__ = typeParams(self.__args__);
  self.$opts = opts;
  self.$mroEntry = opts.entry ?? origin;
  // Attributes other than dunders come from the origin (`Stack[int].__name__` is 'Stack').
  const name = opts.short ?? (typeof origin === "function" ? origin.__name__ : undefined);
  if (typeof name === "string") self.__name__ = self.__qualname__ = name;
  return self;
}

/** The type variables among alias arguments (nested aliases' too), in order, once each. */
function typeParams(args) {
  const out = [];
  for (const a of args) {
    if (a !== null && typeof a === "object" && classOf(a).__name__ === "TypeVar" && classOf(a).__module__ === "typing") {
      if (!out.includes(a)) out.push(a);
    } else if (typeof a === "function" && a.__parameters__ instanceof ctr.Tuple && Object.getPrototypeOf(a) === GenericAlias) {
      for (const t of a.__parameters__) if (!out.includes(t)) out.push(t);
    }
  }
  return ctr.tuple_of(out);
}

export const GenericAlias = builtinClass("GenericAlias", [object], function GenericAlias(origin, args) {
  return generic_alias(origin, args);
});
GenericAlias.__module__ = "types";
GenericAlias.__repr__ = rm((a) => {
  const o = a.$opts;
  const show = o.argRepr ?? typeRepr;
  const shown = o.args ?? a.__args__;
  const args = shown.length === 0 ? "()" : shown.map((x) => (Array.isArray(x) && !(x instanceof ctr.Tuple) ? `[${x.map(show).join(", ")}]` : show(x))).join(", ");
  return `${o.name ?? typeRepr(a.__origin__)}[${args}]`;
});
GenericAlias.__eq__ = rm((a, b) => {
  // typing's aliases (`typing.List[int]`) never equal types.GenericAlias (`list[int]`); an alias
  // may bring its own comparison (`$eq`: typing.Literal's).
  if (protoOf(b) !== GenericAlias || a.__origin__ !== b.__origin__ || !a.$opts.name !== !b.$opts.name) return false;
  if (a.$eq) return a.$eq(b);
  // typing.Union compares as a set.
  return a.$unionArgs !== undefined ? sameMembers(a.__args__, b.__args__) : num.eq(a.__args__, b.__args__);
});
GenericAlias.__hash__ = rm((a) =>
  a.$unionArgs !== undefined || a.$literal === true ? a.__args__.reduce((h, t) => h ^ hash(t), 0) : hash(a.__origin__) ^ hash(a.__args__));

function protoOf(x) {
  return x !== null && (typeof x === "object" || typeof x === "function") ? Object.getPrototypeOf(x) : null;
}

function sameMembers(a, b) {
  return a.length === b.length && a.every((t) => b.some((w) => num.eq(t, w)));
}
GenericAlias.__or__ = rm((a, b) => typeUnion(a, b));
GenericAlias.__ror__ = rm((a, b) => typeUnion(b, a));
GenericAlias.__getattr__ = rm((a, name) => {
  if (name.startsWith("__") && name.endsWith("__") && name !== "__name__" && name !== "__qualname__") throw noAttr(a, name);
  return ga(a.__origin__, name);
});
GenericAlias.$instancecheck = (a) => {
  throw TypeError(a.$opts.check ?? "isinstance() argument 2 cannot be a parameterized generic");
};

function isTypeForm(x) {
  return (typeof x === "function" && (x.$isclass === true || x.$typeform === true)) ||
    protoOf(x) === GenericAlias || protoOf(x) === UnionType;
}

/** `a | b` where either is a class or a union (`int | None`): a `types.UnionType`, or NotImplemented. */
export function typeUnion(a, b) {
  if (!((a == null || isTypeForm(a)) && (b == null || isTypeForm(b)) && (isTypeForm(a) || isTypeForm(b)))) {
    return NotImplemented;
  }
  const args = [];
  for (const x of [a, b]) {
    for (const t of protoOf(x) === UnionType ? x.__args__ : [x == null ? NoneType : x]) {
      if (!args.some((y) => y === t || num.eq(y, t))) args.push(t);
    }
  }
  if (args.length === 1) return args[0];
  const u = Object.create(UnionType);
  u.__args__ = ctr.tuple_of(args);
  return u;
}

export const UnionType = builtinClass("UnionType", [object], function UnionType() {
  throw TypeError("cannot create 'types.UnionType' instances");
});
UnionType.__module__ = "types";
UnionType.__repr__ = rm((u) => u.__args__.map((t) => (t === NoneType ? "None" : typeRepr(t))).join(" | "));
UnionType.__eq__ = rm((u, v) => protoOf(v) === UnionType && sameMembers(u.__args__, v.__args__));
UnionType.__hash__ = rm((u) => u.__args__.reduce((h, t) => h ^ hash(t), 0));
UnionType.__or__ = rm((a, b) => typeUnion(a, b));
UnionType.__ror__ = rm((a, b) => typeUnion(b, a));
UnionType.$instancecheck = (u, x) => u.__args__.some((t) => isinstance(x, t));

// The builtin classes that `cls[...]` parameterizes.
for (const C of [list, dict, tuple, set, frozenset, type]) C.$generic = true;
