from __future__ import annotations

import math
from abc import ABC, abstractmethod
from typing import (Protocol, TypeVar, Generic, Optional, Callable, Literal, TypedDict,
                    NamedTuple, overload, Union, Iterator, ClassVar, Final, runtime_checkable, Any)

Unit = Literal["cm", "m", "in"]
FACTOR: Final = {"cm": 0.01, "m": 1.0, "in": 0.0254}


@runtime_checkable
class HasArea(Protocol):
    def area(self) -> float: ...


class Shape(ABC):
    count: ClassVar[int] = 0

    def __init__(self, unit: Unit = "m") -> None:
        self.unit = unit
        Shape.count += 1

    @abstractmethod
    def area(self) -> float:
        ...

    @abstractmethod
    def perimeter(self) -> float:
        ...

    def area_m2(self) -> float:
        return self.area() * FACTOR[self.unit] ** 2

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.area():.3f} {self.unit}^2)"


class Circle(Shape):
    def __init__(self, r: float, unit: Unit = "m") -> None:
        super().__init__(unit)
        self.r = r

    def area(self) -> float:
        return math.pi * self.r ** 2

    def perimeter(self) -> float:
        return 2 * math.pi * self.r


class Rect(Shape):
    def __init__(self, w: float, h: float, unit: Unit = "m") -> None:
        super().__init__(unit)
        self.w, self.h = w, h

    def area(self) -> float:
        return self.w * self.h

    def perimeter(self) -> float:
        return 2 * (self.w + self.h)


class Half(Shape):
    def area(self) -> float:
        return 0.5


class Point(NamedTuple):
    x: float
    y: float = 0.0

    def dist(self, other: Point) -> float:
        return math.hypot(self.x - other.x, self.y - other.y)


class Config(TypedDict, total=False):
    name: str
    scale: float


T = TypeVar("T")
K = TypeVar("K")


class Registry(Generic[K, T]):
    def __init__(self) -> None:
        self._items: dict[K, T] = {}

    def register(self, key: K) -> Callable[[T], T]:
        def deco(obj: T) -> T:
            self._items[key] = obj
            return obj
        return deco

    def get(self, key: K, default: Optional[T] = None) -> Optional[T]:
        return self._items.get(key, default)

    def __iter__(self) -> Iterator[K]:
        return iter(sorted(self._items))


factories: Registry[str, Callable[..., Shape]] = Registry()
factories.register("circle")(Circle)
factories.register("rect")(Rect)


@overload
def scale(x: int, k: int) -> int: ...
@overload
def scale(x: float, k: float) -> float: ...
def scale(x: Union[int, float], k: Union[int, float]) -> Union[int, float]:
    return x * k


def total_area(items: list[HasArea]) -> float:
    return sum(i.area() for i in items)


class Tile:
    def area(self) -> float:
        return 0.09


shapes = [factories.get("circle")(1.5), factories.get("rect")(2, 3.5, "cm"), Rect(10, 10, "in")]
print(shapes, Shape.count, list(factories), factories.get("hexagon"))
print([f"{s.area_m2():.6f}" for s in shapes], [round(s.perimeter(), 3) for s in shapes])
print(isinstance(shapes[0], HasArea), isinstance(Tile(), HasArea), isinstance(3, HasArea), f"{total_area([*shapes, Tile()]):.4f}")
for cls in (Shape, Half):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)
p = Point(3)
q = Point(x=0, y=4)
print(p, q, p.dist(q), p._replace(y=9), Point._fields, Point._field_defaults, p._asdict(), tuple(q))
cfg: Config = {"name": "plan"}
cfg["scale"] = 2.0
print(cfg, Config.__total__ if hasattr(Config, "__total__") else None, type(cfg).__name__)
print(scale(3, 4), scale(1.5, 2.0), Circle.__annotations__ if "__annotations__" in Circle.__dict__ else {}, Shape.__abstractmethods__ == frozenset({"area", "perimeter"}))
print(scale.__annotations__, list(Point.__annotations__))
print(sorted(shapes, key=Shape.area_m2)[0], min(shapes, key=lambda s: s.perimeter()).unit)
