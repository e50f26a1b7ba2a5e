# A Matrix class with operator overloading, iteration, equality and hashing.
from fractions import Fraction
from functools import reduce
import operator


class MatrixError(ValueError):
    pass


class Matrix:
    __slots__ = ("rows", "n", "m")

    def __init__(self, rows):
        rows = [list(r) for r in rows]
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise MatrixError("rows must be non-empty and of equal length")
        self.rows, self.n, self.m = rows, len(rows), len(rows[0])

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    @classmethod
    def zeros(cls, n, m=None):
        return cls([[0] * (m or n) for _ in range(n)])

    @property
    def shape(self):
        return self.n, self.m

    def __repr__(self):
        return f"Matrix({self.rows!r})"

    def __str__(self):
        cells = [[str(x) for x in r] for r in self.rows]
        w = max(len(c) for r in cells for c in r)
        return "\n".join("[" + " ".join(c.rjust(w) for c in r) + "]" for r in cells)

    def __getitem__(self, idx):
        i, j = idx
        return self.rows[i][j]

    def __setitem__(self, idx, value):
        i, j = idx
        self.rows[i][j] = value

    def __iter__(self):
        return (tuple(r) for r in self.rows)

    def __len__(self):
        return self.n

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def __hash__(self):
        return hash(tuple(map(tuple, self.rows)))

    def _check(self, other):
        if self.shape != other.shape:
            raise MatrixError(f"shape mismatch: {self.shape} vs {other.shape}")

    def __add__(self, other):
        self._check(other)
        return Matrix([[a + b for a, b in zip(r, s)] for r, s in zip(self.rows, other.rows)])

    def __sub__(self, other):
        return self + (-other)

    def __neg__(self):
        return self * -1

    def __mul__(self, k):
        if isinstance(k, Matrix):
            return NotImplemented
        return Matrix([[x * k for x in r] for r in self.rows])

    __rmul__ = __mul__

    def __matmul__(self, other):
        if self.m != other.n:
            raise MatrixError(f"cannot multiply {self.n}x{self.m} by {other.n}x{other.m}")
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])

    def __pow__(self, k):
        return reduce(operator.matmul, [self] * k, Matrix.identity(self.n))

    @property
    def T(self):
        return Matrix(zip(*self.rows))

    def det(self):
        if self.n != self.m:
            raise MatrixError("determinant needs a square matrix")
        a = [[Fraction(x) for x in r] for r in self.rows]
        d = Fraction(1)
        for c in range(self.n):
            p = next((r for r in range(c, self.n) if a[r][c] != 0), None)
            if p is None:
                return 0
            if p != c:
                a[c], a[p] = a[p], a[c]
                d = -d
            d *= a[c][c]
            for r in range(c + 1, self.n):
                f = a[r][c] / a[c][c]
                a[r] = [x - f * y for x, y in zip(a[r], a[c])]
        return d


A = Matrix([[1, 2], [3, 4]])
B = Matrix([[0, 1], [1, 0]])
print(A)
print(repr(A + B), A.shape, len(A))
print(A @ B)
print(2 * A == A * 2, A - A == Matrix.zeros(2))
print(A ** 3)
print(A.T, sep="")
print(list(A), A[1, 0])
A[0, 0] = 10
print(A.det(), Matrix([[2, 0, 1], [1, 3, 2], [1, 1, 1]]).det())
print(Matrix([[1, 2], [2, 4]]).det(), Matrix([[Fraction(1, 2), 1], [1, 3]]).det())
print(len({A, Matrix([[10, 2], [3, 4]]), B}))
for bad in [lambda: A + Matrix([[1, 2, 3]]), lambda: Matrix([[1], [2, 3]]), lambda: A @ Matrix([[1, 2, 3]] * 3),
            lambda: Matrix([[1, 2]]).det(), lambda: A * A]:
    try:
        bad()
    except MatrixError as e:
        print(type(e).__name__, e)
    except TypeError as e:
        print("TypeError:", e)
try:
    A.extra = 1
except AttributeError as e:
    print("AttributeError:", e)
fib = Matrix([[1, 1], [1, 0]]) ** 30
print(fib[0, 1], fib)
