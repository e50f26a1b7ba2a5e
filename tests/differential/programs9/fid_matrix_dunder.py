"""A small Matrix and Vector class with arithmetic dunders and Fraction entries."""
from fractions import Fraction
from numbers import Number
import math


class Vector:
    __slots__ = ("xs",)

    def __init__(self, *xs):
        self.xs = tuple(xs)

    def __repr__(self):
        return f"Vector{self.xs}"

    def __len__(self):
        return len(self.xs)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return Vector(*self.xs[i])
        return self.xs[i]

    def __iter__(self):
        return iter(self.xs)

    def __add__(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        return Vector(*(a + b for a, b in zip(self, other)))

    def __sub__(self, other):
        return self + (-other)

    def __neg__(self):
        return Vector(*(-a for a in self))

    def __mul__(self, k):
        if isinstance(k, Vector):
            return sum(a * b for a, b in zip(self, k))
        if isinstance(k, Number):
            return Vector(*(a * k for a in self))
        return NotImplemented

    __rmul__ = __mul__

    def __abs__(self):
        return math.sqrt(sum(a * a for a in self))

    def __eq__(self, other):
        return isinstance(other, Vector) and self.xs == other.xs

    def __hash__(self):
        return hash(self.xs)

    def __bool__(self):
        return any(self.xs)


class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
        self.n, self.m = len(self.rows), len(self.rows[0])

    @classmethod
    def identity(cls, n):
        return cls([[Fraction(int(i == j)) for j in range(n)] for i in range(n)])

    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]

    def __setitem__(self, ij, v):
        i, j = ij
        self.rows[i][j] = v

    def __matmul__(self, other):
        if isinstance(other, Vector):
            return Vector(*(sum(a * b for a, b in zip(r, other)) for r in self.rows))
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])

    def __pow__(self, k):
        result = Matrix.identity(self.n)
        base = self
        while k:
            if k & 1:
                result = result @ base
            base = base @ base
            k >>= 1
        return result

    def transpose(self):
        return Matrix(zip(*self.rows))

    def __eq__(self, other):
        return self.rows == other.rows

    def __str__(self):
        cells = [[str(x) for x in r] for r in self.rows]
        w = max(len(c) for r in cells for c in r)
        return "\n".join("[" + " ".join(c.rjust(w) for c in r) + "]" for r in cells)

    def det(self):
        a = [[Fraction(x) for x in r] for r in self.rows]
        n, d = self.n, Fraction(1)
        for c in range(n):
            p = next((r for r in range(c, n) if a[r][c] != 0), None)
            if p is None:
                return Fraction(0)
            if p != c:
                a[c], a[p] = a[p], a[c]
                d = -d
            d *= a[c][c]
            for r in range(c + 1, n):
                f = a[r][c] / a[c][c]
                a[r] = [x - f * y for x, y in zip(a[r], a[c])]
        return d


v, w = Vector(1, 2, 3), Vector(4, 5, 6)
print(v + w, v - w, v * w, 2 * v, v * 0.5, -v, abs(Vector(3, 4)))
print(v[1], v[::-1], v[-1], len(v), list(v), bool(Vector(0, 0)), v == Vector(1, 2, 3), {v, Vector(1, 2, 3)})
try:
    v + 1
except TypeError as e:
    print("TypeError:", e)
try:
    v * "x"
except TypeError as e:
    print("TypeError:", e)
fib = Matrix([[1, 1], [1, 0]])
print(fib ** 10)
print((fib ** 90)[0, 1])
m = Matrix([[2, -1, 0], [-1, 2, -1], [0, -1, 2]])
print(m.det(), Matrix([[1, 2], [2, 4]]).det(), Matrix([[0, 1], [1, 0]]).det())
print(m @ Vector(1, 1, 1), m.transpose() == m)
h = Matrix([[Fraction(1, i + j + 1) for j in range(3)] for i in range(3)])
print(h)
print(h.det(), 1 / h.det())
h[0, 0] = Fraction(-7, 3)
print(h[0, 0], h[0, 0] + 1, Fraction(3, 6), Fraction("0.125"), Fraction(1.5), float(Fraction(1, 3)))
print(Fraction(7, 2).limit_denominator(3), Fraction(355, 113) < math.pi, round(Fraction(7, 2)), Fraction(-7, 2) // 1)
