import math
from numbers import Number


class Vec:
    __slots__ = ("xs",)

    def __init__(self, *xs):
        self.xs = tuple(xs)

    def __repr__(self):
        return f"Vec{self.xs!r}"

    def __len__(self):
        return len(self.xs)

    def __iter__(self):
        return iter(self.xs)

    def __getitem__(self, i):
        return self.xs[i]

    def __add__(self, o):
        if not isinstance(o, Vec):
            return NotImplemented
        return Vec(*(a + b for a, b in zip(self.xs, o.xs)))

    def __sub__(self, o):
        return self + (-o)

    def __neg__(self):
        return Vec(*(-a for a in self.xs))

    def __mul__(self, k):
        if isinstance(k, Vec):
            return NotImplemented
        return Vec(*(a * k for a in self.xs))

    __rmul__ = __mul__

    def __matmul__(self, o):
        if not isinstance(o, Vec):
            return NotImplemented
        return sum(a * b for a, b in zip(self.xs, o.xs))

    def __abs__(self):
        return math.sqrt(self @ self)

    def __bool__(self):
        return any(self.xs)

    def __eq__(self, o):
        return isinstance(o, Vec) and self.xs == o.xs

    def __hash__(self):
        return hash(self.xs)

    def __round__(self, n=None):
        return Vec(*(round(a, n) for a in self.xs))

    def __format__(self, spec):
        if spec.endswith("p"):
            inner = spec[:-1]
            return "(" + "; ".join(format(a, inner) for a in self.xs) + ")"
        return "<" + ", ".join(format(a, spec) for a in self.xs) + ">"


class Mat:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    def __repr__(self):
        return f"Mat({self.rows})"

    def __str__(self):
        w = max(len(f"{x:g}") for r in self.rows for x in r)
        return "\n".join("[" + " ".join(f"{x:>{w}g}" for x in r) + "]" for r in self.rows)

    def __matmul__(self, o):
        if isinstance(o, Vec):
            return Vec(*(sum(a * b for a, b in zip(r, o)) for r in self.rows))
        cols = list(zip(*o.rows))
        return Mat([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])

    def __rmatmul__(self, v):
        cols = list(zip(*self.rows))
        return Vec(*(sum(a * b for a, b in zip(v, c)) for c in cols))

    def __imatmul__(self, o):
        self.rows = (self @ o).rows
        return self

    def __iadd__(self, o):
        for r, s in zip(self.rows, o.rows):
            for j in range(len(r)):
                r[j] += s[j]
        return self

    def __pow__(self, n):
        res = Mat.identity(len(self.rows))
        base = self
        while n:
            if n & 1:
                res = res @ base
            base = base @ base
            n >>= 1
        return res

    def __eq__(self, o):
        return self.rows == o.rows

    def transpose(self):
        return Mat(zip(*self.rows))


v = Vec(3, 4)
w = Vec(1.5, -2)
print(v, w, v + w, v - w, -v, 2 * v, v * 0.5)
print(abs(v), v @ w, bool(v), bool(Vec(0, 0)), len(v))
print(round(Vec(1.23456, 2.71828), 2), round(Vec(1.5, 2.5)))
print(f"{v:.2f}", f"{w:+.1ep}", format(v, ">5"), f"{Vec(1, 2)!r:>14}|")
print(v == Vec(3, 4), v != w, {v: "v"}[Vec(3, 4)])
try:
    v * v
except TypeError as e:
    print("TypeError:", e)
try:
    v + 1
except TypeError as e:
    print("TypeError:", e)

fib = Mat([[1, 1], [1, 0]])
print(fib ** 10)
print((fib ** 90).rows[0][1])
m = Mat([[1, 2], [3, 4]])
print(repr(m @ Vec(1, 1)), repr(Vec(1, 1) @ m))
m2 = m
m2 @= Mat.identity(2)
m2 += Mat([[10, 10], [10, 10]])
print(m is m2, m.rows)
print(m.transpose())
print(Mat([[0.5, 2], [1e3, -1]]))
print(isinstance(v[0], Number), list(v), sum(Vec(1, 2, 3)))
x, y = v
print(x, y, max(v), sorted(w))
