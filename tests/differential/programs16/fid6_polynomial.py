# Polynomial class with operator overloading, __format__, __call__, division, and Fractions.
from fractions import Fraction
from itertools import zip_longest
import math


class Poly:
    __slots__ = ("c",)

    def __init__(self, *coeffs):
        c = list(coeffs)
        while len(c) > 1 and c[-1] == 0:
            c.pop()
        self.c = tuple(c) if c else (0,)

    @classmethod
    def x(cls):
        return cls(0, 1)

    @property
    def degree(self):
        return -1 if self.c == (0,) else len(self.c) - 1

    def __repr__(self):
        return f"Poly{self.c!r}"

    def __format__(self, spec):
        terms = []
        for i in range(len(self.c) - 1, -1, -1):
            a = self.c[i]
            if a == 0:
                continue
            s = format(a, spec) if spec else str(a)
            if i == 0:
                terms.append(s)
            else:
                if a == 1:
                    s = ""
                elif a == -1:
                    s = "-"
                terms.append(s + ("x" if i == 1 else f"x^{i}"))
        if not terms:
            return format(0, spec) if spec else "0"
        return " + ".join(terms).replace("+ -", "- ")

    def __str__(self):
        return format(self, "")

    def _coerce(self, other):
        if isinstance(other, Poly):
            return other
        if isinstance(other, (int, float, Fraction)):
            return Poly(other)
        return NotImplemented

    def __add__(self, other):
        o = self._coerce(other)
        if o is NotImplemented:
            return o
        return Poly(*(a + b for a, b in zip_longest(self.c, o.c, fillvalue=0)))

    __radd__ = __add__

    def __neg__(self):
        return Poly(*(-a for a in self.c))

    def __sub__(self, other):
        return self + (-other)

    def __rsub__(self, other):
        return (-self) + other

    def __mul__(self, other):
        o = self._coerce(other)
        if o is NotImplemented:
            return o
        out = [0] * (len(self.c) + len(o.c) - 1)
        for i, a in enumerate(self.c):
            for j, b in enumerate(o.c):
                out[i + j] += a * b
        return Poly(*out)

    __rmul__ = __mul__

    def __pow__(self, n):
        if not isinstance(n, int) or n < 0:
            raise ValueError("only non-negative integer powers")
        result = Poly(1)
        for _ in range(n):
            result = result * self
        return result

    def __divmod__(self, other):
        num = [Fraction(a) for a in self.c]
        den = [Fraction(b) for b in other.c]
        if other.degree < 0:
            raise ZeroDivisionError("polynomial division by zero")
        q = [Fraction(0)] * max(1, len(num) - len(den) + 1)
        while len(num) >= len(den) and any(num):
            k = len(num) - len(den)
            f = num[-1] / den[-1]
            q[k] = f
            for i, d in enumerate(den):
                num[i + k] -= f * d
            num.pop()
        return Poly(*q), Poly(*num) if num else Poly(0)

    def __floordiv__(self, other):
        return divmod(self, other)[0]

    def __mod__(self, other):
        return divmod(self, other)[1]

    def __eq__(self, other):
        o = self._coerce(other)
        return o is not NotImplemented and self.c == o.c

    def __hash__(self):
        return hash(self.c)

    def __call__(self, x):
        acc = 0
        for a in reversed(self.c):
            acc = acc * x + a
        return acc

    def __bool__(self):
        return self.degree >= 0

    def __len__(self):
        return len(self.c)

    def __getitem__(self, i):
        return self.c[i] if i < len(self.c) else 0

    def deriv(self):
        return Poly(*(i * a for i, a in enumerate(self.c) if i)) if len(self.c) > 1 else Poly(0)


x = Poly.x()
p = 3 * x ** 2 - 2 * x + 1
q = x - 1
print(p, "|", q, "|", repr(p), "|", p * q, "|", p - p, "|", 1 - x)
print(f"{p:.2f} / {Poly(0.5, -1.25):+.3f} / {Poly(Fraction(1, 3), Fraction(-2, 7))}")
print([p(v) for v in (0, 1, -1, 0.5, Fraction(1, 3))], p(1j), p(2 + 1j))
quo, rem = divmod(x ** 3 - 2 * x ** 2 - 4, x - 3)
print("divmod:", quo, "rem", rem, "|", (x ** 3 - 1) // (x - 1), "|", (x ** 2 + 1) % (x + 1))
print((x + 1) ** 5, "| deriv:", ((x + 1) ** 5).deriv(), "| degree", p.degree, Poly(0).degree)
print(bool(Poly(0)), bool(q), len(p), p[0], p[5], p == Poly(1, -2, 3), p == 1, Poly(5) == 5, {p: "p"}[Poly(1, -2, 3)])


def newton(f, x0, steps=8):
    df = f.deriv()
    for _ in range(steps):
        x0 = x0 - f(x0) / df(x0)
    return x0


r = newton(x ** 2 - 2, 1.0)
print(r, math.isclose(r, math.sqrt(2)), newton(x ** 2 - 2, Fraction(1), 3))
try:
    p ** -1
except ValueError as e:
    print("ValueError:", e)
try:
    divmod(p, Poly(0))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    p + "x"
except TypeError as e:
    print("TypeError:", e)
try:
    p.extra = 1
except AttributeError as e:
    print("AttributeError:", e)
cheb = [Poly(1), x]
for _ in range(5):
    cheb.append(2 * x * cheb[-1] - cheb[-2])
for i, t in enumerate(cheb):
    print(f"T{i}(x) = {t}")
