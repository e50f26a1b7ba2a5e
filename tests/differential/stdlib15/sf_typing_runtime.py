from __future__ import annotations
import typing
from typing import (Any, Callable, ClassVar, Dict, Final, Generic, List, Literal, NamedTuple, Optional, Protocol,
                    Tuple, TypedDict, TypeVar, Union, get_type_hints, get_origin, get_args, cast, overload, runtime_checkable, NewType)
from dataclasses import dataclass, field

T = TypeVar("T")
K = TypeVar("K", bound=str)

class Movie(TypedDict):
    title: str
    year: int

class PartialMovie(TypedDict, total=False):
    title: str
    rating: float

m: Movie = {"title": "Blade Runner", "year": 1982}
print(m, type(m).__name__, Movie.__required_keys__ if hasattr(Movie, "__required_keys__") else "", sorted(PartialMovie.__optional_keys__))
print(Movie(title="x", year=1), Movie.__total__, PartialMovie.__total__)

class Point(NamedTuple):
    x: int
    y: int = 0
    def norm(self) -> float:
        return (self.x ** 2 + self.y ** 2) ** 0.5
p = Point(3, 4)
print(p, p.norm(), p._replace(y=0), p._asdict(), Point._fields, Point._field_defaults, Point(1))

@runtime_checkable
class Closeable(Protocol):
    def close(self) -> None: ...

class Res:
    def close(self):
        print("closing")
print(isinstance(Res(), Closeable), isinstance(1, Closeable))

class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()
s: Stack[int] = Stack()
s.push(1)
print(s.pop(), Stack[int], Stack[int]().__class__.__name__)

def f(a: int, b: Optional[str] = None, *args: float, c: Literal["x", "y"] = "x", **kw: Any) -> Dict[str, List[int]]:
    return {}
print(get_type_hints(f))
print(f.__annotations__)

@dataclass
class Config:
    name: str
    tags: list[str] = field(default_factory=list)
    limit: ClassVar[int] = 10
    ratio: float | None = None
print(get_type_hints(Config))

for tp in [List[int], Dict[str, int], Optional[int], Union[int, str], Tuple[int, ...], Callable[[int, str], bool], Literal[1, "a"],
           list[int], dict[str, list[int]], int | None, Final[int], ClassVar[str], Any, typing.Sequence[int], type[int]]:
    print(repr(tp), get_origin(tp), get_args(tp))
print(Union[int, int], Union[int, Union[str, float]], Optional[Union[int, str]], Union[int] is int)
UserId = NewType("UserId", int)
print(UserId(5), UserId.__name__, repr(UserId), UserId.__supertype__)
print(cast(int, "s"), cast("List[int]", [1]))
print(T, K, T.__name__, K.__bound__, TypeVar("S", int, str).__constraints__)

@overload
def g(x: int) -> int: ...
@overload
def g(x: str) -> str: ...
def g(x):
    return x
print(g(3), g("a"))
print(typing.TYPE_CHECKING, typing.get_origin(Literal["a"]) is Literal)
class Tree(TypedDict):
    value: int
    children: list[Tree]
print(get_type_hints(Tree))
def h(x: "Point") -> "Optional[Point]":
    return None
print(get_type_hints(h))
try:
    isinstance(1, List[int])
except TypeError as e:
    print("TypeError:", e)
print(isinstance([], typing.List), issubclass(list, typing.Sequence), isinstance({}, typing.Mapping), isinstance(1, typing.Hashable))
print(callable(typing.assert_never), typing.reveal_type(5) if False else "", typing.Self, typing.LiteralString, typing.Never)
def deco(fn: Callable[..., T]) -> Callable[..., T]:
    return fn
print(deco(len)("abc"), typing.get_type_hints(deco))
