from abc import ABC, abstractmethod
import math


class Vector:
    __slots__ = ("x", "y")

    def __init__(self, x=0, y=0):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Vector({self.x!r}, {self.y!r})"

    def __add__(self, o):
        return Vector(self.x + o.x, self.y + o.y)

    def __sub__(self, o):
        return Vector(self.x - o.x, self.y - o.y)

    def __mul__(self, k):
        if isinstance(k, Vector):
            return self.x * k.x + self.y * k.y
        return Vector(self.x * k, self.y * k)

    __rmul__ = __mul__

    def __truediv__(self, k):
        return Vector(self.x / k, self.y / k)

    def __neg__(self):
        return Vector(-self.x, -self.y)

    def __abs__(self):
        return math.hypot(self.x, self.y)

    def __bool__(self):
        return bool(self.x or self.y)

    def __eq__(self, o):
        return isinstance(o, Vector) and (self.x, self.y) == (o.x, o.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __iter__(self):
        yield self.x
        yield self.y

    def __getitem__(self, i):
        return (self.x, self.y)[i]

    def __len__(self):
        return 2

    def __iadd__(self, o):
        self.x += o.x
        self.y += o.y
        return self

    def __format__(self, spec):
        return f"<{format(self.x, spec)}, {format(self.y, spec)}>"


v = Vector(3, 4)
w = Vector(1.5, -2)
print(v + w, v - w, v * 2, 3 * v, v * w, v / 2, -v, abs(v), bool(Vector()), bool(v))
print(list(v), v[1], len(v), v == Vector(3, 4), v != w, {v, Vector(3, 4)}, tuple(w))
print(f"{w:.2f}", format(v, "05d"))
u = v
u += w
print(u, v, u is v)
x, y = v
print(x, y, max(v), sorted(Vector(5, 2)))
try:
    v.z = 1
except AttributeError as e:
    print("AttributeError:", e)


class Shape(ABC):
    count = 0

    def __init__(self, name):
        self.name = name
        Shape.count += 1

    @abstractmethod
    def area(self):
        ...

    def perimeter(self):
        raise NotImplementedError(f"{type(self).__name__}.perimeter")

    def __lt__(self, other):
        return self.area() < other.area()

    def __repr__(self):
        return f"{self.__class__.__name__}({self.name!r}, area={self.area():.3f})"

    @classmethod
    def unit(cls):
        return cls("unit")

    @staticmethod
    def describe(shapes):
        return ", ".join(s.name for s in shapes)


class Circle(Shape):
    def __init__(self, name, r=1.0):
        super().__init__(name)
        self.r = r

    def area(self):
        return math.pi * self.r ** 2

    def perimeter(self):
        return 2 * math.pi * self.r


class Rect(Shape):
    def __init__(self, name, w=1, h=1):
        super().__init__(name)
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h


class Square(Rect):
    def __init__(self, name, side=1):
        super().__init__(name, side, side)

    def __contains__(self, pt):
        return 0 <= pt[0] <= self.w and 0 <= pt[1] <= self.h


shapes = [Circle("c1", 2), Rect("r1", 3, 4), Square("s1", 3), Circle.unit(), Square.unit()]
print(sorted(shapes))
print(Shape.describe(shapes), Shape.count, min(shapes).name, max(shapes, key=lambda s: s.area()).name)
print((1, 2) in shapes[2], (4, 1) in shapes[2])
for s in shapes:
    try:
        print(s.name, round(s.perimeter(), 3))
    except NotImplementedError as e:
        print(s.name, "NotImplementedError:", e)
try:
    Shape("abstract")
except TypeError as e:
    print("TypeError:", e)
print(Square.__mro__[1].__name__, isinstance(shapes[2], Rect), hasattr(shapes[0], "r"), getattr(shapes[1], "r", None))


class Temperature:
    def __init__(self, c):
        self._c = c

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32


t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.celsius = 100
print(t.fahrenheit)
try:
    t.fahrenheit = 3
except AttributeError as e:
    print("AttributeError:", e)
t.celsius = -300
