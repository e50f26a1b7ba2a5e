from fractions import Fraction
from itertools import permutations


class Matrix:
    def __init__(self, rows):
        self.rows = [[Fraction(x) for x in r] for r in rows]
        self.n = len(self.rows)
        self.m = len(self.rows[0]) if self.rows else 0

    def __repr__(self):
        return f"Matrix({[[str(x) for x in r] for r in self.rows]})"

    def __str__(self):
        cells = [[str(x) for x in r] for r in self.rows]
        w = max(len(c) for r in cells for c in r)
        return "\n".join("| " + " ".join(c.rjust(w) for c in r) + " |" for r in cells)

    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]

    def __mul__(self, other):
        if isinstance(other, (int, Fraction)):
            return Matrix([[x * other for x in r] for r in self.rows])
        if self.m != other.n:
            raise ValueError(f"shape mismatch {self.n}x{self.m} @ {other.n}x{other.m}")
        return Matrix([[sum((self.rows[i][k] * other.rows[k][j] for k in range(self.m)), Fraction(0)) for j in range(other.m)] for i in range(self.n)])

    __matmul__ = __mul__

    def __rmul__(self, k):
        return self * k

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def det(self):
        if self.n != self.m:
            raise ValueError("not square")
        total = Fraction(0)
        for perm in permutations(range(self.n)):
            inv = sum(1 for a in range(self.n) for b in range(a + 1, self.n) if perm[a] > perm[b])
            prod = Fraction(1)
            for i, j in enumerate(perm):
                prod *= self.rows[i][j]
            total += -prod if inv % 2 else prod
        return total

    def inverse(self):
        n = self.n
        aug = [r[:] + [Fraction(int(i == j)) for j in range(n)] for i, r in enumerate(self.rows)]
        for col in range(n):
            pivot = next((r for r in range(col, n) if aug[r][col] != 0), None)
            if pivot is None:
                raise ZeroDivisionError("matrix is singular")
            aug[col], aug[pivot] = aug[pivot], aug[col]
            p = aug[col][col]
            aug[col] = [x / p for x in aug[col]]
            for r in range(n):
                if r != col and aug[r][col] != 0:
                    f = aug[r][col]
                    aug[r] = [a - f * b for a, b in zip(aug[r], aug[col])]
        return Matrix([r[n:] for r in aug])

    def solve(self, b):
        inv = self.inverse()
        return [sum((inv.rows[i][j] * Fraction(b[j]) for j in range(self.n)), Fraction(0)) for i in range(self.n)]


A = Matrix([[2, 1, -1], [-3, -1, 2], [-2, 1, 2]])
print(A)
print("det", A.det())
inv = A.inverse()
print(inv)
print(A @ inv == Matrix([[1, 0, 0], [0, 1, 0], [0, 0, 1]]))
sol = A.solve([8, -11, -3])
print(sol, [str(x) for x in sol], [float(x) for x in sol])
H = Matrix([[Fraction(1, i + j + 1) for j in range(4)] for i in range(4)])
print(H)
print("hilbert det", H.det(), "inverse row 0", [str(x) for x in H.inverse().rows[0]])
print(Fraction(1, 2) * A == A * Fraction(1, 2), (3 * A)[0, 0], repr(A)[:40])
try:
    Matrix([[1, 2], [2, 4]]).inverse()
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    A @ Matrix([[1, 2]])
except ValueError as e:
    print("ValueError:", e)
x = Fraction(355, 113)
print(x, float(x), x.limit_denominator(10), round(x, 3), x.numerator, x.denominator, f"{float(x):.10f}")
print(sum(Fraction(1, 2 ** k) for k in range(1, 20)), Fraction(7, -21), Fraction(-0.25), Fraction("3.1415"), Fraction(2, 4) == Fraction(1, 2), hash(Fraction(2, 1)) == hash(2))
print(sorted([Fraction(1, 3), 0.3, Fraction(2, 7), 1]), max(Fraction(9, 10), 0.91), Fraction(1, 3) + 1.0, Fraction(1, 3) ** -2, Fraction(4, 9) ** 0.5)
