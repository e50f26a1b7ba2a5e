import math
from numbers import Number


class Vec:
    __slots__ = ("xs",)

    def __init__(self, *xs):
        self.xs = tuple(xs)

    def __repr__(self):
        return f"Vec{self.xs}"

    def __str__(self):
        return "<" + ", ".join(f"{x:g}" for x in self.xs) + ">"

    def __format__(self, spec):
        if not spec:
            return str(self)
        return "<" + ", ".join(format(x, spec) for x in self.xs) + ">"

    def __len__(self):
        return len(self.xs)

    def __iter__(self):
        return iter(self.xs)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return Vec(*self.xs[i])
        return self.xs[i]

    def __contains__(self, v):
        return v in self.xs

    def __bool__(self):
        return any(self.xs)

    def __eq__(self, other):
        return isinstance(other, Vec) and self.xs == other.xs

    def __hash__(self):
        return hash(self.xs)

    def _zip(self, other, op):
        if isinstance(other, Number):
            return Vec(*(op(a, other) for a in self.xs))
        if len(other) != len(self):
            raise ValueError(f"length mismatch: {len(self)} vs {len(other)}")
        return Vec(*(op(a, b) for a, b in zip(self.xs, other)))

    def __add__(self, other):
        return self._zip(other, lambda a, b: a + b)

    __radd__ = __add__

    def __sub__(self, other):
        return self._zip(other, lambda a, b: a - b)

    def __rsub__(self, other):
        return self._zip(other, lambda a, b: b - a)

    def __mul__(self, other):
        return self._zip(other, lambda a, b: a * b)

    def __rmul__(self, other):
        return self * other

    def __truediv__(self, k):
        return self._zip(k, lambda a, b: a / b)

    def __matmul__(self, other):
        return sum(a * b for a, b in zip(self, other))

    def __neg__(self):
        return Vec(*(-x for x in self.xs))

    def __pos__(self):
        return self

    def __abs__(self):
        return math.hypot(*self.xs)

    def __round__(self, n=None):
        return Vec(*(round(x, n) for x in self.xs))

    def __lt__(self, other):
        return abs(self) < abs(other)

    def __call__(self, scale):
        return self * scale


a, b = Vec(3, 4), Vec(1.5, -2, 0)
print(a, repr(b), len(b), abs(a), a @ Vec(1, 1), -a, +a)
print(a + 1, 1 + a, 10 - a, a - Vec(1, 1), 2 * a, a * 0.5, a / 4, a(3))
print(f"{b:.2f}", f"{a}", f"{a!r}", format(b, "+.1e"), str(b))
print(b[0], b[1:], b[::-1], 0 in b, 7 in b, list(a), tuple(reversed(a)), sum(a), max(b))
print(bool(Vec(0, 0)), bool(a), Vec(1, 2) == Vec(1, 2), Vec(1, 2) != Vec(2, 1), a == (3, 4))
print(round(Vec(1.26, 2.5, 3.5)), round(Vec(1.26, -2.55), 1), sorted([Vec(5, 5), a, Vec(1, 0)]))
print(len({Vec(1, 2), Vec(1, 2), Vec(2, 1)}), {a: "a"}[Vec(3, 4)])
try:
    a + b
except ValueError as e:
    print("ValueError:", e)
try:
    a.extra = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    a < 3
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
try:
    a > "x"
except TypeError as e:
    print("TypeError:", e)
acc = Vec(0, 0)
for step in [Vec(1, 0), Vec(0, 2), Vec(-3, 1)]:
    acc += step
print(acc, sum([Vec(1, 1), Vec(2, 2)], Vec(0, 0)), min(Vec(9, 9), Vec(1, 1), key=abs))
x, y = a
print(x, y, [*a, *b], {**{"k": a}})
print(hasattr(a, "__dict__"), Vec.__slots__, type(a).__name__, isinstance(a, Vec))
