from fractions import Fraction


class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
        self.n = len(self.rows)
        self.m = len(self.rows[0]) if self.rows else 0

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    def __repr__(self):
        return f"Matrix({self.rows!r})"

    def __str__(self):
        cells = [[str(x) for x in r] for r in self.rows]
        w = max(len(c) for r in cells for c in r)
        return "\n".join("[" + " ".join(c.rjust(w) for c in r) + "]" for r in cells)

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def __getitem__(self, idx):
        i, j = idx
        return self.rows[i][j]

    def __setitem__(self, idx, value):
        i, j = idx
        self.rows[i][j] = value

    def __add__(self, other):
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])

    def __neg__(self):
        return Matrix([[-a for a in r] for r in self.rows])

    def __sub__(self, other):
        return self + (-other)

    def __mul__(self, k):
        if isinstance(k, Matrix):
            return NotImplemented
        return Matrix([[a * k for a in r] for r in self.rows])

    __rmul__ = __mul__

    def __matmul__(self, other):
        if self.m != other.n:
            raise ValueError(f"shape mismatch: {self.n}x{self.m} @ {other.n}x{other.m}")
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

    def __iter__(self):
        return iter(self.rows)

    def __len__(self):
        return self.n

    def __bool__(self):
        return any(any(r) for r in self.rows)

    def __hash__(self):
        return hash(tuple(map(tuple, self.rows)))

    def transpose(self):
        return Matrix(zip(*self.rows))

    def det(self):
        a = [[Fraction(x) for x in r] for r in self.rows]
        n = self.n
        d = Fraction(1)
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
print(A)
print(repr(A + B), A - B == Matrix([[1, 1], [2, 4]]))
print(A @ B)
print(3 * A, A * 2, sep="\n")
fib = Matrix([[1, 1], [1, 0]]) ** 30
print("fib30:", fib[0, 1])
print("det", A.det(), Matrix([[2, 0, 1], [1, 3, 2], [1, 1, 1]]).det())
print(A.transpose().rows, len(A), bool(Matrix([[0]])), bool(A))
print(hash(A) == hash(Matrix([[1, 2], [3, 4]])), {A, Matrix([[1, 2], [3, 4]])} == {A})
try:
    A @ Matrix([[1, 2, 3]])
except ValueError as e:
    print(e)
try:
    A * A
except TypeError as e:
    print(e)
H = Matrix([[Fraction(1, i + j + 1) for j in range(3)] for i in range(3)])
print(H)
print(H.det())
for row in A:
    print(row, sum(row))
