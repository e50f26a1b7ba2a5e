# Matrix class with __matmul__, __getitem__ tuples, slicing, transposes, determinants via Fraction.
from fractions import Fraction
from numbers import Number


class Matrix:
    def __init__(self, rows):
        rows = [list(r) for r in rows]
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ValueError("ragged or empty matrix")
        self.rows = rows

    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])

    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])

    def __repr__(self):
        return f"Matrix({self.rows!r})"

    def __str__(self):
        cells = [[str(v) for v in r] for r in self.rows]
        w = max(len(c) for r in cells for c in r)
        return "\n".join("[" + " ".join(c.rjust(w) for c in r) + "]" for r in cells)

    def __getitem__(self, key):
        if isinstance(key, tuple):
            i, j = key
            if isinstance(i, slice) or isinstance(j, slice):
                rows = self.rows[i] if isinstance(i, slice) else [self.rows[i]]
                return Matrix([r[j] if isinstance(j, slice) else [r[j]] for r in rows])
            return self.rows[i][j]
        return self.rows[key]

    def __setitem__(self, key, value):
        i, j = key
        self.rows[i][j] = value

    def __matmul__(self, other):
        if not isinstance(other, Matrix):
            return NotImplemented
        n, m = self.shape
        m2, p = other.shape
        if m != m2:
            raise ValueError(f"matmul: shapes {self.shape} and {other.shape} not aligned")
        return Matrix([[sum(self.rows[i][k] * other.rows[k][j] for k in range(m)) for j in range(p)]
                       for i in range(n)])

    def __rmatmul__(self, other):
        if isinstance(other, list):
            return Matrix([other]) @ self
        return NotImplemented

    def __imatmul__(self, other):
        self.rows = (self @ other).rows
        return self

    def __mul__(self, k):
        if isinstance(k, Number):
            return Matrix([[v * k for v in r] for r in self.rows])
        return NotImplemented

    __rmul__ = __mul__

    def __add__(self, other):
        return Matrix([[a + b for a, b in zip(r, s)] for r, s in zip(self.rows, other.rows)])

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def __pow__(self, n):
        result = Matrix.identity(self.shape[0])
        base = self
        while n:
            if n & 1:
                result = result @ base
            base = base @ base
            n >>= 1
        return result

    @property
    def T(self):
        return Matrix(zip(*self.rows))

    def det(self):
        a = [[Fraction(v) for v in r] for r in self.rows]
        n = len(a)
        d = Fraction(1)
        for c in range(n):
            piv = next((r for r in range(c, n) if a[r][c] != 0), None)
            if piv is None:
                return Fraction(0)
            if piv != c:
                a[c], a[piv] = a[piv], a[c]
                d = -d
            d *= a[c][c]
            for r in range(c + 1, n):
                f = a[r][c] / a[c][c]
                a[r] = [x - f * y for x, y in zip(a[r], a[c])]
        return d

    def inverse(self):
        n = self.shape[0]
        a = [[Fraction(v) for v in r] + [Fraction(int(i == j)) for j in range(n)] for i, r in enumerate(self.rows)]
        for c in range(n):
            piv = max(range(c, n), key=lambda r: abs(a[r][c]))
            if a[piv][c] == 0:
                raise ZeroDivisionError("matrix is singular")
            a[c], a[piv] = a[piv], a[c]
            pv = a[c][c]
            a[c] = [v / pv for v in a[c]]
            for r in range(n):
                if r != c:
                    f = a[r][c]
                    a[r] = [x - f * y for x, y in zip(a[r], a[c])]
        return Matrix([r[n:] for r in a])


A = Matrix([[2, 1, 0], [1, 3, 1], [0, 1, 4]])
B = Matrix([[1, 2], [0, 1], [5, -1]])
print(A, B, A @ B, sep="\n--\n")
print(repr(B.T), (A @ B).shape, A[1, 2], A[1], A[0:2, 1:], A[:, 0], sep="\n")
print("det:", A.det(), Matrix([[1, 2], [2, 4]]).det(), Matrix([[0, 1], [1, 0]]).det())
inv = A.inverse()
print(inv)
print(A @ inv == Matrix.identity(3), [[float(v) for v in r] for r in inv.rows][0])
fib = Matrix([[1, 1], [1, 0]]) ** 90
print("fib(90) =", fib[0, 1], (Matrix([[1, 1], [1, 0]]) ** 0).rows)
print([1, 2, 3] @ A, 0.5 * B, B * Fraction(1, 3))
C = Matrix.identity(2)
C @= Matrix([[0, -1], [1, 0]])
C @= Matrix([[0, -1], [1, 0]])
print(C.rows, C == Matrix.identity(2) * -1, A != A.T, A == A.T)
for bad in [lambda: A @ A.T @ B.T, lambda: Matrix([[1], [1, 2]]), lambda: A @ 3, lambda: Matrix([[1, 2], [2, 4]]).inverse(),
            lambda: A["x"]]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, "-", e)
C[0, 0] = 99
print(C.rows, (A + A).rows[2], sum(A[i, i] for i in range(3)))
