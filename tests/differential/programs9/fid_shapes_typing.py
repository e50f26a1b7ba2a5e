"""Typed geometry: Protocol, Generic, TypeVar, frozen dataclasses, __post_init__, InitVar."""
from __future__ import annotations
from dataclasses import dataclass, field, InitVar, fields, asdict, astuple, replace, is_dataclass
from typing import Protocol, TypeVar, Generic, Iterable, Iterator, Union, Optional, ClassVar, runtime_checkable
import math

T = TypeVar("T")
N = TypeVar("N", int, float)


@runtime_checkable
class HasArea(Protocol):
    def area(self) -> float: ...


@dataclass(frozen=True)
class Point:
    x: float
    y: float

    def __add__(self, o: Point) -> Point:
        return Point(self.x + o.x, self.y + o.y)

    def dist(self, o: Point) -> float:
        return math.hypot(self.x - o.x, self.y - o.y)


@dataclass
class Circle:
    center: Point
    r: float
    kind: ClassVar[str] = "circle"

    def __post_init__(self):
        if self.r < 0:
            raise ValueError("negative radius")

    def area(self) -> float:
        return math.pi * self.r ** 2


@dataclass
class Polygon:
    pts: list[Point] = field(default_factory=list)
    closed: bool = field(default=True, repr=False)
    scale: InitVar[float] = 1.0
    perimeter: float = field(init=False, default=0.0)

    def __post_init__(self, scale):
        self.pts = [Point(p.x * scale, p.y * scale) for p in self.pts]
        n = len(self.pts)
        self.perimeter = round(sum(self.pts[i].dist(self.pts[(i + 1) % n]) for i in range(n)), 6)

    def area(self) -> float:
        n = len(self.pts)
        return abs(sum(self.pts[i].x * self.pts[(i + 1) % n].y - self.pts[(i + 1) % n].x * self.pts[i].y for i in range(n))) / 2


class Stack(Generic[T]):
    def __init__(self, items: Iterable[T] = ()) -> None:
        self._items: list[T] = list(items)

    def push(self, item: T) -> None:
        self._items.append(item)

    def pop(self) -> T:
        if not self._items:
            raise IndexError("pop from empty Stack")
        return self._items.pop()

    def __iter__(self) -> Iterator[T]:
        return reversed(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def __repr__(self) -> str:
        return f"Stack({self._items!r})"


def total_area(shapes: Iterable[HasArea]) -> float:
    return sum(s.area() for s in shapes)


def clamp(x: N, lo: N, hi: N) -> N:
    return max(lo, min(hi, x))


def first(xs: list[T], default: Optional[T] = None) -> Union[T, None]:
    return xs[0] if xs else default


c = Circle(Point(0, 0), 2)
sq = Polygon([Point(0, 0), Point(1, 0), Point(1, 1), Point(0, 1)], scale=3)
tri = Polygon([Point(0, 0), Point(4, 0), Point(0, 3)])
print(c, sq, tri, sep="\n")
print(round(c.area(), 4), sq.area(), tri.area(), tri.perimeter, round(total_area([c, sq, tri]), 3))
print(isinstance(c, HasArea), isinstance(Point(1, 2), HasArea), Circle.kind, is_dataclass(sq), is_dataclass(Point))
print([f.name for f in fields(Polygon)], asdict(tri)["perimeter"], astuple(Point(1, 2)))
p = Point(1, 2)
print(p + Point(0.5, 0.5), replace(p, y=5), p == Point(1.0, 2.0), hash(p) == hash(Point(1, 2)), {p, Point(1, 2)})
try:
    Circle(p, -1)
except ValueError as e:
    print("ValueError:", e)
try:
    p.x = 3
except AttributeError as e:
    print(type(e).__name__, e)
s: Stack[int] = Stack([1, 2])
s.push(3)
print(s, list(s), len(s), s.pop(), s.pop(), s.pop())
try:
    s.pop()
except IndexError as e:
    print("IndexError:", e)
print(clamp(15, 0, 10), clamp(-2.5, -1.0, 1.0), first([]), first([], "none"), first(["a"]))
print(Circle.__annotations__, total_area.__annotations__)
print(Stack[int], Stack.__parameters__ if hasattr(Stack, "__parameters__") else None, T, N.__constraints__)
