import math
from functools import total_ordering


class Vector:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Vector({self.x!r}, {self.y!r})"

    def __add__(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        return Vector(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vector(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        return Vector(self.x * k, self.y * k)

    __rmul__ = __mul__

    def __neg__(self):
        return Vector(-self.x, -self.y)

    def __abs__(self):
        return math.hypot(self.x, self.y)

    def __bool__(self):
        return bool(self.x or self.y)

    def __eq__(self, other):
        return isinstance(other, Vector) and (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __iter__(self):
        yield self.x
        yield self.y

    def __getitem__(self, i):
        return (self.x, self.y)[i]

    def __format__(self, spec):
        return f"<{format(self.x, spec)}, {format(self.y, spec)}>"


@total_ordering
class Shape:
    def area(self):
        raise NotImplementedError

    def __lt__(self, other):
        return self.area() < other.area()

    def __eq__(self, other):
        return self.area() == other.area()

    def __repr__(self):
        return f"{type(self).__name__}(area={self.area():.3f})"


class Circle(Shape):
    def __init__(self, r):
        self.r = r

    def area(self):
        return math.pi * self.r ** 2


class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h


class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)


v = Vector(3, 4)
w = Vector(1.5, -2)
print(v + w, v - w, v * 2, 3 * v, -v, abs(v))
print(bool(Vector(0, 0)), bool(v), v == Vector(3, 4), v != w)
print(list(v), v[1], tuple(w), f"{w:.2f}", format(v, "03d"))
print(len({v, Vector(3, 4), w}))
x, y = v
print(x, y)
try:
    v + 1
except TypeError as e:
    print("TypeError:", e)
try:
    v.z = 1
except AttributeError as e:
    print("AttributeError:", e)
shapes = [Circle(1), Rect(2, 3), Square(2), Circle(0.5), Rect(1, 4)]
print(sorted(shapes))
print(max(shapes), min(shapes))
print(Square(2) == Rect(1, 4), Square(2) <= Rect(1, 4), Circle(1) > Square(1))
print(isinstance(Square(1), Rect), issubclass(Square, Shape), Square.__mro__)
try:
    Shape().area()
except NotImplementedError as e:
    print("NotImplementedError", repr(e))
print(sum(s.area() for s in shapes))
