"""A vector class with full operator overloading and a fraction class with hashing and ordering."""

import math
from functools import total_ordering


class Vec:
    __slots__ = ("xs",)

    def __init__(self, *xs):
        if len(xs) == 1 and not isinstance(xs[0], (int, float)):
            xs = tuple(xs[0])
        self.xs = tuple(xs)

    def __repr__(self):
        return f"Vec({', '.join(map(repr, self.xs))})"

    def __str__(self):
        return "<" + ", ".join(f"{x:g}" for x in self.xs) + ">"

    def __len__(self):
        return len(self.xs)

    def __iter__(self):
        return iter(self.xs)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return Vec(self.xs[i])
        return self.xs[i]

    def _zip(self, other, op):
        if isinstance(other, Vec):
            if len(other) != len(self):
                raise ValueError(f"dimension mismatch: {len(self)} vs {len(other)}")
            return Vec(op(a, b) for a, b in zip(self, other))
        if isinstance(other, (int, float)):
            return Vec(op(a, other) for a in self)
        return NotImplemented

    def __add__(self, o): return self._zip(o, lambda a, b: a + b)
    def __radd__(self, o): return self + o if o != 0 else self
    def __sub__(self, o): return self._zip(o, lambda a, b: a - b)
    def __rsub__(self, o): return (-self) + o
    def __mul__(self, o): return self._zip(o, lambda a, b: a * b)
    def __rmul__(self, o): return self * o
    def __truediv__(self, o): return self._zip(o, lambda a, b: a / b)
    def __floordiv__(self, o): return self._zip(o, lambda a, b: a // b)
    def __mod__(self, o): return self._zip(o, lambda a, b: a % b)
    def __pow__(self, o): return self._zip(o, lambda a, b: a ** b)
    def __matmul__(self, o):
        if not isinstance(o, Vec):
            return NotImplemented
        return sum(a * b for a, b in zip(self, o))
    def __neg__(self): return Vec(-a for a in self)
    def __pos__(self): return Vec(+a for a in self)
    def __abs__(self): return math.hypot(*self.xs)
    def __bool__(self): return any(self.xs)
    def __eq__(self, o): return isinstance(o, Vec) and self.xs == o.xs
    def __hash__(self): return hash(self.xs)
    def __lt__(self, o): return abs(self) < abs(o)
    def __round__(self, n=None): return Vec(round(a, n) for a in self)
    def __iadd__(self, o):
        r = self + o
        self.xs = r.xs
        return self
    def __contains__(self, x): return x in self.xs
    def __format__(self, spec):
        return "(" + ", ".join(format(x, spec) for x in self.xs) + ")"


@total_ordering
class Frac:
    def __init__(self, num, den=1):
        if den == 0:
            raise ZeroDivisionError(f"Frac({num}, 0)")
        g = math.gcd(num, den)
        sign = -1 if den < 0 else 1
        self.num, self.den = sign * num // g, sign * den // g

    @staticmethod
    def _coerce(o):
        if isinstance(o, Frac):
            return o
        if isinstance(o, int):
            return Frac(o)
        return None

    def __repr__(self):
        return f"Frac({self.num}, {self.den})"

    def __str__(self):
        return str(self.num) if self.den == 1 else f"{self.num}/{self.den}"

    def __add__(self, o):
        o = self._coerce(o)
        return NotImplemented if o is None else Frac(self.num * o.den + o.num * self.den, self.den * o.den)
    __radd__ = __add__

    def __sub__(self, o):
        o = self._coerce(o)
        return NotImplemented if o is None else self + Frac(-o.num, o.den)

    def __rsub__(self, o):
        return Frac(o) - self

    def __mul__(self, o):
        o = self._coerce(o)
        return NotImplemented if o is None else Frac(self.num * o.num, self.den * o.den)
    __rmul__ = __mul__

    def __truediv__(self, o):
        o = self._coerce(o)
        return NotImplemented if o is None else Frac(self.num * o.den, self.den * o.num)

    def __eq__(self, o):
        if isinstance(o, float):
            return self.num / self.den == o
        o = self._coerce(o)
        return NotImplemented if o is None else (self.num, self.den) == (o.num, o.den)

    def __lt__(self, o):
        o = self._coerce(o)
        return NotImplemented if o is None else self.num * o.den < o.num * self.den

    def __hash__(self):
        return hash(self.num) if self.den == 1 else hash((self.num, self.den))

    def __float__(self):
        return self.num / self.den

    def __int__(self):
        return int(self.num / self.den)


a, b = Vec(1, 2, 3), Vec(4.5, -1, 0)
print(a + b, a - b, a * 2, 3 * a, a / 2, a // 2, a % 2, a ** 2, -a, +b, abs(Vec(3, 4)))
print(repr(a @ b), a == Vec([1, 2, 3]), a != b, a < b, sorted([b, a, Vec(0, 0, 1)]), bool(Vec(0, 0)))
print(sum([a, b, Vec(1, 1, 1)]), 10 - a, round(Vec(1.26, 2.5, -0.55), 1), a[1:], a[-1], 2 in a)
print(f"{b:.2f}", f"{a:>4}", format(Vec(1 / 3, 2 / 3), ".3e"), str(Vec(1e20, 0.1)))
c = a
c += 1
print(c, a, c is a, {Vec(1, 2): "x"}[Vec(1, 2)], len({a, Vec(2, 3, 4), b}))
for bad in [lambda: a + Vec(1, 2), lambda: a + "s", lambda: a @ 3, lambda: "s" * a]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

h, t = Frac(1, 2), Frac(1, 3)
print(h + t, h - t, h * t, h / t, h + 1, 1 + h, 2 - h, 3 * t, repr(Frac(6, -8)), Frac(0, 5))
print(h == Frac(2, 4), h == 0.5, h != t, h > t, h >= t, t <= h, Frac(4, 2) == 2, 2 == Frac(4, 2))
print(sorted([Frac(3, 4), Frac(-1, 2), Frac(2, 3), 1, 0]), max(Frac(7, 3), 2), min(h, t, key=float))
print(hash(Frac(4, 2)) == hash(2), len({Frac(1, 2), Frac(2, 4), Frac(3, 6), Frac(4, 2), 2}), float(t), int(Frac(-7, 2)))
total = sum((Frac(1, n) for n in range(1, 11)), Frac(0))
print(total, float(total), f"{float(total):.10f}")
try:
    Frac(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    h < "x"
except TypeError as e:
    print("TypeError:", e)
try:
    h + 0.5
except TypeError as e:
    print("TypeError:", e)
