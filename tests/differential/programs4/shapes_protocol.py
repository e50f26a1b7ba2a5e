from abc import ABC, abstractmethod
import math
from functools import total_ordering, singledispatch, reduce


@total_ordering
class Shape(ABC):
    registry = []

    def __init_subclass__(cls, /, sides=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.sides = sides
        Shape.registry.append(cls.__name__)

    @abstractmethod
    def area(self):
        ...

    def perimeter(self):
        raise NotImplementedError(f"{type(self).__name__}.perimeter")

    def __eq__(self, other):
        if not isinstance(other, Shape):
            return NotImplemented
        return math.isclose(self.area(), other.area())

    def __lt__(self, other):
        return self.area() < other.area()

    def __repr__(self):
        attrs = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{type(self).__name__}({attrs})"


class Circle(Shape, sides=0):
    def __init__(self, r):
        self.r = r

    def area(self):
        return math.pi * self.r ** 2

    def perimeter(self):
        return 2 * math.pi * self.r


class Rect(Shape, sides=4):
    def __init__(self, w, h):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)


class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)


class Blob(Shape):
    def area(self):
        return 1.0


@singledispatch
def describe(x):
    return f"something: {x!r}"


@describe.register
def _(x: int):
    return f"int {x}"


@describe.register(list)
@describe.register(tuple)
def _seq(x):
    return f"sequence of {len(x)}: " + ", ".join(describe(i) for i in x)


@describe.register(Shape)
def _shape(s):
    return f"{type(s).__name__} with area {s.area():.3f}"


shapes = [Circle(1), Rect(2, 3), Square(2), Circle(0.5), Blob()]
print(Shape.registry, [c.sides for c in (Circle, Rect, Square, Blob)])
for s in sorted(shapes):
    print(f"{s!r:<22} area={s.area():8.3f}", end=" ")
    try:
        print(f"perimeter={s.perimeter():.3f}")
    except NotImplementedError as e:
        print("no perimeter:", e)
print(Square(2) == Rect(1, 4), Square(2) >= Circle(1), Circle(1) <= Circle(1), Rect(1, 1) != Blob())
print(max(shapes), min(shapes, key=lambda s: s.perimeter() if s.sides else 0))
try:
    Shape()
except TypeError as e:
    print(e)
print(describe(3), describe("s"), describe([1, (2, 3), Square(3)]), sep=" | ")
print(reduce(lambda acc, s: acc + s.area(), shapes, 0.0).__round__(4))
print(isinstance(Square(1), Shape), issubclass(Square, Rect), Square.__mro__[1:3])
print(Circle(2) == 4 * math.pi, Circle(1).__eq__(3))
