from fractions import Fraction
from numbers import Number


class Matrix:
    __slots__ = ("rows", "n", "m")

    def __init__(self, rows):
        rows = [list(r) for r in rows]
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ValueError("ragged or empty matrix")
        self.rows, self.n, self.m = rows, len(rows), len(rows[0])

    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])

    def __repr__(self):
        return f"Matrix({self.rows!r})"

    def __str__(self):
        cells = [[str(v) for v in r] for r in self.rows]
        w = max(len(c) for r in cells for c in r)
        return "\n".join("[" + " ".join(c.rjust(w) for c in r) + "]" for r in cells)

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    __hash__ = None

    def __getitem__(self, idx):
        i, j = idx
        return self.rows[i][j]

    def __setitem__(self, idx, v):
        i, j = idx
        self.rows[i][j] = v

    def __iter__(self):
        return (tuple(r) for r in self.rows)

    def __len__(self):
        return self.n

    def __add__(self, other):
        if isinstance(other, Matrix):
            if (self.n, self.m) != (other.n, other.m):
                raise ValueError(f"shape mismatch {self.shape} vs {other.shape}")
            return Matrix([[a + b for a, b in zip(r, s)] for r, s in zip(self.rows, other.rows)])
        if isinstance(other, Number):
            return Matrix([[a + other for a in r] for r in self.rows])
        return NotImplemented

    __radd__ = __add__

    def __neg__(self):
        return self * -1

    def __sub__(self, other):
        return self + (-other)

    def __mul__(self, k):
        if isinstance(k, Number):
            return Matrix([[a * k for a in r] for r in self.rows])
        return NotImplemented

    def __rmul__(self, k):
        return self * k

    def __matmul__(self, other):
        if self.m != other.n:
            raise ValueError(f"cannot multiply {self.shape} by {other.shape}")
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

    @property
    def shape(self):
        return (self.n, self.m)

    @property
    def T(self):
        return Matrix(zip(*self.rows))

    def det(self):
        a = [[Fraction(v) for v in r] for r in self.rows]
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


A = Matrix([[1, 2], [3, 4]])
B = Matrix([[0, 1], [1, 0]])
print(A + B, A - B, 2 * A, A * Fraction(1, 2), 10 + A, -A, sep="\n--\n")
print(repr(A @ B), A.T, A.shape, len(A), list(A), A[1, 0])
fib = Matrix([[1, 1], [1, 0]]) ** 30
print(fib[0, 1], Matrix.identity(3) == Matrix.identity(3), A == [[1, 2], [3, 4]], A != B)
print(A.det(), Matrix([[2, 0, 1], [1, 3, 2], [1, 1, 1]]).det(), Matrix([[1, 2], [2, 4]]).det())
A[0, 0] = 9
print(A)
for bad in (lambda: Matrix([[1], [1, 2]]), lambda: A + Matrix([[1]]), lambda: A @ Matrix([[1, 2, 3]]), lambda: hash(A), lambda: A * "x", lambda: A.foo):
    try:
        bad()
    except (ValueError, TypeError, AttributeError) as e:
        print(f"{type(e).__name__}: {e}")
print(Matrix([[1, 2, 3]]) @ Matrix([[1], [2], [3]]) @ Matrix([[2, 0]]))
