// The `typing` module: every name imports, and annotations are not checked at run time.
// Subscripting a typing form gives a generic alias that prints as CPython's (`typing.List[int]`,
// `typing.Optional[str]`); generic aliases and `X | Y` unions are core (rt/object.mjs).
// `NamedTuple` and `TypedDict` are made in collections.mjs.

import {
  mkclass, TypeError, AssertionError, NoneType, repr, generic_alias, typeRepr, isinstance, issubclass, eq, Tuple, tuple_of, splitkw, kwtake,
  truthy, list, dict, set, frozenset, tuple, type, str, bytes, ga, UnionType, Dict as PyDict, typename,
} from "./builtins.mjs";
import { _NamedTuple, _TypedDict, deque, defaultdict, OrderedDict, Counter, ChainMap } from "./collections.mjs";
import * as abc from "./collections/abc.mjs";

/** `class P(NamedTuple): x: int` and `NamedTuple("P", [("x", int)])` (see collections.mjs). */
export const NamedTuple = _NamedTuple;
/** `class Movie(TypedDict): title: str`: calls return plain dicts (see collections.mjs). */
export const TypedDict = _TypedDict;

const T_NONE = () => NoneType;

/** An argument inside a typing alias: strings are forward references, None is NoneType. */
function typingArg(x) {
  if (typeof x === "string") return `ForwardRef(${repr(x)})`;
  return typeRepr(x === null || x === undefined ? T_NONE() : x);
}

/** How `Literal[...]` and `Annotated[...]` print their (value) arguments. */
function valueArg(x) {
  return repr(x);
}

/**
 * A typing form such as `List` or `Optional`: prints as `typing.List`, subscripting gives a
 * generic alias (`typing.List[int]`), isinstance against the bare form checks its origin
 * (`isinstance(x, List)` is `isinstance(x, list)`). `subscript(form, k)` overrides subscripting.
 */
function form(name, origin = null, subscript = null) {
  const f = function (x) {
    if (origin !== null) return origin(...arguments);
    throw TypeError(`Cannot instantiate typing.${name}`);
  };
  f.__name__ = name;
  f._name = name;
  f.$name = name;
  f.$typeform = true;
  f.$repr = `typing.${name}`;
  f.__repr__ = () => f.$repr;
  f.__class_getitem__ = (k) => {
    if (subscript !== null) return subscript(f, k);
    return generic_alias(origin ?? f, k, {
      name: f.$repr, short: name, argRepr: typingArg,
      check: "Subscripted generics cannot be used with class and instance checks",
    });
  };
  f.$instancecheck = (_f, x) => {
    if (origin === null) throw TypeError(`typing.${name} cannot be used with isinstance()`);
    return isinstance(x, origin);
  };
  f.$subclasscheck = (_f, C) => {
    if (origin === null) throw TypeError(`typing.${name} cannot be used with issubclass()`);
    return issubclass(C, origin);
  };
  return f;
}

/** `Union[...]`: flattened, deduplicated, one argument gives itself. */
function union(args) {
  if (args instanceof Tuple && args.length === 0) throw TypeError("Cannot take a Union of no types.");
  const out = [];
  for (let x of args instanceof Tuple ? args : [args]) {
    if (x === null || x === undefined) x = NoneType;
    const inner = x.$unionArgs ?? [x];
    for (const t of inner) if (!out.some((y) => y === t || eq(y, t))) out.push(t);
  }
  if (out.length === 1) return out[0];
  const optional = out.length === 2 && out.includes(NoneType);
  const a = generic_alias(Union, tuple_of(out), {
    name: optional ? "typing.Optional" : "typing.Union", argRepr: typingArg,
    check: "Subscripted generics cannot be used with class and instance checks",
  });
  if (optional) a.__args__ = tuple_of(out); // the repr shows the non-None one only
  a.$unionArgs = out;
  a.$opts.args = optional ? tuple_of(out.filter((t) => t !== NoneType)) : null;
  a.$instancecheck = (_a, x) => out.some((t) => isinstance(x, t));
  return a;
}

const ORIGINS = {
  List: list, Dict: dict, Set: set, FrozenSet: frozenset, Tuple: tuple, Type: type,
  Deque: deque, DefaultDict: defaultdict, OrderedDict: OrderedDict, Counter: Counter, ChainMap: ChainMap,
  Iterable: abc.Iterable, Iterator: abc.Iterator, Generator: abc.Generator, Sequence: abc.Sequence,
  MutableSequence: abc.MutableSequence, Mapping: abc.Mapping, MutableMapping: abc.MutableMapping,
  Callable: abc.Callable, Hashable: abc.Hashable, Sized: abc.Sized, Container: abc.Container,
  Collection: abc.Collection, Reversible: abc.Reversible, AbstractSet: abc.Set, Awaitable: abc.Awaitable,
  Coroutine: abc.Coroutine, AsyncIterable: abc.AsyncIterable, AsyncIterator: abc.AsyncIterator,
  AsyncGenerator: abc.AsyncGenerator, KeysView: abc.KeysView, ValuesView: abc.ValuesView,
  ItemsView: abc.ItemsView, MappingView: abc.MappingView, MutableSet: abc.MutableSet, Text: str,
};

const SPECIAL = {
  Union: (_f, k) => union(k),
  Optional: (_f, k) => union(tuple_of([k, null])),
  Literal: (f, k) => {
    // Deduplicated by (value, type); compared as a set of those (CPython's _LiteralGenericAlias).
    const out = [];
    for (const x of k instanceof Tuple ? k : [k]) {
      if (!out.some((y) => typename(y) === typename(x) && eq(y, x))) out.push(x);
    }
    const a = generic_alias(f, tuple_of(out), { name: "typing.Literal", argRepr: valueArg });
    a.$literal = true;
    a.$eq = (b) => b.__args__.length === out.length &&
      out.every((t) => b.__args__.some((w) => typename(t) === typename(w) && eq(t, w)));
    return a;
  },
  Annotated: (f, k) => {
    const args = k instanceof Tuple ? k : [k];
    return generic_alias(f, k, { name: "typing.Annotated", argRepr: (x) => (x === args[0] ? typingArg(x) : valueArg(x)) });
  },
};

const FORMS = [
  "Any", "Union", "Optional", "List", "Dict", "Tuple", "Set", "FrozenSet", "Callable", "Iterable",
  "Iterator", "Generator", "AsyncGenerator", "AsyncIterator", "AsyncIterable", "Sequence",
  "MutableSequence", "Mapping", "MutableMapping", "Type", "Literal", "Final", "ClassVar",
  "Annotated", "Awaitable", "Coroutine", "Deque", "DefaultDict", "Counter", "OrderedDict",
  "ChainMap", "NoReturn", "Never", "Self", "TypeAlias", "Concatenate", "IO", "TextIO",
  "BinaryIO", "Hashable", "Sized", "Container", "Collection", "Reversible", "SupportsInt",
  "SupportsFloat", "SupportsIndex", "SupportsAbs", "SupportsRound", "AbstractSet", "KeysView",
  "ValuesView", "ItemsView", "MappingView", "LiteralString", "Required", "NotRequired", "Unpack",
  "TypeGuard", "AnyStr", "Text", "Pattern", "Match", "ByteString", "MutableSet",
];
const forms = Object.fromEntries(FORMS.map((n) => [n, form(n, ORIGINS[n] ?? null, SPECIAL[n] ?? null)]));

// One line each: `from typing import *` reads the names of `export const` lines.
export const Any = forms.Any;
export const Union = forms.Union;
export const Optional = forms.Optional;
export const List = forms.List;
export const Dict = forms.Dict;
const Tuple_ = forms.Tuple;
export const Set = forms.Set;
export const FrozenSet = forms.FrozenSet;
export const Callable = forms.Callable;
export const Iterable = forms.Iterable;
export const Iterator = forms.Iterator;
export const Generator = forms.Generator;
export const AsyncGenerator = forms.AsyncGenerator;
export const AsyncIterator = forms.AsyncIterator;
export const AsyncIterable = forms.AsyncIterable;
export const Sequence = forms.Sequence;
export const MutableSequence = forms.MutableSequence;
export const Mapping = forms.Mapping;
export const MutableMapping = forms.MutableMapping;
export const Type = forms.Type;
export const Literal = forms.Literal;
export const Final = forms.Final;
export const ClassVar = forms.ClassVar;
export const Annotated = forms.Annotated;
export const Awaitable = forms.Awaitable;
export const Coroutine = forms.Coroutine;
export const Deque = forms.Deque;
export const DefaultDict = forms.DefaultDict;
const Counter_ = forms.Counter;
const OrderedDict_ = forms.OrderedDict;
const ChainMap_ = forms.ChainMap;
export const NoReturn = forms.NoReturn;
export const Never = forms.Never;
export const Self = forms.Self;
export const TypeAlias = forms.TypeAlias;
export const Concatenate = forms.Concatenate;
export const IO = forms.IO;
export const TextIO = forms.TextIO;
export const BinaryIO = forms.BinaryIO;
export const Hashable = forms.Hashable;
export const Sized = forms.Sized;
export const Container = forms.Container;
export const Collection = forms.Collection;
export const Reversible = forms.Reversible;
export const SupportsInt = forms.SupportsInt;
export const SupportsFloat = forms.SupportsFloat;
export const SupportsIndex = forms.SupportsIndex;
export const SupportsAbs = forms.SupportsAbs;
export const SupportsRound = forms.SupportsRound;
export const AbstractSet = forms.AbstractSet;
export const KeysView = forms.KeysView;
export const ValuesView = forms.ValuesView;
export const ItemsView = forms.ItemsView;
export const MappingView = forms.MappingView;
export const LiteralString = forms.LiteralString;
export const Required = forms.Required;
export const NotRequired = forms.NotRequired;
export const Unpack = forms.Unpack;
export const TypeGuard = forms.TypeGuard;
export const Text = forms.Text;
export const Pattern = forms.Pattern;
export const Match = forms.Match;
export const ByteString = forms.ByteString;
export const MutableSet = forms.MutableSet;
export { Tuple_ as Tuple, Counter_ as Counter, OrderedDict_ as OrderedDict, ChainMap_ as ChainMap };

/** A subscriptable base class (`Generic[T]`, `Protocol`): its subclasses are subscriptable too. */
function baseClass(name) {
  const B = mkclass(name, [], (C) => {
    C.__module__ = "typing";
  });
  B.__class_getitem__ = function (k) {
    if (this === B) {
      for (const x of k instanceof Tuple ? k : [k]) {
        if (!isinstance(x, TypeVar)) {
          throw TypeError(`Parameters to ${name}[...] must all be type variables or parameter specification variables.`);
        }
      }
    }
    return this === B
      ? generic_alias(B, k, { name: `typing.${name}`, entry: B, argRepr: typingArg })
      : generic_alias(this, k, { entry: this, argRepr: typingArg });
  };
  return B;
}

export const Generic = baseClass("Generic");
export const Protocol = baseClass("Protocol");
Object.defineProperty(Protocol, "$protocolBase", { value: true }); // classes listing it are protocols
export const TYPE_CHECKING = false;

/** `TypeVar("T", ...)`: prints as `~T` (`+T` covariant, `-T` contravariant). */
export const TypeVar = mkclass("TypeVar", [], (C) => {
  C.__module__ = "typing";
  C.__init__ = function (...args) {
    const k = splitkw(args);
    this.__name__ = args[0];
    this.__bound__ = (k && kwtake(k, "bound")) ?? null;
    this.__covariant__ = truthy((k && kwtake(k, "covariant")) ?? false);
    this.__contravariant__ = truthy((k && kwtake(k, "contravariant")) ?? false);
    this.__constraints__ = tuple_of(args.slice(1));
    return null;
  };
  C.__init__.$rt = true;
  C.__repr__ = function () {
    return (this.__covariant__ ? "+" : this.__contravariant__ ? "-" : "~") + this.__name__;
  };
  C.__repr__.$rt = true;
  C.__or__ = function (o) {
    return union(tuple_of([this, o]));
  };
  C.__or__.$rt = true;
});
export const ParamSpec = TypeVar;
export const AnyStr = TypeVar("AnyStr", bytes, str);
export const TypeVarTuple = TypeVar;
export function NewType(name, tp) {
  const f = (x) => x;
  f.__name__ = name;
  f.__supertype__ = tp;
  f.$repr = `__main__.${name}`;
  return f;
}
export function cast(_tp, value) {
  return value;
}
export function overload(f) {
  return f;
}
/** `@final` (3.11): sets `__final__ = True` on what it decorates, where it can. */
export function final(f) {
  try {
    f.__final__ = true;
  } catch {
    // objects that take no attributes are returned as they are
  }
  return f;
}
export const no_type_check = overload;
export function no_type_check_decorator(decorator) {
  return decorator;
}
/** `assert_type(val, typ)`: returns `val` (nothing is checked at run time). */
export function assert_type(val, _typ) {
  return val;
}
/** The overload registry is not kept (`@overload` returns the function as it is). */
export function get_overloads(_func) {
  return list();
}
export function clear_overloads() {
  return null;
}
export function is_typeddict(tp) {
  return typeof tp === "function" && tp !== TypedDict && (tp.$mro ?? []).includes(TypedDict);
}
/** Names that do not count as protocol members (typing._get_protocol_attrs). */
const NOT_MEMBERS = new Set([
  "__abstractmethods__", "__annotations__", "__weakref__", "_is_protocol", "_is_runtime_protocol", "__dict__",
  "__args__", "__slots__", "__next_in_mro__", "__parameters__", "__origin__", "__orig_bases__", "__extra__",
  "__tree_hash__", "__doc__", "__subclasshook__", "__init__", "__new__", "__module__", "_MutableMapping__marker",
  "_gorg", "__class_getitem__", "__qualname__", "__name__", "__match_args__", "__init_subclass__",
]);

/** Own properties every JS function has. */
const JS_KEYS = new Set(["length", "name", "prototype", "arguments", "caller"]);

/** `@runtime_checkable`: isinstance() against the protocol checks its members structurally. */
export function runtime_checkable(cls) {
  const attrs = new Set();
  for (const C of cls.$mro ?? []) {
    if (C === Protocol || C === Generic || !(C.$mro ?? []).includes(Protocol)) continue;
    for (const k of Object.getOwnPropertyNames(C)) {
      if (JS_KEYS.has(k)) continue; // (a Python attribute of that name is stored as `k$`)
      const n = k.endsWith("$") && !k.slice(0, -1).includes("$") ? k.slice(0, -1) : k;
      if (!n.includes("$") && !NOT_MEMBERS.has(n) && !n.startsWith("_abc_")) attrs.add(n);
    }
    if (Object.hasOwn(C, "$annText")) for (const n of C.$annText.keys()) attrs.add(n);
  }
  cls.$protoAttrs = [...attrs];
  return cls;
}
export function dataclass_transform() {
  return overload;
}
/**
 * `get_type_hints(obj)`: the annotations with string ones evaluated (and None as NoneType).
 * The compiler emits the evaluated form of each string annotation as a thunk when the module
 * mentions get_type_hints (`$hints` on a class from `$annotate`, `$sig.hints` on a function),
 * closing over the names the annotation's scope sees (module globals, class attributes).
 * A class collects its bases' annotations too, from the last base in the MRO to the class.
 */
export function get_type_hints(obj, ...rest) {
  const k = splitkw(rest);
  let extras = k === null ? undefined : kwtake(k, "include_extras");
  if (extras === undefined && rest.length >= 3) extras = rest[2];
  extras = extras !== undefined && truthy(extras);
  const out = new PyDict();
  // Without include_extras, `Annotated[T, ...]`, `Required[T]` and `NotRequired[T]` give `T`.
  const strip = (v) => {
    while (!extras && v !== null && v !== undefined) {
      const o = get_origin(v);
      if (o !== forms.Annotated && o !== forms.Required && o !== forms.NotRequired) break;
      v = get_args(v)[0];
    }
    return v;
  };
  const put = (k, v) => out.set(k, v === null ? NoneType : strip(v));
  if (typeof obj === "function" && obj.$isclass === true) {
    const mro = [...ga(obj, "__mro__")].reverse();
    for (const base of mro) {
      if (!Object.hasOwn(base, "__annotations__")) continue;
      const hints = Object.hasOwn(base, "$hints") ? base.$hints : null;
      for (const [k, v] of base.__annotations__.entries()) {
        const h = hints === null ? undefined : hints.get(k);
        put(k, h === undefined ? v : h());
      }
    }
    return out;
  }
  const a = ga(obj, "__annotations__");
  let sig = obj?.$sig;
  if (sig === undefined && obj?.$func !== undefined) sig = obj.$func.$sig;
  const hints = new Map();
  if (sig?.hints !== undefined) {
    const flat = sig.hints();
    for (let i = 0; i < flat.length; i += 2) hints.set(flat[i], flat[i + 1]);
  }
  for (const [k, v] of a.entries()) put(k, hints.has(k) ? hints.get(k) : v);
  return out;
}
export function assert_never(x) {
  let value = repr(x);
  if (value.length > 100) value = value.slice(0, 100) + "...";
  throw AssertionError(`Expected code to be unreachable, but got: ${value}`);
}
export function reveal_type(x) {
  return x;
}

const FORM_ORIGINS = new Map(FORMS.filter((n) => ORIGINS[n] !== undefined).map((n) => [forms[n], ORIGINS[n]]));

/** `get_origin(tp)`: the unsubscripted type behind a generic alias or union (None otherwise). */
export function get_origin(tp) {
  if (tp === null || tp === undefined || (typeof tp !== "function" && typeof tp !== "object")) return null;
  if (tp.$unionArgs !== undefined) return forms.Union;
  if (Object.getPrototypeOf(tp) === UnionType) return UnionType;
  const o = tp.__origin__;
  if (o === undefined || o === null) return null;
  return FORM_ORIGINS.get(o) ?? o;
}

/** `get_args(tp)`: the arguments of a generic alias or union, as a tuple (`()` otherwise). */
export function get_args(tp) {
  if (tp === null || tp === undefined || (typeof tp !== "function" && typeof tp !== "object")) return tuple_of([]);
  if (tp.$unionArgs !== undefined) return tuple_of(tp.$unionArgs);
  const a = tp.__args__;
  if (a === undefined || a === null || get_origin(tp) === null) return tuple_of([]);
  return a instanceof Tuple ? a : tuple_of([...a]);
}
