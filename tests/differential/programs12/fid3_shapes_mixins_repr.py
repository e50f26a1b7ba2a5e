import math
from functools import total_ordering


class ReprMixin:
    _repr_fields = ()

    def __repr__(self):
        args = ", ".join(f"{f}={getattr(self, f)!r}" for f in self._repr_fields)
        return f"{self.__class__.__name__}({args})"


class EqMixin:
    def _key(self):
        return tuple(getattr(self, f) for f in self._repr_fields)

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self):
        return hash((type(self).__name__,) + self._key())


@total_ordering
class Shape(ReprMixin, EqMixin):
    sides = 0
    registry = []

    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Shape.registry.append(cls.__name__)

    def area(self):
        raise NotImplementedError

    def __lt__(self, other):
        if not isinstance(other, Shape):
            return NotImplemented
        return self.area() < other.area()

    def describe(self):
        return f"{self!r} with {self.sides} sides and area {self.area():.3f}"


class Circle(Shape):
    _repr_fields = ("r",)

    def __init__(self, r):
        self.r = r

    def area(self):
        return math.pi * self.r ** 2

    def describe(self):
        return super().describe().replace("0 sides", "no sides")


class Polygon(Shape):
    def __init__(self, *pts):
        self.pts = pts
        self.sides = len(pts)

    def area(self):
        s = 0
        for (x1, y1), (x2, y2) in zip(self.pts, self.pts[1:] + self.pts[:1]):
            s += x1 * y2 - x2 * y1
        return abs(s) / 2


class Rect(Polygon):
    _repr_fields = ("w", "h")

    def __init__(self, w, h):
        super().__init__((0, 0), (w, 0), (w, h), (0, h))
        self.w, self.h = w, h


class Square(Rect):
    _repr_fields = ("w",)

    def __init__(self, s):
        super().__init__(s, s)


class Triangle(Polygon):
    _repr_fields = ("pts",)


shapes = [Circle(1), Rect(2, 3), Square(2), Triangle((0, 0), (4, 0), (0, 3)), Circle(0.5), Square(2)]
for s in shapes:
    print(s.describe())
print(sorted(shapes), max(shapes), min(shapes, key=lambda s: s.sides))
print(Square(2) == Square(2), Square(2) == Rect(2, 2), Rect(2, 2) == Rect(2, 2), Square(2) != Circle(2), Square(2) <= Rect(2, 2), Circle(1) > Square(1))
print(len(set(shapes)), Shape.registry, Square.__mro__[1:4], [c.__name__ for c in Square.__mro__])
print(isinstance(Square(1), Polygon), issubclass(Square, EqMixin), Square(3).sides, Circle(2).sides, hasattr(Circle, "pts"))
try:
    Shape().area()
except NotImplementedError as e:
    print("NotImplementedError", e.args)
try:
    Circle(1) < 3
except TypeError as e:
    print("TypeError:", e)
print(super(Rect, Square(4)).__repr__(), super(Square, Square(4)).area(), Polygon.area(Square(5)))
print(Rect.__init__.__qualname__, Square.describe is Shape.describe, Circle.describe.__qualname__, type(Square(1)).__name__, Square(1).__class__.__bases__)
