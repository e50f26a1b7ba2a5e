// The `typing` module: every name imports, and annotations are not checked at run time.
// Subscripting a typing form (`List[int]`, `Optional[str]`) gives the form back.
// `NamedTuple` and `TypedDict` are made in collections.mjs.

import { mkclass, TypeError } from "./builtins.mjs";
import { _NamedTuple, _TypedDict } from "./collections.mjs";

/** `class P(NamedTuple): x: int` and `NamedTuple("P", [("x", int)])` (see collections.mjs). */
export const NamedTuple = _NamedTuple;
/** `class Movie(TypedDict): title: str`: calls return plain dicts (see collections.mjs). */
export const TypedDict = _TypedDict;

/** A typing form such as `List` or `Optional`: subscriptable, callable as a no-op marker. */
function form(name) {
  const f = function (x) {
    return x;
  };
  f.__name__ = name;
  f._name = name;
  f.__getitem__ = () => f;
  f.__or__ = () => f;
  f.__ror__ = () => f;
  f.$repr = `typing.${name}`;
  return f;
}

/** A subscriptable base class (`Generic[T]`, `Protocol`). */
function baseClass(name) {
  return mkclass(name, [], (C) => {
    // `Generic[T]`, `Stack[int]` (a subclass): the class itself.
    C.__class_getitem__ = function () {
      return this;
    };
    C.__module__ = "typing";
  });
}

const FORMS = [
  "Any", "Union", "Optional", "List", "Dict", "Tuple", "Set", "FrozenSet", "Callable", "Iterable",
  "Iterator", "Generator", "AsyncGenerator", "AsyncIterator", "AsyncIterable", "Sequence",
  "MutableSequence", "Mapping", "MutableMapping", "Type", "Literal", "Final", "ClassVar",
  "Annotated", "Awaitable", "Coroutine", "Deque", "DefaultDict", "Counter", "OrderedDict",
  "ChainMap", "NoReturn", "Never", "Self", "TypeAlias", "Concatenate", "IO", "TextIO",
  "BinaryIO", "Hashable", "Sized", "Container", "Collection", "Reversible", "SupportsInt",
  "SupportsFloat", "SupportsIndex", "SupportsAbs", "SupportsRound", "AbstractSet", "KeysView",
  "ValuesView", "ItemsView", "MappingView", "LiteralString", "Required", "NotRequired", "Unpack",
  "TypeGuard", "AnyStr", "Text", "Pattern", "Match", "ByteString",
];
const forms = Object.fromEntries(FORMS.map((n) => [n, form(n)]));

export const {
  Any, Union, Optional, List, Dict, Tuple, Set, FrozenSet, Callable, Iterable, Iterator, Generator,
  AsyncGenerator, AsyncIterator, AsyncIterable, Sequence, MutableSequence, Mapping, MutableMapping,
  Type, Literal, Final, ClassVar, Annotated, Awaitable, Coroutine, Deque, DefaultDict, Counter,
  OrderedDict, ChainMap, NoReturn, Never, Self, TypeAlias, Concatenate, IO, TextIO, BinaryIO,
  Hashable, Sized, Container, Collection, Reversible, SupportsInt, SupportsFloat, SupportsIndex,
  SupportsAbs, SupportsRound, AbstractSet, KeysView, ValuesView, ItemsView, MappingView,
  LiteralString, Required, NotRequired, Unpack, TypeGuard, AnyStr, Text, Pattern, Match, ByteString,
} = forms;

export const Generic = baseClass("Generic");
export const Protocol = baseClass("Protocol");
export const TYPE_CHECKING = false;

/** `TypeVar("T", ...)`, `ParamSpec("P")`, `NewType("Id", int)`. */
export function TypeVar(name) {
  return form(name);
}
export const ParamSpec = TypeVar;
export const TypeVarTuple = TypeVar;
export function NewType(name, tp) {
  const f = (x) => x;
  f.__name__ = name;
  f.__supertype__ = tp;
  return f;
}
export function cast(_tp, value) {
  return value;
}
export function overload(f) {
  return f;
}
export const final = overload;
export const no_type_check = overload;
export const runtime_checkable = overload;
export function dataclass_transform() {
  return overload;
}
export function get_type_hints(obj) {
  return obj.__annotations__ ?? null;
}
export function assert_never(x) {
  throw TypeError(`Expected code to be unreachable, but got: ${x}`);
}
export function reveal_type(x) {
  return x;
}
