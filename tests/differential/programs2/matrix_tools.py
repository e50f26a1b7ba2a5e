from fractions import Fraction
from functools import reduce
from itertools import product, permutations
import operator


class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
        self.n = len(self.rows)
        self.m = len(self.rows[0]) if self.rows else 0

    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])

    def __repr__(self):
        return f"Matrix({self.rows})"

    def __str__(self):
        cells = [[str(x) for x in r] for r in self.rows]
        w = max(len(c) for r in cells for c in r)
        return "\n".join("[" + " ".join(c.rjust(w) for c in r) + "]" for r in cells)

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def __matmul__(self, other):
        if self.m != other.n:
            raise ValueError(f"shape mismatch: {self.n}x{self.m} @ {other.n}x{other.m}")
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in zip(*other.rows)] for r in self.rows])

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

    def det(self):
        n = self.n
        total = 0
        for perm in permutations(range(n)):
            inv = sum(1 for i in range(n) for j in range(i + 1, n) if perm[i] > perm[j])
            total += (-1) ** inv * reduce(operator.mul, (self.rows[i][perm[i]] for i in range(n)), 1)
        return total

    def inverse(self):
        n = self.n
        a = [[Fraction(x) for x in r] + [Fraction(int(i == j)) for j in range(n)] for i, r in enumerate(self.rows)]
        for col in range(n):
            piv = next((r for r in range(col, n) if a[r][col] != 0), None)
            if piv is None:
                raise ZeroDivisionError("singular matrix")
            a[col], a[piv] = a[piv], a[col]
            p = a[col][col]
            a[col] = [x / p for x in a[col]]
            for r in range(n):
                if r != col and a[r][col]:
                    f = a[r][col]
                    a[r] = [x - f * y for x, y in zip(a[r], a[col])]
        return Matrix([r[n:] for r in a])


fib = Matrix([[1, 1], [1, 0]])
print(fib ** 10)
print((fib ** 90).rows[0][1])
a = Matrix([[2, 1, 0], [1, 3, 1], [0, 1, 4]])
print(a)
print(a.det(), a.transpose() == a)
inv = a.inverse()
print(inv)
print(a @ inv == Matrix.identity(3))
try:
    Matrix([[1, 2], [2, 4]]).inverse()
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    a @ Matrix([[1, 2]])
except ValueError as e:
    print(e)
print(repr(Matrix.identity(2)))
grid = list(product(range(3), repeat=2))
print(grid)
print(sum(Fraction(1, k) for k in range(1, 11)))
f = Fraction(355, 113)
print(f, float(f), f.limit_denominator(10), round(f, 3), f.numerator, f.denominator)
print(Fraction("3/4") + Fraction(1, 4) == 1, Fraction(1, 3) < 0.34, -Fraction(7, 2) // 1)
