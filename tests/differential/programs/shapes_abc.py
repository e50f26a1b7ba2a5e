# Shapes with abc, class registries via __init_subclass__, descriptors and properties.
from abc import ABC, abstractmethod
import math


class Positive:
    def __set_name__(self, owner, name):
        self.name = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name)

    def __set__(self, obj, value):
        if not isinstance(value, (int, float)) or value <= 0:
            raise ValueError(f"{self.name[1:]} must be a positive number, got {value!r}")
        setattr(obj, self.name, value)


class Shape(ABC):
    registry = {}

    def __init_subclass__(cls, /, code=None, **kwargs):
        super().__init_subclass__(**kwargs)
        if code:
            Shape.registry[code] = cls

    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return f"{type(self).__name__} area={self.area():.2f} perimeter={self.perimeter():.2f}"

    def __lt__(self, other):
        return self.area() < other.area()

    @staticmethod
    def make(spec):
        code, *nums = spec.split()
        try:
            cls = Shape.registry[code]
        except KeyError:
            raise ValueError(f"unknown shape code {code!r}") from None
        return cls(*map(float, nums))


class Circle(Shape, code="c"):
    r = Positive()

    def __init__(self, r):
        self.r = r

    def area(self):
        return math.pi * self.r ** 2

    def perimeter(self):
        return 2 * math.pi * self.r

    def __repr__(self):
        return f"Circle(r={self.r:g})"


class Rect(Shape, code="r"):
    w = Positive()
    h = Positive()

    def __init__(self, w, h):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)

    @property
    def is_square(self):
        return self.w == self.h

    def __repr__(self):
        return f"{type(self).__name__}({self.w:g}x{self.h:g})"


class Square(Rect, code="s"):
    def __init__(self, side):
        super().__init__(side, side)

    @property
    def side(self):
        return self.w

    @side.setter
    def side(self, v):
        self.w = self.h = v


class Triangle(Shape, code="t"):
    def __init__(self, a, b, c):
        if not (a + b > c and a + c > b and b + c > a):
            raise ValueError(f"sides {a}, {b}, {c} violate the triangle inequality")
        self.sides = (a, b, c)

    def perimeter(self):
        return sum(self.sides)

    def area(self):
        s = self.perimeter() / 2
        a, b, c = self.sides
        return math.sqrt(s * (s - a) * (s - b) * (s - c))

    def __repr__(self):
        return "Triangle" + str(tuple(int(x) for x in self.sides))


print(sorted(Shape.registry), Shape.registry["s"].__mro__[1].__name__)
shapes = []
for spec in ["c 1", "r 3 4", "s 2.5", "t 3 4 5", "x 1", "t 1 1 5", "c -2", "r 2"]:
    try:
        shapes.append(Shape.make(spec))
    except (ValueError, TypeError) as e:
        print(f"{spec!r}: {type(e).__name__}: {e}")
for s in sorted(shapes):
    print(repr(s).ljust(16), s.describe())
print(max(shapes), min(shapes, key=lambda s: s.perimeter()))
sq = shapes[2]
print(sq.is_square, isinstance(sq, Rect), issubclass(Square, Shape), sq.side)
sq.side = 4
print(sq, sq.area())
try:
    sq.side = 0
except ValueError as e:
    print(e)
try:
    Shape()
except TypeError as e:
    print(e)


class Half(Shape):
    def area(self):
        return 0


try:
    Half()
except TypeError as e:
    print(e)
print(type(Circle.__dict__["r"]).__name__, Circle.r.name, vars(shapes[0]))
print(f"total area {sum(s.area() for s in shapes):.3f}")
