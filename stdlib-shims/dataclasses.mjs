// Python's `dataclasses` module (CPython 3.11): dataclass, field, Field, fields, asdict,
// astuple, replace, is_dataclass, make_dataclass, FrozenInstanceError, InitVar, KW_ONLY, MISSING.
//
// Fields come from the class's own `__annotations__` (a Dict of annotation source text, see
// CONTRACT.md / `annotate`), in order, after the fields inherited from dataclass bases.
// Annotations that read `ClassVar[...]` are class variables, `InitVar[...]` init-only
// variables, `KW_ONLY` the keyword-only marker. The generated methods carry `$sig`s so that
// calls with keywords and CPython's argument errors (`P.__init__() missing 1 required
// positional argument: 'y'`) come from the runtime's argument placement.

import {
  mkclass, repr, str, iter, arr, eq, lt, le, gt, ge, hash, ga, sa, cm, callkw, splitkw, kwtake, kwnone,
  isinstance, typename, tuple_of, mktuple, Tuple, Dict, PySet, KwArgs, dict, tuple, list, set, frozenset,
  int, float, bool, object, type, mangleAttr, truthy, NotImplemented, AttributeError, TypeError, ValueError,
} from "./builtins.mjs";
import { super as superClass, init_slots } from "./builtins.mjs";
import { withSig } from "./_shim.mjs";
import { deepcopy } from "./copy.mjs";

export const __name__ = "dataclasses";

// ================================================================== sentinels and Field

const MissingType = mkclass("_MISSING_TYPE", [], (C) => {
  C.__module__ = "dataclasses";
});
export const MISSING = Object.create(MissingType);

const HasDefaultFactory = mkclass("_HAS_DEFAULT_FACTORY_CLASS", [], (C) => {
  C.__module__ = "dataclasses";
  C.__repr__ = rt(function () {
    return "<factory>";
  });
});
const HAS_DEFAULT_FACTORY = Object.create(HasDefaultFactory);

const FieldType = mkclass("_FIELD_BASE", [], (C) => {
  C.__module__ = "dataclasses";
  C.__repr__ = rt(function () {
    return this.name$;
  });
});
function fieldType(name) {
  const o = Object.create(FieldType);
  o.name$ = name;
  return o;
}
const FIELD = fieldType("_FIELD");
const FIELD_CLASSVAR = fieldType("_FIELD_CLASSVAR");
const FIELD_INITVAR = fieldType("_FIELD_INITVAR");

/** KW_ONLY: the annotation type of the marker field `_: KW_ONLY`. */
export const KW_ONLY = mkclass("KW_ONLY", [], (C) => {
  C.__module__ = "dataclasses";
});

/** InitVar[T]. */
export const InitVar = mkclass("InitVar", [], (C) => {
  C.__module__ = "dataclasses";
  C.__init__ = rt(function (t) {
    this.type = t;
    return null;
  });
  C.__repr__ = rt(function () {
    const t = this.type;
    return `dataclasses.InitVar[${typeof t === "function" && t.$isclass ? t.__name__ : repr(t)}]`;
  });
  C.__class_getitem__ = function (t) {
    return InitVar(t);
  };
});

/** FrozenInstanceError: assigning to a field of a frozen dataclass. */
export const FrozenInstanceError = mkclass("FrozenInstanceError", [AttributeError], (C) => {
  C.__module__ = "dataclasses";
});

function rt(f) {
  f.$rt = true;
  return f;
}

const FIELD_ATTRS = ["name", "type", "default", "default_factory", "init", "repr", "hash", "compare", "metadata", "kw_only", "_field_type"];

export const Field = mkclass("Field", [], (C) => {
  C.__module__ = "dataclasses";
  C.__repr__ = rt(function () {
    return "Field(" + FIELD_ATTRS.map((a) => {
      const v = this[mangleAttr(a)];
      return `${a}=${a === "_field_type" ? (v === null ? "None" : v.name$) : a === "type" ? typeRepr(v) : repr(v)}`;
    }).join(",") + ")";
  });
  C.__set_name__ = rt(function (owner, name) {
    const d = this.default;
    if (d !== null && typeof d === "object" && d.$isclass === true && d.__set_name__ !== undefined) cm(d, "__set_name__", owner, name);
    return null;
  });
});

function typeRepr(t) {
  if (typeof t === "string") return repr(t);
  return repr(t);
}

function newField(o) {
  const f = Object.create(Field);
  f.name$ = null;
  f.type = null;
  f.default = o.default;
  f.default_factory = o.default_factory;
  f.init = o.init;
  f.repr = o.repr;
  f.hash = o.hash;
  f.compare = o.compare;
  f.metadata = o.metadata;
  f.kw_only = o.kw_only;
  f._field_type = null;
  return f;
}

/** field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None, compare=True, metadata=None, kw_only=MISSING) */
export function field(...args) {
  const k = splitkw(args);
  if (args.length > 0) throw TypeError(`field() takes 0 positional arguments but ${args.length} were given`);
  const get = (name, dflt) => {
    const v = kwtake(k, name);
    return v === undefined ? dflt : v;
  };
  const o = {
    default: get("default", MISSING),
    default_factory: get("default_factory", MISSING),
    init: get("init", true),
    repr: get("repr", true),
    hash: get("hash", null),
    compare: get("compare", true),
    metadata: get("metadata", null),
    kw_only: get("kw_only", MISSING),
  };
  kwnone(k, "field");
  if (o.default !== MISSING && o.default_factory !== MISSING) throw ValueError("cannot specify both default and default_factory");
  o.metadata = o.metadata === null ? new Dict() : o.metadata;
  return newField(o);
}
withSig(field, "field", [], { kwonly: ["default", "default_factory", "init", "repr", "hash", "compare", "metadata", "kw_only"] });

// ================================================================== processing a class

const BUILTIN_TYPES = { int, float, str, bool, list, dict, tuple, set, frozenset, object, type };

/** The value of `Field.type` for annotation text `text` (builtin names become their classes). */
function annotationType(text) {
  if (typeof text !== "string") return text;
  if (Object.hasOwn(BUILTIN_TYPES, text)) return BUILTIN_TYPES[text];
  // typing forms print with their module, as CPython's typing reprs do (typing.Optional[str]).
  return text.replace(TYPING_NAMES, "typing.$1");
}

const TYPING_NAMES = /(?<![\w.])(Any|Optional|List|Dict|Set|FrozenSet|Tuple|Union|Callable|Iterable|Iterator|Sequence|Mapping|MutableMapping|Type|Literal|Deque|DefaultDict|Counter|OrderedDict|Generator)\b(?=\[|$)/g;

/** inspect.formatannotation: builtin classes by qualname, others with their module, typing forms without `typing.`. */
function formatAnnotation(t) {
  if (typeof t === "function" && t.$isclass === true) {
    const mod = t.__module__;
    if (mod === "typing") return repr(t).replace(/typing\./g, "");
    return mod === "builtins" || mod === undefined ? t.__qualname__ ?? t.__name__ : `${mod}.${t.__qualname__ ?? t.__name__}`;
  }
  const r = repr(t);
  return r.replace(/typing\./g, "");
}

function isClassVar(text) {
  return typeof text === "string" && /^(?:[\w.]+\.)?ClassVar(?:\[|$)/.test(text.trim());
}

function isInitVar(text) {
  if (text !== null && typeof text === "object" && text.$isclass === true && isinstance(text, InitVar)) return true;
  return typeof text === "string" && /^(?:[\w.]+\.)?InitVar(?:\[|$)/.test(text.trim());
}

function isKwOnly(text) {
  if (text === KW_ONLY) return true;
  return typeof text === "string" && /^(?:[\w.]+\.)?KW_ONLY$/.test(text.trim());
}

function isUnhashableDefault(v) {
  if (v === null || v === undefined || typeof v !== "object") return false;
  if (Object.getPrototypeOf(v) === Array.prototype || (v instanceof Dict && v.$isclass === undefined) || (v instanceof PySet && !v.frozen && v.$isclass === undefined)) return true;
  if (v.$isclass === true) {
    const C = Object.getPrototypeOf(v);
    return C.__hash__ === null || C.__hash__ === undefined;
  }
  return false;
}

/** The field of class C for annotation `name: text` (the class attribute holds its default). */
function getField(C, name, text, defaultKwOnly, value = text) {
  const key = mangleAttr(name);
  let dflt = Object.hasOwn(C, key) ? Object.getOwnPropertyDescriptor(C, key).value : MISSING;
  let f;
  if (dflt !== undefined && dflt !== null && typeof dflt === "object" && Object.getPrototypeOf(dflt) === Field) {
    f = dflt;
  } else {
    if (dflt === undefined) dflt = MISSING;
    f = newField({
      default: dflt, default_factory: MISSING, init: true, repr: true, hash: null, compare: true,
      metadata: new Dict(), kw_only: MISSING,
    });
  }
  f.name$ = name;
  const quoted = typeof text === "string" ? /^(['"])(.*)\1$/s.exec(text.trim()) : null;
  // The evaluated annotation when the class body recorded one (see glue.mjs `annotate`).
  f.type = value !== text ? value : quoted !== null ? quoted[2] : annotationType(text);
  f.$quoted = quoted !== null;
  f._field_type = FIELD;
  const plain = quoted !== null ? quoted[2] : text;
  if (isClassVar(plain)) f._field_type = FIELD_CLASSVAR;
  else if (isInitVar(plain)) f._field_type = FIELD_INITVAR;
  if (f._field_type !== FIELD) {
    if (f.default_factory !== MISSING) throw TypeError(`field ${name} cannot have a default factory`);
  }
  if (f._field_type === FIELD || f._field_type === FIELD_INITVAR) {
    if (f.kw_only === MISSING) f.kw_only = defaultKwOnly;
  } else if (f.kw_only !== MISSING) {
    throw TypeError(`field ${name} is a ClassVar but specifies kw_only`);
  }
  if (f._field_type === FIELD && isUnhashableDefault(f.default)) {
    throw ValueError(`mutable default ${repr(type(f.default))} for field ${name} is not allowed: use default_factory`);
  }
  return f;
}

/** The own annotations of C as [name, text, value] triples (text is the source text when known). */
function ownAnnotations(C) {
  if (!Object.hasOwn(C, "__annotations__")) return [];
  const a = C.__annotations__;
  const texts = Object.hasOwn(C, "$annText") ? C.$annText : undefined;
  if (a instanceof Dict) {
    return Array.from(a.entries()).map(([k, v]) => {
      const t = texts !== undefined && texts.has(k) ? texts.get(k) : v;
      return [k, t, v];
    });
  }
  return [];
}

function isDataclassClass(C) {
  return typeof C === "function" && C.$isclass === true && C.__dataclass_fields__ !== undefined;
}

const PARAMS = ["init", "repr", "eq", "order", "unsafe_hash", "frozen", "match_args", "kw_only", "slots", "weakref_slot"];

const DataclassParams = mkclass("_DataclassParams", [], (C) => {
  C.__module__ = "dataclasses";
  C.__repr__ = rt(function () {
    return `_DataclassParams(init=${repr(this.init)},repr=${repr(this.repr)},eq=${repr(this.eq)},order=${repr(this.order)},unsafe_hash=${repr(this.unsafe_hash)},frozen=${repr(this.frozen)})`;
  });
});

/** A method for a generated dataclass: takes self as `this`, carries a `$sig`. */
function dcMethod(C, name, params, f, opts = {}) {
  const m = function (...args) {
    if (this === undefined || (typeof this === "function" && this.$isclass !== false)) {
      if (args.length === 0) throw TypeError(`${C.__qualname__}.${name}() missing 1 required positional argument: 'self'`);
      return m.apply(args[0], args.slice(1));
    }
    return f.apply(this, args);
  };
  return withSig(m, name, ["self", ...params], { ...opts, method: true, qual: `${C.__qualname__}.${name}` });
}

/** Set attribute `name` of C unless C defines it itself; returns whether it was set. */
function setNew(C, name, v) {
  if (Object.hasOwn(C, mangleAttr(name))) return false;
  Object.defineProperty(C, mangleAttr(name), { value: v, writable: true, enumerable: true, configurable: true });
  return true;
}

const reprActive = new Set();

function processClass(C, p) {
  const fieldsMap = new Dict();
  let anyFrozenBase = false, hasDataclassBases = false, allFrozenBases = null;
  for (const B of C.$mro.slice(1).reverse()) {
    if (!isDataclassClass(B)) continue;
    hasDataclassBases = true;
    for (const f of B.__dataclass_fields__.values()) fieldsMap.set(f.name$, f);
    const frozen = B.__dataclass_params__.frozen;
    if (frozen) anyFrozenBase = true;
    allFrozenBases = allFrozenBases === null ? frozen : allFrozenBases && frozen;
  }
  // Own fields.
  let kwOnly = p.kw_only;
  let sawKwOnlyMarker = false;
  const own = [];
  for (const [name, text, value] of ownAnnotations(C)) {
    if (isKwOnly(text)) {
      if (sawKwOnlyMarker) throw TypeError(`${repr(name)} is KW_ONLY, but KW_ONLY has already been specified`);
      sawKwOnlyMarker = true;
      kwOnly = true;
      continue;
    }
    own.push(getField(C, name, text, kwOnly, value));
  }
  for (const f of own) {
    fieldsMap.set(f.name$, f);
    const key = mangleAttr(f.name$);
    const cur = Object.hasOwn(C, key) ? Object.getOwnPropertyDescriptor(C, key).value : undefined;
    if (cur !== undefined && cur !== null && typeof cur === "object" && Object.getPrototypeOf(cur) === Field) {
      if (f.default === MISSING) delete C[key];
      else C[key] = f.default;
    }
  }
  // Every annotated Field attribute must be annotated.
  for (const k of Object.keys(C)) {
    const v = C[k];
    if (v !== null && typeof v === "object" && Object.getPrototypeOf(v) === Field && !fieldsMap.has(k)) {
      throw TypeError(`${repr(k)} is a field but has no type annotation`);
    }
  }
  if (hasDataclassBases) {
    if (anyFrozenBase && !p.frozen) throw TypeError("cannot inherit non-frozen dataclass from a frozen one");
    if (allFrozenBases === false && p.frozen) throw TypeError("cannot inherit frozen dataclass from a non-frozen one");
  }
  C.__dataclass_fields__ = fieldsMap;
  const params = Object.create(DataclassParams);
  for (const n of PARAMS) params[mangleAttr(n)] = p[n];
  C.__dataclass_params__ = params;

  const hasOwnHash = Object.hasOwn(C, "__hash__");
  const classHash = hasOwnHash ? C.__hash__ : MISSING;
  const hasExplicitHash = !(classHash === MISSING || (classHash === null && Object.hasOwn(C, "__eq__")));

  const all = Array.from(fieldsMap.values());
  const fields_ = all.filter((f) => f._field_type === FIELD);
  const name = C.__qualname__;

  if (p.init) addInit(C, all, p.frozen, hasDataclassBases);
  if (p.repr) {
    const shown = fields_.filter((f) => truthy(f.repr));
    const reprFn = dcMethod(C, "__repr__", [], function () {
      if (reprActive.has(this)) return "...";
      reprActive.add(this);
      try {
        return `${Object.getPrototypeOf(this).__qualname__}(${shown.map((f) => `${f.name$}=${repr(ga(this, f.name$))}`).join(", ")})`;
      } finally {
        reprActive.delete(this);
      }
    });
    reprFn.$dataclassRepr = true; // pprint formats dataclasses whose repr is this one
    setNew(C, "__repr__", reprFn);
  }
  const compared = fields_.filter((f) => truthy(f.compare));
  const values = (o) => tuple_of(compared.map((f) => ga(o, f.name$)));
  if (p.eq) {
    if (setNew(C, "__eq__", dcMethod(C, "__eq__", ["other"], function (other) {
      if (other === null || other === undefined || Object.getPrototypeOf(other) !== Object.getPrototypeOf(this)) return NotImplemented;
      return eq(values(this), values(other));
    }))) {
      // (a class defining __eq__ gets __hash__ = None from the runtime only inside mkclass)
    }
  }
  if (p.order) {
    if (!p.eq) throw ValueError("eq must be true if order is true");
    for (const [op, f] of [["__lt__", lt], ["__le__", le], ["__gt__", gt], ["__ge__", ge]]) {
      const m = dcMethod(C, op, ["other"], function (other) {
        if (other === null || other === undefined || Object.getPrototypeOf(other) !== Object.getPrototypeOf(this)) return NotImplemented;
        return f(values(this), values(other));
      });
      if (!setNew(C, op, m)) {
        throw TypeError(`Cannot overwrite attribute ${op} in class ${C.__name__}. Consider using functools.total_ordering`);
      }
    }
  }
  if (p.frozen) {
    const fieldNames = new Set(fields_.map((f) => f.name$));
    const setattr = dcMethod(C, "__setattr__", ["name", "value"], function (n, v) {
      if (Object.getPrototypeOf(this) === C || fieldNames.has(n)) throw FrozenInstanceError(`cannot assign to field ${repr(n)}`);
      return cm(superProxy(C, this), "__setattr__", n, v);
    });
    const delattr = dcMethod(C, "__delattr__", ["name"], function (n) {
      if (Object.getPrototypeOf(this) === C || fieldNames.has(n)) throw FrozenInstanceError(`cannot delete field ${repr(n)}`);
      return cm(superProxy(C, this), "__delattr__", n);
    });
    if (!setNew(C, "__setattr__", setattr)) throw TypeError(`Cannot overwrite attribute __setattr__ in class ${C.__name__}`);
    if (!setNew(C, "__delattr__", delattr)) throw TypeError(`Cannot overwrite attribute __delattr__ in class ${C.__name__}`);
    C.$sa = false;
  }
  // __hash__ (CPython's _hash_action table).
  const hashed = fields_.filter((f) => (f.hash === null ? truthy(f.compare) : truthy(f.hash)));
  const hashFn = dcMethod(C, "__hash__", [], function () {
    return hash(tuple_of(hashed.map((f) => ga(this, f.name$))));
  });
  if (p.unsafe_hash) {
    if (hasExplicitHash) throw TypeError(`Cannot overwrite attribute __hash__ in class ${C.__name__}`);
    C.__hash__ = hashFn;
  } else if (p.eq && p.frozen) {
    if (!hasExplicitHash) C.__hash__ = hashFn;
  } else if (p.eq) {
    if (!hasExplicitHash) C.__hash__ = null;
  }
  if (!Object.hasOwn(C, "__doc__") || C.__doc__ === null) {
    const sig = all.filter((f) => f._field_type !== FIELD_CLASSVAR && truthy(f.init)).map((f) => {
      const t = f.$quoted ? repr(f.type) : typeof f.type === "string" ? f.type.replace(/typing\./g, "") : formatAnnotation(f.type);
      const d = f.default_factory !== MISSING ? " = <factory>" : f.default !== MISSING ? ` = ${repr(f.default)}` : "";
      return `${f.name$}: ${t}${d}`;
    });
    C.__doc__ = `${C.__name__}(${sig.join(", ")})`;
  }
  if (p.match_args) setNew(C, "__match_args__", tuple_of(all.filter((f) => f._field_type !== FIELD_CLASSVAR && truthy(f.init) && !truthy(f.kw_only)).map((f) => f.name$)));
  if (p.slots && setNew(C, "__slots__", tuple_of(fields_.map((f) => f.name$)))) {
    // Defaults live in the fields; the class attributes would conflict with the slots.
    for (const f of fields_) if (Object.hasOwn(C, mangleAttr(f.name$))) delete C[mangleAttr(f.name$)];
    init_slots(C);
  }
  return C;
}

/** `super(C, self)`, for the frozen __setattr__ / __delattr__. */
function superProxy(C, self) {
  return superClass(C, self);
}

const lineFrames = [];

/**
 * A function calling `g(...args)` whose JS name, `dc$L<n>`, the traceback printer shows as the
 * frame `File "<string>", line n, in __init__` of CPython's exec'd dataclass `__init__` (lines 1
 * and 2 are `def __create_fn__(...)` and `def __init__(...)`).
 */
function lineFrame(n) {
  let f = lineFrames[n];
  if (f === undefined) {
    const name = `dc$L${n}`;
    f = lineFrames[n] = { [name]: (g, ...args) => g(...args) }[name];
  }
  return f;
}

function addInit(C, all, frozen, hasDataclassBases) {
  const initFields = all.filter((f) => f._field_type !== FIELD_CLASSVAR && truthy(f.init));
  const positional = initFields.filter((f) => !truthy(f.kw_only));
  const kwonly = initFields.filter((f) => truthy(f.kw_only));
  // Non-default after default (positional fields only).
  let seenDefault = false;
  for (const f of positional) {
    const hasDefault = f.default !== MISSING || f.default_factory !== MISSING;
    if (hasDefault) seenDefault = true;
    else if (seenDefault) throw TypeError(`non-default argument ${repr(f.name$)} follows default argument`);
  }
  let ndefaults = 0;
  for (let i = positional.length - 1; i >= 0 && (positional[i].default !== MISSING || positional[i].default_factory !== MISSING); i--) ndefaults++;
  const initVars = all.filter((f) => f._field_type === FIELD_INITVAR);
  // The fields `__init__` assigns (init ones and init=False ones with a default_factory), in
  // order, and the line of CPython's generated source (`<string>`) that assigns each.
  const assigned = all.filter((f) => f._field_type === FIELD && (truthy(f.init) || f.default_factory !== MISSING));
  const assignedAt = assigned.map((f, i) => lineFrame(3 + i));
  const postAt = lineFrame(3 + assigned.length);
  const qual = `${C.__qualname__}.__init__`;
  const setField = frozen
    ? (self, name, v) => Object.defineProperty(self, mangleAttr(name), { value: v, writable: true, enumerable: true, configurable: true })
    : (self, name, v) => sa(self, name, v);
  const valueOf = (f, v) => {
    if (v !== undefined) return v;
    if (f.default_factory !== MISSING) return f.default_factory();
    return f.default;
  };
  const init = dcMethod(C, "__init__", positional.map((f) => f.name$), function (...args) {
    const k = splitkw(args);
    if (args.length > positional.length) {
      const n = positional.length + 1;
      const lo = n - ndefaults;
      const takes = ndefaults === 0 ? `${n} positional argument${n === 1 ? "" : "s"}` : `from ${lo} to ${n} positional arguments`;
      throw TypeError(`${qual}() takes ${takes} but ${args.length + 1} were given`);
    }
    const vals = new Map();
    const missing = [];
    positional.forEach((f, i) => {
      const v = args[i];
      if (v === undefined && f.default === MISSING && f.default_factory === MISSING) missing.push(f.name$);
      vals.set(f.name$, v);
    });
    if (missing.length > 0) throw TypeError(`${qual}() missing ${missing.length} required positional argument${missing.length === 1 ? "" : "s"}: ${nameList(missing)}`);
    const kwMissing = [];
    for (const f of kwonly) {
      const v = kwtake(k, f.name$);
      if (v === undefined && f.default === MISSING && f.default_factory === MISSING) kwMissing.push(f.name$);
      vals.set(f.name$, v);
    }
    kwnone(k, qual);
    if (kwMissing.length > 0) throw TypeError(`${qual}() missing ${kwMissing.length} required keyword-only argument${kwMissing.length === 1 ? "" : "s"}: ${nameList(kwMissing)}`);
    // Field order, as CPython's generated `__init__` assigns them.
    for (let i = 0; i < assigned.length; i++) {
      const f = assigned[i];
      const v = truthy(f.init) ? vals.get(f.name$) : undefined;
      setField(this, f.name$, v !== undefined ? v : f.default_factory !== MISSING ? assignedAt[i](f.default_factory) : f.default);
    }
    if (this.__post_init__ !== undefined) {
      postAt(cm, this, "__post_init__", ...initVars.map((f) => valueOf(f, vals.get(f.name$))));
    }
    return null;
  }, { defaults: ndefaults, kwonly: kwonly.map((f) => f.name$) });
  // __defaults__/__kwdefaults__/__annotations__ as CPython's generated __init__ has them (what
  // inspect.signature shows): a default_factory field's default is the `<factory>` sentinel.
  const dflt = (f) => (f.default_factory !== MISSING ? HAS_DEFAULT_FACTORY : f.default);
  const kwWithDefault = kwonly.filter((f) => f.default !== MISSING || f.default_factory !== MISSING);
  init.$d = [...positional.slice(positional.length - ndefaults), ...kwWithDefault].map(dflt);
  init.$sig.dv = init.$d.map((_, i) => [i]);
  init.$sig.kwdefaults = kwWithDefault.map((f) => f.name$);
  init.$sig.ann = () => {
    const flat = [];
    for (const f of [...positional, ...kwonly]) flat.push(f.name$, f.type);
    flat.push("return", null);
    return flat;
  };
  setNew(C, "__init__", init);
}

function nameList(names) {
  const q = names.map((n) => `'${n}'`);
  if (q.length === 1) return q[0];
  if (q.length === 2) return `${q[0]} and ${q[1]}`;
  return `${q.slice(0, -1).join(", ")}, and ${q[q.length - 1]}`;
}

// ================================================================== dataclass()

const DEFAULT_PARAMS = {
  init: true, repr: true, eq: true, order: false, unsafe_hash: false, frozen: false,
  match_args: true, kw_only: false, slots: false, weakref_slot: false,
};

/** @dataclass, @dataclass(), @dataclass(init=..., repr=..., eq=..., order=..., ...) */
export function dataclass(...args) {
  const k = splitkw(args);
  const p = { ...DEFAULT_PARAMS };
  for (const n of PARAMS) {
    const v = kwtake(k, n);
    if (v !== undefined) p[n] = truthy(v);
  }
  kwnone(k, "dataclass");
  const cls = args[0];
  if (args.length > 1) throw TypeError(`dataclass() takes from 0 to 1 positional arguments but ${args.length} were given`);
  const wrap = (C) => processClass(C, p);
  if (cls === undefined || cls === null) return wrap;
  return wrap(cls);
}
withSig(dataclass, "dataclass", ["cls"], { defaults: 1, kwonly: PARAMS });

// ================================================================== module functions

function fieldsDict(x) {
  if (x === null || x === undefined) return null;
  const C = typeof x === "function" && x.$isclass === true ? x : type(x);
  const d = C.__dataclass_fields__;
  return d instanceof Dict ? d : null;
}

/** fields(class_or_instance): the Field objects of a dataclass (not ClassVars or InitVars). */
export function fields(x) {
  const d = fieldsDict(x);
  if (d === null) throw TypeError("must be called with a dataclass type or instance");
  return tuple_of(Array.from(d.values()).filter((f) => f._field_type === FIELD));
}

function isDataclassInstance(x) {
  return x !== null && typeof x === "object" && x.$isclass === true && !(typeof x === "function") && fieldsDict(x) !== null;
}

/** is_dataclass(obj): a dataclass or an instance of one. */
export function is_dataclass(x) {
  return fieldsDict(x) !== null;
}

function asInner(obj, factory, kind) {
  if (isDataclassInstance(obj)) {
    if (kind === "dict") {
      const pairs = fields(obj).map((f) => mktuple(f.name$, asInner(ga(obj, f.name$), factory, kind)));
      return factory(Array.from(pairs));
    }
    return factory(fields(obj).map((f) => asInner(ga(obj, f.name$), factory, kind)));
  }
  if (obj instanceof Tuple && obj.$isclass === true && type(obj)._fields !== undefined) {
    return type(obj)(...Array.from(obj, (v) => asInner(v, factory, kind)));
  }
  if (Array.isArray(obj)) {
    const items = Array.from(obj, (v) => asInner(v, factory, kind));
    if (obj.$isclass !== true) return obj instanceof Tuple ? tuple_of(items) : items;
    return type(obj)(items);
  }
  if (obj instanceof Dict) {
    const pairs = Array.from(obj.entries(), ([k, v]) => mktuple(asInner(k, factory, kind), asInner(v, factory, kind)));
    if (obj.$isclass !== true) {
      const d = new Dict();
      for (const [k, v] of pairs) d.set(k, v);
      return d;
    }
    return type(obj)(pairs);
  }
  return deepcopy(obj);
}

/** asdict(obj, *, dict_factory=dict) */
export function asdict(obj, ...rest) {
  const k = splitkw(rest);
  const factory = kwtake(k, "dict_factory") ?? dict;
  kwnone(k, "asdict");
  if (!isDataclassInstance(obj)) throw TypeError("asdict() should be called on dataclass instances");
  return asInner(obj, factory, "dict");
}
withSig(asdict, "asdict", ["obj"], { kwonly: ["dict_factory"] });

/** astuple(obj, *, tuple_factory=tuple) */
export function astuple(obj, ...rest) {
  const k = splitkw(rest);
  const factory = kwtake(k, "tuple_factory") ?? tuple;
  kwnone(k, "astuple");
  if (!isDataclassInstance(obj)) throw TypeError("astuple() should be called on dataclass instances");
  return asInner(obj, factory, "tuple");
}
withSig(astuple, "astuple", ["obj"], { kwonly: ["tuple_factory"] });

/** replace(obj, /, **changes) */
export function replace(obj, ...rest) {
  const k = splitkw(rest);
  if (rest.length > 0) throw TypeError(`replace() takes 1 positional argument but ${rest.length + 1} were given`);
  if (!isDataclassInstance(obj)) throw TypeError("replace() should be called on dataclass instances");
  const changes = k === null ? new Map() : new Map(k.map);
  for (const f of fieldsDict(obj).values()) {
    if (f._field_type === FIELD_CLASSVAR) continue;
    if (!truthy(f.init)) {
      if (changes.has(f.name$)) throw ValueError(`field ${f.name$} is declared with init=False, it cannot be specified with replace()`);
      continue;
    }
    if (!changes.has(f.name$)) {
      if (f._field_type === FIELD_INITVAR && f.default === MISSING) throw ValueError(`InitVar ${repr(f.name$)} must be specified with replace()`);
      changes.set(f.name$, ga(obj, f.name$));
    }
  }
  return callkw(type(obj), [], changes);
}
withSig(replace, "replace", ["obj"], { nposonly: 1, varkw: true });

/** make_dataclass(cls_name, fields, *, bases=(), namespace=None, **dataclass options) */
export function make_dataclass(clsName, fieldSpecs, ...rest) {
  const k = splitkw(rest);
  const bases = kwtake(k, "bases");
  const namespace = kwtake(k, "namespace");
  const opts = new Map(k === null ? [] : k.map);
  const ann = new Dict();
  const defaults = [];
  const seen = new Set();
  for (const item of iter(fieldSpecs)) {
    let name, tp = "typing.Any", spec = MISSING;
    if (typeof item === "string") name = item;
    else {
      const t = arr(item);
      if (t.length === 2) [name, tp] = t;
      else if (t.length === 3) [name, tp, spec] = t;
      else throw TypeError(`Invalid field: ${repr(item)}`);
    }
    if (typeof name !== "string" || !/^[A-Za-z_]\w*$/.test(name)) throw TypeError(`Field names must be valid identifiers: ${repr(name)}`);
    if (seen.has(name)) throw TypeError(`Field name duplicated: ${repr(name)}`);
    seen.add(name);
    ann.set(name, typeof tp === "function" && tp.$isclass === true ? tp.__name__ : tp);
    if (spec !== MISSING) defaults.push([name, spec]);
  }
  const C = mkclass(str(clsName), bases === undefined ? [] : arr(bases), (K) => {
    K.__module__ = "types";
    K.__annotations__ = ann;
    for (const [n, v] of defaults) K[mangleAttr(n)] = v;
    if (namespace !== undefined && namespace !== null) for (const n of iter(namespace)) K[mangleAttr(n)] = namespace.get(n);
  });
  return callkw(dataclass, [C], opts);
}
withSig(make_dataclass, "make_dataclass", ["cls_name", "fields"], { kwonly: ["bases", "namespace", ...PARAMS] });
