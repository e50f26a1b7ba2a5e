from typing import (Protocol, runtime_checkable, TypeVar, Generic, Optional, Union, Callable, Iterator, Any,
                    NamedTuple, TypedDict, Literal, Final, cast, overload, get_type_hints, ClassVar, Sequence)
from dataclasses import dataclass

T = TypeVar("T")
K = TypeVar("K", bound=str)


@runtime_checkable
class SupportsArea(Protocol):
    def area(self) -> float: ...


@runtime_checkable
class Named(Protocol):
    name: str


class Square:
    def __init__(self, s: float):
        self.s = s
        self.name = "square"

    def area(self) -> float:
        return self.s ** 2


class Blob:
    pass


print(isinstance(Square(2), SupportsArea), isinstance(Blob(), SupportsArea), isinstance(Square(1), Named))


class Stack(Generic[T]):
    def __init__(self) -> None:
        self._items: list[T] = []

    def push(self, item: T) -> "Stack[T]":
        self._items.append(item)
        return self

    def pop(self) -> Optional[T]:
        return self._items.pop() if self._items else None

    def __iter__(self) -> Iterator[T]:
        return reversed(self._items)

    def __len__(self) -> int:
        return len(self._items)


s: Stack[int] = Stack[int]()
s.push(1).push(2).push(3)
print(list(s), s.pop(), len(s), Stack.__name__, Stack[int].__origin__ is Stack if hasattr(Stack[int], "__origin__") else "?")


class Point(NamedTuple):
    x: float
    y: float = 0.0

    def dist(self) -> float:
        return (self.x ** 2 + self.y ** 2) ** 0.5


class Movie(TypedDict, total=False):
    title: str
    year: int


p = Point(3, 4)
m: Movie = {"title": "Heat", "year": 1995}
print(p, p.dist(), Point._field_defaults, m, type(m).__name__, Movie.__total__ if hasattr(Movie, "__total__") else "?")

Mode = Literal["r", "w"]
MAX: Final = 10


def open_mode(mode: Mode = "r") -> str:
    return {"r": "read", "w": "write"}[mode]


@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x):
    return x * 2


def apply(fn: Callable[[int], int], values: Sequence[int]) -> list[int]:
    return [fn(v) for v in values]


def first(items: list[T], default: Union[T, None] = None) -> Optional[T]:
    return items[0] if items else default


@dataclass
class Inventory:
    items: dict[str, int]
    limit: ClassVar[int] = 100
    owner: Optional[str] = None


print(open_mode(), open_mode("w"), double(4), double("ab"), apply(lambda v: v + MAX, [1, 2]), first([], "none"), first([7]))
print(cast(int, "not really an int"), cast("list[str]", [1]))
hints = get_type_hints(first)
print(sorted(hints), hints["return"], get_type_hints(Inventory)["owner"])
print(first.__annotations__["items"], Optional[int], Union[int, str], Union[int, None] == Optional[int], list[int], dict[str, list[int]])
print(Callable[[int], str], Any, T, K, K.__bound__, T.__name__, Literal["a", 1], Sequence[int])
print(int | None, (int | str).__args__, isinstance(3, int | str), Inventory.limit, Inventory({"a": 1}))
try:
    isinstance(3, Sequence[int])
except TypeError as e:
    print("TypeError:", e)
