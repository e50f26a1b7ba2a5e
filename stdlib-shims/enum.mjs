// Python's `enum` module (CPython 3.11): Enum, IntEnum, StrEnum, Flag, IntFlag, ReprEnum,
// EnumType/EnumMeta, auto, unique, FlagBoundary (STRICT, CONFORM, EJECT, KEEP).
//
// An enum class is made by `mkclass` like any class; `Enum.__init_subclass__` (run by the
// runtime right after the class is made) turns the class attributes that are not methods,
// descriptors, dunders or sunders into members: instances of the class with `_name_` and
// `_value_`, in definition order, with aliases for repeated values. `Color(1)` goes through
// `Enum.__new__` (value lookup, `_missing_`), `Color['RED']` through the metaclass
// `EnumType.__getitem__`; iterating, `len` and `in` on the class are metaclass methods too.
//
// Members of IntEnum / IntFlag / StrEnum (and of `class E(int, Enum)` style mixins) are not
// JS numbers or strings: they are instances whose data-type behaviour (arithmetic, comparison,
// hashing, `__index__`, the str methods) delegates to their `_value_`.

import {
  mkclass, repr, str, format, iter, arr, eq, ne, lt, le, gt, ge, add, sub, mul, truediv, floordiv, mod, pow,
  lshift, rshift, bitand, bitor, bitxor, neg, pos, invert, abs, round, hash, len, contains, getitem,
  ga, cm, callkw, splitkw, kwtake, kwnone, isinstance, issubclass, typename, tuple_of, mktuple, Tuple, Dict,
  KwArgs, int, float, bool, type, object, mangleAttr, truthy, NotImplemented, AttributeError, TypeError,
  ValueError, KeyError,
} from "./builtins.mjs";
import { withSig } from "./_shim.mjs";

export const __name__ = "enum";

// ================================================================== helpers

/** A function taking self (or, for metaclass methods, the class) as `this`. */
function rt(f) {
  f.$rt = true;
  return f;
}

function isMember(x, C) {
  return x !== null && (typeof x === "object" || typeof x === "function") && x.$isclass !== undefined &&
    x.$enumMember === true && (C === undefined || isinstance(x, C));
}

/** Call a function found as a class attribute "unbound", with `args[0]` as its first argument. */
function callPlain(f, args) {
  if (f.$static === true) return f(...args);
  if (f.$rt === true || f.$sig?.method === true) return f.apply(args[0], args.slice(1));
  return f(...args);
}

/** `<enum 'Color'>` / `<flag 'Perm'>`: the metaclass repr of an enum class. */
function classRepr(C) {
  const kind = FlagClass !== null && C.$mro.includes(FlagClass) ? "flag" : "enum";
  return `<${kind} '${C.__name__}'>`;
}

function isDunder(n) {
  return n.length > 4 && n.startsWith("__") && n.endsWith("__") && n[2] !== "_" && n[n.length - 3] !== "_";
}

function isSunder(n) {
  return n.length > 2 && n[0] === "_" && n[n.length - 1] === "_" && n[1] !== "_" && n[n.length - 2] !== "_";
}

/** The Python name of an own property key of a class, or null. */
function pyKey(k) {
  if (typeof k !== "string") return null;
  if (k.includes("$")) return k.endsWith("$") && !k.slice(0, -1).includes("$") ? k.slice(0, -1) : null;
  if (["length", "name", "prototype", "constructor", "caller", "arguments"].includes(k)) return null;
  return k;
}

function members(C) {
  return C._member_names_.map((n) => C._member_map_.get(n));
}

/** int.bit_length for a non-negative JS number or BigInt. */
function bitLength(v) {
  if (typeof v === "bigint") return v < 0n ? (-v).toString(2).length : v === 0n ? 0 : v.toString(2).length;
  v = Math.abs(v);
  return v === 0 ? 0 : Math.floor(Math.log2(v)) + 1 - (2 ** Math.floor(Math.log2(v)) > v ? 1 : 0);
}

function toBig(v) {
  return typeof v === "bigint" ? v : BigInt(typeof v === "boolean" ? +v : v);
}

function normInt(b) {
  return b >= -9007199254740991n && b <= 9007199254740991n ? Number(b) : b;
}

// ================================================================== mappingproxy

const MappingProxy = mkclass("mappingproxy", [], (C) => {
  C.__module__ = "builtins";
  C.__getitem__ = rt(function (k) {
    return getitem(this.$d, k);
  });
  C.__iter__ = rt(function () {
    return iter(this.$d);
  });
  C.__len__ = rt(function () {
    return this.$d.size;
  });
  C.__contains__ = rt(function (k) {
    return this.$d.has(k);
  });
  C.__repr__ = rt(function () {
    return repr(this.$d); // CPython 3.11 shows the mapping itself
  });
  C.__eq__ = rt(function (o) {
    return eq(this.$d, isinstance(o, MappingProxy) ? o.$d : o);
  });
  for (const m of ["keys", "values", "items", "get", "copy"]) {
    C[m] = rt(function (...args) {
      return cm(this.$d, m, ...args);
    });
  }
});

function mappingproxy(d) {
  const p = Object.create(MappingProxy);
  p.$d = d;
  return p;
}

// ================================================================== auto, boundaries

export const auto = mkclass("auto", [], (C) => {
  C.__module__ = "enum";
  C.__init__ = rt(function (value) {
    this.value = value === undefined ? AUTO_PENDING : value;
    return null;
  });
  C.__repr__ = rt(function () {
    return `auto(${this.value === AUTO_PENDING ? "<object object>" : repr(this.value)})`;
  });
  // In CPython an auto() is replaced by its value as soon as the class body assigns it, so
  // `WHITE = RED | GREEN` combines values. Here values are made after the body ran: operators
  // on auto objects give an auto whose value is computed from theirs then.
  for (const [name, op] of [["or", bitor], ["and", bitand], ["xor", bitxor], ["add", add], ["sub", sub], ["mul", mul]]) {
    C[`__${name}__`] = rt(function (o) {
      return autoExpr(() => op(autoValue(this), autoValue(o)));
    });
    C[`__r${name}__`] = rt(function (o) {
      return autoExpr(() => op(autoValue(o), autoValue(this)));
    });
  }
  C.__invert__ = rt(function () {
    return autoExpr(() => invert(autoValue(this)));
  });
});
const AUTO_PENDING = Symbol("auto");

function autoExpr(f) {
  const a = Object.create(auto);
  a.value = AUTO_PENDING;
  a.$expr = f;
  return a;
}

function autoValue(x) {
  if (x !== null && typeof x === "object" && x.$isclass === true && isinstance(x, auto)) {
    if (x.value === AUTO_PENDING && x.$expr !== undefined) x.value = x.$expr();
    if (x.value === AUTO_PENDING) throw TypeError("auto value used before it was assigned");
    return x.value;
  }
  return x;
}

/** Flag, once it exists (enum classes made before it cannot be flags). */
let FlagClass = null;
let ReprEnumClass = null; // set once ReprEnum exists (classes made before it skip its rule)

// ================================================================== EnumType (the metaclass)

export const EnumType = mkclass("EnumType", [type], (C) => {
  C.__module__ = "enum";
  C.__iter__ = rt(function () {
    return iter(members(this));
  });
  C.__reversed__ = rt(function () {
    return iter(members(this).reverse());
  });
  C.__len__ = rt(function () {
    return this._member_names_.length;
  });
  C.__bool__ = rt(function () {
    return true;
  });
  C.__contains__ = rt(function (x) {
    if (!isMember(x)) {
      throw TypeError(`unsupported operand type(s) for 'in': '${typename(x)}' and '${type(this).__qualname__}'`);
    }
    return isinstance(x, this) && this._member_map_.has(x._name_);
  });
  C.__getitem__ = rt(function (name) {
    const m = this._member_map_.get(name);
    if (m === undefined) throw KeyError(name);
    return m;
  });
  C.__repr__ = rt(function () {
    return classRepr(this);
  });
  C.__setattr__ = rt(function (name, value) {
    if (this._member_map_?.has(name)) throw AttributeError(`cannot reassign member '${name}'`);
    object.__setattr__.call(this, name, value);
    return null;
  });
  Object.defineProperty(C, "__members__", {
    get() {
      return mappingproxy(new Dict().constructor === Dict ? copyDict(this._member_map_) : this._member_map_);
    },
    enumerable: true,
    configurable: true,
  });
});
export const EnumMeta = EnumType;

function copyDict(d) {
  const r = new Dict();
  for (const [k, v] of d.entries()) r.set(k, v);
  return r;
}

// ================================================================== Enum

/** Enum.__new__: look a member up by value (or, with names, the functional API). */
function enumNew(cls, ...args) {
  const k = splitkw(args);
  let [value, names] = args;
  const kwNames = kwtake(k, "names");
  if (names === undefined) names = kwNames;
  if (names !== undefined && names !== null) return createEnum(cls, value, names, k);
  if (k !== null && k.map.size > 0) {
    for (const n of ["module", "qualname", "type", "start", "boundary"]) kwtake(k, n);
    kwnone(k, `${cls.__name__}`);
  }
  if (args.length === 0 && kwNames === undefined) throw TypeError(`EnumType.__call__() missing 1 required positional argument: 'value'`);
  return lookup(cls, value);
}
enumNew.$static = true;

function lookup(cls, value) {
  if (isMember(value) && Object.getPrototypeOf(value) === cls) return value;
  if (cls._member_map_ === undefined) throw TypeError(`${cls.__name__}() takes no arguments`);
  let found;
  try {
    found = cls._value2member_map_.get(value);
  } catch (e) {
    if (!(e?.$exc === true && isinstance(e, TypeError))) throw e;
    found = undefined;
  }
  if (found !== undefined) return found;
  for (const m of cls._member_map_.values()) if (eq(m._value_, value)) return m;
  let result;
  try {
    result = cm(cls, "_missing_", value);
  } catch (e) {
    throw e;
  }
  if (isMember(result) && isinstance(result, cls)) return result;
  if (result === null || result === undefined) throw ValueError(`${repr(value)} is not a valid ${cls.__qualname__}`);
  throw TypeError(`error in ${cls.__name__}._missing_: returned ${repr(result)} instead of None or a valid member`);
}

/** The functional API: Enum('Name', 'A B C') and friends. */
function createEnum(base, clsName, names, k) {
  const module = kwtake(k, "module");
  const qualname = kwtake(k, "qualname");
  kwtake(k, "type");
  let start = kwtake(k, "start");
  const boundary = kwtake(k, "boundary");
  kwnone(k, "EnumType.__call__");
  if (start === undefined) start = 1;
  let items = [];
  if (typeof names === "string") names = names.replace(/,/g, " ").split(/\s+/).filter((s) => s !== "");
  if (names instanceof Dict) {
    items = Array.from(names.entries());
  } else {
    const list = arr(names);
    if (list.length > 0 && typeof list[0] === "string") {
      const gen = base._generate_next_value_;
      const last = [];
      list.forEach((n, i) => {
        const v = gen === undefined ? start + i : callPlain(gen, [n, start, i, last.slice()]);
        last.push(v);
        items.push([n, v]);
      });
    } else {
      items = list.map((it) => {
        const t = arr(it);
        return [t[0], t[1]];
      });
    }
  }
  const kw = boundary === undefined ? undefined : { boundary };
  return mkclass(str(clsName), [base], (C) => {
    C.__module__ = module ?? "__main__";
    if (qualname !== undefined) C.__qualname__ = qualname;
    for (const [n, v] of items) C[mangleAttr(n)] = v;
  }, null, kw);
}

/** Enum.__init_subclass__: turn the new class's attributes into members. */
function initEnumClass(...args) {
  const C = this;
  const k = splitkw(args);
  const boundary = kwtake(k, "boundary");
  kwnone(k, `${C.__name__}.__init_subclass__`);
  for (const B of C.$mro.slice(1)) {
    if (B._member_names_ !== undefined && Object.hasOwn(B, "_member_names_") && B._member_names_.length > 0) {
      // (checked below, once the new class's own members are known)
      break;
    }
  }
  // The data type of the members (int for IntEnum, ...) and the first enum base.
  let memberType = object;
  for (const B of C.$mro.slice(1)) {
    if (B === int || B === float || B === str || B === bool) {
      memberType = B;
      break;
    }
  }
  C._member_type_ = memberType;
  if (!Object.hasOwn(C, "$meta") && C.$meta === undefined) C.$meta = EnumType;
  C._value_repr_ = memberType === object ? null : memberType;
  // A user __new__ creates members; lookups by value use Enum.__new__.
  if (Object.hasOwn(C, "__new__") && C.__new__ !== enumNew) {
    C.$newMember = C.__new__;
    Object.defineProperty(C, "__new__", { value: enumNew, writable: true, enumerable: true, configurable: true });
  }
  // A user __init__ runs for members at creation only (not again on `Color(value)` lookups).
  if (Object.hasOwn(C, "__init__") && C.__init__ !== enumInit && C.__init__.$enumWrapped !== true) {
    const orig = C.__init__;
    const w = function (...a) {
      if (this.$enumReady === true) return null;
      return orig.$sig?.method === true || orig.$rt === true ? orig.apply(this, a) : orig(this, ...a);
    };
    w.$enumWrapped = true;
    w.$orig = orig;
    w.$sig = {
      name: "__init__", qual: `${C.__qualname__}.__init__`, params: ["self"], nposonly: 0, defaults: 0,
      varargs: true, kwonly: [], kwdefaults: [], varkw: true, method: true,
    };
    Object.defineProperty(C, "__init__", { value: w, writable: true, enumerable: true, configurable: true });
  }
  // A class listing ReprEnum as a base keeps the mixed-in type's str() and format().
  if (ReprEnumClass !== null && memberType !== object && C.$bases.includes(ReprEnumClass)) {
    if (!Object.hasOwn(C, "__format__")) C.__format__ = rt(function (spec) { return format(this._value_, spec); });
  }
  // __repr__/__str__/__format__ come from the enum base unless the class defines them.
  const firstEnum = C.$mro.slice(1).find((B) => B.$mro.includes(Enum)) ?? Enum;
  for (const name of ["__repr__", "__str__", "__format__"]) {
    if (Object.hasOwn(C, name)) continue;
    const found = C[name];
    if (memberType !== object && (found === memberType[name] || found === object[name])) {
      Object.defineProperty(C, name, { value: firstEnum[name], writable: true, enumerable: true, configurable: true });
    }
  }
  if (memberType !== object && !Object.hasOwn(C, "$dataType") && C.$dataType === undefined) installDataType(C, memberType);

  // Candidate members, in definition order.
  let ignore = [];
  if (Object.hasOwn(C, "_ignore_")) {
    const ig = C._ignore_;
    ignore = typeof ig === "string" ? ig.replace(/,/g, " ").split(/\s+/).filter(Boolean) : arr(ig);
    for (const n of ignore) delete C[mangleAttr(n)];
    delete C._ignore_;
  }
  const candidates = [];
  for (const key of Object.getOwnPropertyNames(C)) {
    const n = pyKey(key);
    if (n === null || isDunder(n) || isSunder(n) || ignore.includes(n)) continue;
    if (n.startsWith(`_${C.__name__.replace(/^_+/, "")}__`)) continue;
    const d = Object.getOwnPropertyDescriptor(C, key);
    if (!("value" in d)) continue; // property, classmethod accessor
    let v = d.value;
    // enum.member(x) makes x a member (even a function); enum.nonmember(x) keeps x a plain attribute.
    if (v instanceof EnumMarker) {
      if (v.kind === "nonmember") {
        C[key] = v.value;
        continue;
      }
      v = v.value;
      candidates.push([n, key, v]);
      continue;
    }
    if (typeof v === "function" && v.$isclass !== true) continue; // methods, staticmethods
    if (v !== null && typeof v === "object" && v.$isclass === true && !(v.$isclass === true && isinstance(v, auto)) &&
        (v.__get__ !== undefined || v.__set__ !== undefined || v.__delete__ !== undefined)) continue;
    candidates.push([n, key, v]);
  }
  // Extending an enum that has members is an error.
  if (candidates.length > 0 || true) {
    for (const B of C.$bases) {
      if (B._member_names_ !== undefined && B._member_names_.length > 0) {
        throw TypeError(`${classRepr(C)} cannot extend ${classRepr(B)}`);
      }
    }
  }
  C._member_names_ = [];
  C._member_map_ = new Dict();
  C._value2member_map_ = new Dict();
  const isFlag = FlagClass !== null && C.$mro.includes(FlagClass);
  if (isFlag) {
    C._flag_mask_ = 0;
    C._boundary_ = boundary !== undefined ? boundary : C._boundary_ ?? STRICT;
  } else if (boundary !== undefined) {
    C._boundary_ = boundary;
  }
  const lastValues = [];
  let sortOrder = 0;
  for (const [name, key, raw] of candidates) {
    let value = raw;
    if (isinstance(value, auto)) {
      if (value.value === AUTO_PENDING && value.$expr !== undefined) value.value = value.$expr();
      if (value.value === AUTO_PENDING) {
        const gen = C._generate_next_value_;
        value.value = callPlain(gen, [name, 1, C._member_names_.length, lastValues.slice()]);
      }
      value = value.value;
    } else if (value instanceof Tuple && value.some((x) => isinstance(x, auto))) {
      value = tuple_of(Array.from(value, (x) => {
        if (!isinstance(x, auto)) return x;
        if (x.value === AUTO_PENDING) x.value = callPlain(C._generate_next_value_, [name, 1, C._member_names_.length, lastValues.slice()]);
        return x.value;
      }));
    }
    lastValues.push(value);
    delete C[key];
    const memberArgs = value instanceof Tuple && memberType !== Tuple ? Array.from(value) : [value];
    let member;
    const newMember = C.$newMember;
    if (newMember !== undefined) {
      member = newMember(C, ...memberArgs);
      if (member === null || member === undefined || typeof member !== "object") throw TypeError("__new__ must return an instance");
      if (!Object.hasOwn(member, "_value_")) member._value_ = memberType === object ? value : memberType(...memberArgs);
    } else {
      member = Object.create(C);
      member._value_ = memberType === object ? value : memberType(...memberArgs);
    }
    member.$enumMember = true;
    member._name_ = name;
    member.__objclass__ = C;
    member._sort_order_ = sortOrder++;
    const init = C.__init__;
    if (init !== enumInit) {
      const f = init.$enumWrapped ? init.$orig : init;
      if (f.$sig?.method === true || f.$rt === true) f.apply(member, memberArgs);
      else f(member, ...memberArgs);
    }
    member.$enumReady = true;
    // Aliases: a value already seen names the earlier member.
    let canonical = null;
    for (const n of C._member_names_) {
      const m = C._member_map_.get(n);
      if (m._value_ === member._value_ || eq(m._value_, member._value_)) {
        canonical = m;
        break;
      }
    }
    if (isFlag && canonical === null) {
      const v = member._value_;
      C._flag_mask_ = normInt(toBig(C._flag_mask_) | toBig(typeof v === "object" ? int(v) : v));
    }
    if (canonical !== null) {
      member = canonical;
    } else {
      // Multi-bit (and zero) flag values are aliases: not iterated, but looked up.
      if (!isFlag || isSingleBit(member._value_)) C._member_names_.push(name);
      try {
        if (!C._value2member_map_.has(member._value_)) C._value2member_map_.set(member._value_, member);
      } catch (e) {
        if (!(e?.$exc === true && isinstance(e, TypeError))) throw e;
      }
    }
    C._member_map_.set(name, member);
    Object.defineProperty(C, key, { value: member, writable: true, enumerable: true, configurable: true });
  }
  if (isFlag) {
    const mask = toBig(C._flag_mask_);
    C._all_bits_ = normInt((1n << BigInt(bitLength(mask))) - 1n);
    // Members iterate by value when they were defined in ascending order, else by definition.
    const singles = members(C).filter((m) => isSingleBit(m._value_)).map((m) => toBig(int(m._value_)));
    let ascending = true;
    for (let i = 1; i < singles.length; i++) if (singles[i] < singles[i - 1]) ascending = false;
    C.$iterByDef = !ascending;
  }
  return null;
}

function isSingleBit(v) {
  const b = toBig(typeof v === "object" ? int(v) : v);
  return b > 0n && (b & (b - 1n)) === 0n;
}

const enumInit = rt(function () {
  return null;
});

function memberValueRepr(self) {
  const C = Object.getPrototypeOf(self);
  const vr = C._value_repr_;
  const v = self._value_;
  if (vr === int || vr === float || vr === str || vr === bool) return repr(v);
  return repr(v);
}

export const Enum = mkclass("Enum", [], (C) => {
  C.__module__ = "enum";
  C.__new__ = enumNew;
  C.__init__ = enumInit;
  C.__repr__ = rt(function () {
    const cls = Object.getPrototypeOf(this);
    return `<${cls.__name__}.${this._name_}: ${memberValueRepr(this)}>`;
  });
  C.__str__ = rt(function () {
    return `${Object.getPrototypeOf(this).__name__}.${this._name_}`;
  });
  C.__format__ = rt(function (spec) {
    return format(str(this), spec);
  });
  C.__hash__ = rt(function () {
    return hash(this._name_);
  });
  C.__copy__ = rt(function () {
    return this;
  });
  C.__deepcopy__ = rt(function () {
    return this;
  });
  C.__reduce_ex__ = rt(function () {
    return mktuple(Object.getPrototypeOf(this), mktuple(this._value_));
  });
  C.__dir__ = rt(function () {
    const names = ["__class__", "__doc__", "__eq__", "__hash__", "__module__", "name", "value"];
    for (const k of Object.keys(Object.getPrototypeOf(this))) {
      const n = pyKey(k);
      if (n !== null && !n.startsWith("_") && !Object.getPrototypeOf(this)._member_map_?.has(n)) names.push(n);
    }
    return [...new Set(names)].sort();
  });
  C._generate_next_value_ = function _generate_next_value_(name, start, count, lastValues) {
    const last = arr(lastValues);
    if (last.length === 0) return start;
    for (let i = last.length - 1; i >= 0; i--) {
      try {
        return add(last[i], 1);
      } catch (e) {
        if (!(e?.$exc === true && isinstance(e, TypeError))) throw e;
      }
    }
    return start;
  };
  C._generate_next_value_.$static = true;
  C._missing_ = rt(function () {
    return null;
  });
  const init = function (...args) {
    return initEnumClass.apply(this, args);
  };
  withSig(init, "__init_subclass__", ["cls"], { method: true, varkw: true, qual: "Enum.__init_subclass__" });
  C.__init_subclass__ = init;
}, EnumType);

// name / value: properties of members.
for (const [key, attr] of [["name$", "_name_"], ["value", "_value_"]]) {
  Object.defineProperty(Enum, key, {
    get() {
      if (typeof this === "function" && this.$isclass === true) {
        throw AttributeError(`type object '${this.__name__}' has no attribute '${key.replace("$", "")}'`);
      }
      return this[attr];
    },
    set(v) {
      throw AttributeError(`<enum 'Enum'> cannot set attribute '${key.replace("$", "")}'`);
    },
    enumerable: true,
    configurable: true,
  });
}
// _missing_ is a classmethod.
{
  const f = Enum._missing_;
  delete Enum._missing_;
  Object.defineProperty(Enum, "_missing_", {
    get() {
      const cls = typeof this === "function" && this.$isclass === true ? this : Object.getPrototypeOf(this);
      const b = f.bind(cls);
      b.$self = cls;
      b.$func = f;
      return b;
    },
    enumerable: true,
    configurable: true,
  });
}

export const ReprEnum = mkclass("ReprEnum", [Enum], (C) => {
  C.__module__ = "enum";
});
ReprEnumClass = ReprEnum;

// ================================================================== data-type mixins

const BINOPS = [
  ["add", add], ["sub", sub], ["mul", mul], ["truediv", truediv], ["floordiv", floordiv], ["mod", mod],
  ["pow", pow], ["lshift", lshift], ["rshift", rshift], ["and", bitand], ["or", bitor], ["xor", bitxor],
];

/** Delegate the data-type behaviour of members of C (int, float or str) to their `_value_`. */
const FLAG_OWN = new Set(["__or__", "__and__", "__xor__", "__ror__", "__rand__", "__rxor__", "__invert__", "__contains__", "__iter__", "__len__", "__bool__"]);

function installDataType(C, T) {
  C.$dataType = T;
  const isFlag = FlagClass !== null ? C.$mro.includes(FlagClass) : C.__name__ === "IntFlag";
  // Own attributes that are copies of a base's (made by the runtime for multiple
  // inheritance) are replaced; attributes the class defines itself are kept.
  const copied = (k) => {
    const d = Object.getOwnPropertyDescriptor(C, k);
    return C.$mro.slice(1).some((B) => {
      const e = Object.getOwnPropertyDescriptor(B, k);
      return e !== undefined && (e.value !== undefined ? e.value === d.value : e.get === d.get);
    });
  };
  const def = (name, f) => {
    const k = mangleAttr(name);
    if (isFlag && FLAG_OWN.has(name)) return;
    if (!Object.hasOwn(C, k) || copied(k)) Object.defineProperty(C, mangleAttr(name), { value: rt(f), writable: true, enumerable: true, configurable: true });
  };
  const val = (x) => (isMember(x) && x._value_ !== undefined ? x._value_ : x);
  for (const [name, op] of BINOPS) {
    if (T === str && !["add", "mul", "mod"].includes(name)) continue;
    def(`__${name}__`, function (o) {
      return op(this._value_, val(o));
    });
    def(`__r${name}__`, function (o) {
      return op(val(o), this._value_);
    });
  }
  for (const [name, op] of [["eq", eq], ["ne", ne], ["lt", lt], ["le", le], ["gt", gt], ["ge", ge]]) {
    def(`__${name}__`, function (o) {
      return op(this._value_, val(o));
    });
  }
  def("__hash__", function () {
    return hash(this._value_);
  });
  def("__bool__", function () {
    return truthy(this._value_);
  });
  if (T !== str) {
    for (const [name, op] of [["neg", neg], ["pos", pos], ["abs", abs], ["invert", invert]]) {
      if (T === float && name === "invert") continue;
      def(`__${name}__`, function () {
        return op(this._value_);
      });
    }
    def("__int__", function () {
      return int(this._value_);
    });
    def("__float__", function () {
      return float(this._value_);
    });
    if (T === int) {
      def("__index__", function () {
        return this._value_;
      });
    }
    def("__round__", function (...a) {
      return round(this._value_, ...a);
    });
  } else {
    def("__len__", function () {
      return len(this._value_);
    });
    def("__contains__", function (x) {
      return contains(this._value_, val(x));
    });
    def("__getitem__", function (i) {
      return getitem(this._value_, i);
    });
    def("__iter__", function () {
      return iter(this._value_);
    });
  }
  // The type's named methods (str.upper, int.bit_length, ...).
  ga(T === str ? "" : T === float ? 0.5 : 0, "__class__");
  const table = T.$methods;
  if (table !== undefined) {
    for (const name of Object.keys(table)) {
      if (name.startsWith("__")) continue;
      def(name, function (...a) {
        return cm(this._value_, name, ...a.map(val));
      });
    }
  }
}

/** IntEnum: members are ints; str() and format() show the value. */
export const IntEnum = mkclass("IntEnum", [int, ReprEnum], (C) => {
  C.__module__ = "enum";
  C.__str__ = rt(function () {
    return str(this._value_);
  });
  C.__format__ = rt(function (spec) {
    // int.__format__/str.__format__ with an empty spec is str(self): a subclass's __str__.
    return spec === "" ? str(this) : format(this._value_, spec);
  });
  C.__repr__ = Enum.__repr__;
}, EnumType);
installDataType(IntEnum, int);

/** StrEnum: members are strs; auto() gives the lower-cased name. */
export const StrEnum = mkclass("StrEnum", [str, ReprEnum], (C) => {
  C.__module__ = "enum";
  C.__str__ = rt(function () {
    return this._value_;
  });
  C.__format__ = rt(function (spec) {
    // int.__format__/str.__format__ with an empty spec is str(self): a subclass's __str__.
    return spec === "" ? str(this) : format(this._value_, spec);
  });
  C.__repr__ = Enum.__repr__;
  C._generate_next_value_ = function _generate_next_value_(name) {
    return name.toLowerCase();
  };
  C._generate_next_value_.$static = true;
}, EnumType);
installDataType(StrEnum, str);

// ================================================================== Flag

export const FlagBoundary = mkclass("FlagBoundary", [str, ReprEnum], (C) => {
  C.__module__ = "enum";
  C.STRICT = auto();
  C.CONFORM = auto();
  C.EJECT = auto();
  C.KEEP = auto();
  C._generate_next_value_ = function (name) {
    return name.toLowerCase();
  };
  C._generate_next_value_.$static = true;
}, EnumType);
installDataType(FlagBoundary, str);
export const STRICT = FlagBoundary.STRICT;
export const CONFORM = FlagBoundary.CONFORM;
export const EJECT = FlagBoundary.EJECT;
export const KEEP = FlagBoundary.KEEP;

/** enum.bin: `0b0 1000` style binary with a sign digit. */
function enumBin(num, maxBits) {
  num = toBig(num);
  const ceiling = 1n << BigInt(bitLength(num < 0n ? -num : num));
  let s;
  if (num >= 0n) s = "0b" + (num + ceiling).toString(2).replace("1", "0");
  else s = "0b" + ((~num ^ (ceiling - 1n)) + ceiling).toString(2);
  const sign = s.slice(0, 3);
  let digits = s.slice(3);
  if (maxBits !== undefined && digits.length < maxBits) digits = (sign[2].repeat(maxBits) + digits).slice(-maxBits);
  return `${sign} ${digits}`;
}

/** The members of flag class C making up `value`, in iteration order. */
function iterMembers(C, value) {
  const v = toBig(value) & toBig(C._flag_mask_);
  const out = [];
  for (let bit = 1n; bit <= v; bit <<= 1n) {
    if (v & bit) {
      const m = C._value2member_map_.get(normInt(bit));
      if (m !== undefined) out.push(m);
    }
  }
  if (C.$iterByDef) out.sort((a, b) => a._sort_order_ - b._sort_order_);
  return out;
}

function flagValue(x) {
  return toBig(typeof x === "object" ? int(x) : x);
}

/** Flag._missing_: make the pseudo-member for a combination of flags. */
function flagMissing(value) {
  const cls = this;
  if (!(typeof value === "number" && Number.isInteger(value)) && typeof value !== "bigint" && typeof value !== "boolean") {
    throw ValueError(`${repr(value)} is not a valid ${cls.__qualname__}`);
  }
  let v = toBig(value);
  const flagMask = toBig(cls._flag_mask_);
  const allBits = toBig(cls._all_bits_);
  const boundary = cls._boundary_;
  let negValue = null;
  if (!(~allBits <= v && v <= allBits) || (v & (allBits ^ flagMask))) {
    if (boundary === STRICT) {
      const maxBits = Math.max(bitLength(v), bitLength(flagMask));
      throw ValueError(`${classRepr(cls)} invalid value ${repr(value)}\n    given ${enumBin(v, maxBits)}\n  allowed ${enumBin(flagMask, maxBits)}`);
    } else if (boundary === CONFORM) {
      v = v & flagMask;
    } else if (boundary === EJECT) {
      return normInt(v);
    } else if (boundary === KEEP) {
      if (v < 0n) {
        const bl = BigInt(bitLength(-v));
        const m = allBits + 1n > (1n << bl) ? allBits + 1n : 1n << bl;
        v = m + v;
      }
    }
  }
  if (v < 0n) {
    negValue = v;
    v = allBits + 1n + v;
  }
  const unknownBits = v & ~flagMask;
  const memberValue = v & flagMask;
  const newMember = cls.$newMember;
  const pseudo = newMember !== undefined ? newMember(cls, normInt(v)) : Object.create(cls);
  if (!Object.hasOwn(pseudo, "_value_")) pseudo._value_ = cls._member_type_ === object ? normInt(v) : cls._member_type_(normInt(v));
  pseudo.$enumMember = true;
  pseudo.$enumReady = true;
  pseudo.__objclass__ = cls;
  pseudo._sort_order_ = -1;
  if (memberValue) {
    const ms = iterMembers(cls, memberValue);
    let combined = 0n;
    for (const m of ms) combined |= flagValue(m._value_);
    const unknown = v ^ combined;
    pseudo._name_ = ms.map((m) => m._name_).join("|");
    if (combined === 0n) pseudo._name_ = null;
    else if (unknown && boundary === STRICT) {
      throw ValueError(`${repr(value)} is not a valid ${cls.__qualname__}`);
    } else if (unknown) pseudo._name_ += `|${repr(normInt(unknown))}`;
  } else {
    pseudo._name_ = unknownBits ? null : null;
    if (unknownBits && boundary === KEEP) pseudo._name_ = null;
  }
  if (!unknownBits) {
    const key = normInt(v);
    const existing = cls._value2member_map_.get(key);
    if (existing !== undefined) return existing;
    cls._value2member_map_.set(key, pseudo);
    if (negValue !== null) cls._value2member_map_.set(normInt(negValue), pseudo);
  } else if (memberValue === 0n) {
    // Only unknown bits (KEEP): the name is the number.
    pseudo._name_ = null;
  }
  return pseudo;
}

export const Flag = mkclass("Flag", [Enum], (C) => {
  C.__module__ = "enum";
  C._boundary_ = null;
  C._generate_next_value_ = function _generate_next_value_(name, start, count, lastValues) {
    const last = arr(lastValues);
    if (count === 0 || last.length === 0) return start !== null && start !== undefined ? start : 1;
    let max = toBig(last[0]);
    for (const x of last) if (toBig(x) > max) max = toBig(x);
    return normInt(1n << BigInt(bitLength(max)));
  };
  C._generate_next_value_.$static = true;
  C.__repr__ = rt(function () {
    const cls = Object.getPrototypeOf(this);
    if (this._name_ === null) return `<${cls.__name__}: ${memberValueRepr(this)}>`;
    return `<${cls.__name__}.${this._name_}: ${memberValueRepr(this)}>`;
  });
  C.__str__ = rt(function () {
    const cls = Object.getPrototypeOf(this);
    if (this._name_ === null) return `${cls.__name__}(${repr(this._value_)})`;
    return `${cls.__name__}.${this._name_}`;
  });
  C.__contains__ = rt(function (other) {
    if (!isinstance(other, Object.getPrototypeOf(this))) {
      throw TypeError(`unsupported operand type(s) for 'in': '${typename(other)}' and '${Object.getPrototypeOf(this).__qualname__}'`);
    }
    const o = flagValue(other._value_);
    return (o & flagValue(this._value_)) === o;
  });
  C.__iter__ = rt(function () {
    return iter(iterMembers(Object.getPrototypeOf(this), flagValue(this._value_)));
  });
  C.__len__ = rt(function () {
    let n = 0;
    for (let v = flagValue(this._value_); v > 0n; v >>= 1n) if (v & 1n) n++;
    return n;
  });
  C.__bool__ = rt(function () {
    return flagValue(this._value_) !== 0n;
  });
  const binop = (name, f) => {
    C[name] = rt(function (other) {
      const cls = Object.getPrototypeOf(this);
      let o;
      if (isinstance(other, cls)) o = flagValue(other._value_);
      else if (cls._member_type_ !== object && (typeof other === "number" && Number.isInteger(other) || typeof other === "bigint" || typeof other === "boolean")) o = toBig(other);
      else return NotImplemented;
      return lookup(cls, normInt(f(flagValue(this._value_), o)));
    });
  };
  binop("__or__", (a, b) => a | b);
  binop("__and__", (a, b) => a & b);
  binop("__xor__", (a, b) => a ^ b);
  C.__ror__ = C.__or__;
  C.__rand__ = C.__and__;
  C.__rxor__ = C.__xor__;
  C.__invert__ = rt(function () {
    const cls = Object.getPrototypeOf(this);
    if (this.$inverted === undefined) {
      const v = flagValue(this._value_);
      const b = cls._boundary_;
      this.$inverted = b === EJECT || b === KEEP ? lookup(cls, normInt(~v)) : lookup(cls, normInt(toBig(cls._flag_mask_) ^ v));
    }
    return this.$inverted;
  });
}, EnumType, { boundary: null });
// Flag._missing_ is a classmethod.
Object.defineProperty(Flag, "_missing_", {
  get() {
    const cls = typeof this === "function" && this.$isclass === true ? this : Object.getPrototypeOf(this);
    const b = flagMissing.bind(cls);
    b.$self = cls;
    b.$func = flagMissing;
    return b;
  },
  enumerable: true,
  configurable: true,
});
Flag._boundary_ = STRICT;
FlagClass = Flag;

/** IntFlag: int-valued flags (boundary KEEP); str() shows the value. */
export const IntFlag = mkclass("IntFlag", [int, ReprEnum, Flag], (C) => {
  C.__module__ = "enum";
  C.__str__ = rt(function () {
    return str(this._value_);
  });
  C.__format__ = rt(function (spec) {
    // int.__format__/str.__format__ with an empty spec is str(self): a subclass's __str__.
    return spec === "" ? str(this) : format(this._value_, spec);
  });
  C.__repr__ = Flag.__repr__;
  for (const n of ["__or__", "__and__", "__xor__", "__ror__", "__rand__", "__rxor__", "__invert__", "__contains__", "__iter__", "__len__", "__bool__"]) C[n] = Flag[n];
}, EnumType, { boundary: KEEP });
installDataType(IntFlag, int);
IntFlag._boundary_ = KEEP;

// ================================================================== unique, verify helpers

/** @unique: raise ValueError when a member has aliases. */
export function unique(enumeration) {
  const dups = [];
  for (const [name, m] of enumeration._member_map_.entries()) if (name !== m._name_) dups.push(`${name} -> ${m._name_}`);
  if (dups.length > 0) throw ValueError(`duplicate values found in ${classRepr(enumeration)}: ${dups.join(", ")}`);
  return enumeration;
}

// ================================================================== verify (3.11)

/** enum.EnumCheck: the checks `@verify(...)` takes. */
export const EnumCheck = mkclass("EnumCheck", [str, ReprEnum], (C) => {
  C.__module__ = "enum";
  C.CONTINUOUS = "no skipped integer values";
  C.NAMED_FLAGS = "multi-flag aliases may not contain unnamed flags";
  C.UNIQUE = "no aliases";
}, EnumType);
installDataType(EnumCheck, str);
export const CONTINUOUS = EnumCheck.CONTINUOUS;
export const NAMED_FLAGS = EnumCheck.NAMED_FLAGS;
export const UNIQUE = EnumCheck.UNIQUE;

/** `@verify(UNIQUE, CONTINUOUS, NAMED_FLAGS)`: CPython's checks and messages. */
export function verify(...checks) {
  return function (enumeration) {
    const isFlag = FlagClass !== null && enumeration.$mro.includes(FlagClass);
    if (!isFlag && !enumeration.$mro.includes(Enum)) throw TypeError("the 'verify' decorator only works with Enum and Flag");
    const entries = [...enumeration._member_map_.entries()];
    const canonical = entries.filter(([name, m]) => name === m._name_).map(([, m]) => m);
    for (const check of checks) {
      if (check === UNIQUE) {
        const dups = entries.filter(([name, m]) => name !== m._name_).map(([name, m]) => `${name} -> ${m._name_}`);
        if (dups.length > 0) throw ValueError(`aliases found in ${classRepr(enumeration)}: ${dups.join(", ")}`);
      } else if (check === CONTINUOUS) {
        const values = [...new Set(canonical.map((m) => Number(m._value_)))];
        if (values.length < 2) continue;
        const low = Math.min(...values), high = Math.max(...values);
        const missing = [];
        if (isFlag) {
          const hb = (v) => Math.floor(Math.log2(v));
          for (let i = hb(low) + 1; i < hb(high); i++) if (!values.includes(2 ** i)) missing.push(2 ** i);
        } else {
          for (let i = low + 1; i < high; i++) if (!values.includes(i)) missing.push(i);
        }
        if (missing.length > 0) {
          throw ValueError(`invalid ${isFlag ? "flag" : "enum"} '${enumeration.__name__}': missing values ${missing.join(", ")}`.slice(0, 256));
        }
      } else if (check === NAMED_FLAGS) {
        // CPython: an "alias" is any name outside _member_names_ (so a multi-bit member too).
        const values = enumeration._member_names_.map((n) => Number(enumeration._member_map_.get(n)._value_));
        const names = [];
        let missingValue = 0;
        for (const [name, m] of entries) {
          if (enumeration._member_names_.includes(name) || Number(m._value_) < 0) continue;
          const v = Number(m._value_);
          const missed = [];
          for (let b = 1; b <= v; b *= 2) if (v & b && !values.includes(b)) missed.push(b);
          if (missed.length > 0) {
            names.push(name);
            for (const b of missed) missingValue |= b;
          }
        }
        if (names.length > 0) {
          const alias = names.length === 1 ? `alias ${names[0]} is missing`
            : `aliases ${names.slice(0, -1).join(", ")} and ${names[names.length - 1]} are missing`;
          const single = (missingValue & (missingValue - 1)) === 0;
          const value = single ? `value 0x${missingValue.toString(16)}` : `combined values of 0x${missingValue.toString(16)}`;
          throw ValueError(`invalid Flag '${enumeration.__name__}': ${alias} ${value} [use enum.show_flag_values(value) for details]`);
        }
      }
    }
    return enumeration;
  };
}

/** enum.property (a DynamicClassAttribute in CPython): the builtin property here. */
export { property } from "./builtins.mjs";

export function global_enum(cls) {
  return cls;
}

/** What `enum.member(x)` / `enum.nonmember(x)` return: read when the enum class is made. */
function EnumMarker(kind, value) {
  // A function declaration (hoisted): the enum classes this module makes at load read it.
  this.kind = kind;
  this.value = value;
}

export function member(v) {
  return new EnumMarker("member", v);
}

export function nonmember(v) {
  return new EnumMarker("nonmember", v);
}

/** `enum.show_flag_values(value)`: the powers of two in value, lowest first. */
export function show_flag_values(value) {
  let n = toBig(value);
  const out = [];
  while (n > 0n) {
    const b = n & -n;
    out.push(normInt(b));
    n ^= b;
  }
  return out;
}
