# Typing annotations at runtime: __annotations__ of functions, classes, get_type_hints,
# Optional/Union/List reprs, TypedDict/NamedTuple/Protocol basics, TypeVar/Generic.
from typing import Optional, Union, List, Dict, Callable, NamedTuple, TypedDict, TypeVar, Generic, Any, get_type_hints


def f(a: int, b: "str" = "x", *args: float, c: Optional[int] = None, **kw: Any) -> List[int]:
    return [a]


print(f.__annotations__)
print(Optional[int], Union[int, str], List[int], Dict[str, List[int]], Callable[[int], str])
print(Union[int, None] == Optional[int], int | None, list[int] | None)


class Pt(NamedTuple):
    x: int
    y: int = 0

    def dist(self):
        return abs(self.x) + abs(self.y)


p = Pt(3, -4)
print(p, p.dist(), Pt._fields, Pt.__annotations__, p._replace(x=0))


class Movie(TypedDict):
    title: str
    year: int


m: Movie = {"title": "Up", "year": 2009}
print(m, type(m).__name__, Movie.__annotations__ if hasattr(Movie, "__annotations__") else None)

T = TypeVar("T")


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: list[T] = []

    def push(self, x: T) -> None:
        self.items.append(x)

    def pop(self) -> T:
        return self.items.pop()


s = Stack[int]()
s.push(1)
s.push(2)
print(s.pop(), s.items, T, Stack.__name__)


class Config:
    name: str
    retries: int = 3
    ratio: "float"


print(Config.__annotations__, Config.retries, get_type_hints(Config))
x: int = 5
print(__annotations__ if "__annotations__" in dir() else "no module annotations")
