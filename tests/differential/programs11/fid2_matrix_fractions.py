from fractions import Fraction
from math import gcd, lcm


class Matrix:
    def __init__(self, rows):
        self.rows = [[Fraction(x) for x in r] for r in rows]
        self.n = len(rows)
        self.m = len(rows[0]) if rows else 0

    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])

    def __matmul__(self, other):
        return Matrix([[sum(self.rows[i][k] * other.rows[k][j] for k in range(self.m))
                        for j in range(other.m)] for i in range(self.n)])

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def __getitem__(self, idx):
        i, j = idx
        return self.rows[i][j]

    def __str__(self):
        cells = [[str(x) for x in r] for r in self.rows]
        w = max(len(c) for r in cells for c in r)
        return "\n".join("[" + " ".join(c.rjust(w) for c in r) + "]" for r in cells)

    def inverse(self):
        n = self.n
        aug = [r[:] + [Fraction(int(i == j)) for j in range(n)] for i, r in enumerate(self.rows)]
        for col in range(n):
            pivot = next((r for r in range(col, n) if aug[r][col] != 0), None)
            if pivot is None:
                raise ZeroDivisionError("matrix is singular")
            aug[col], aug[pivot] = aug[pivot], aug[col]
            pv = aug[col][col]
            aug[col] = [x / pv for x in aug[col]]
            for r in range(n):
                if r != col and aug[r][col]:
                    f = aug[r][col]
                    aug[r] = [a - f * b for a, b in zip(aug[r], aug[col])]
        return Matrix([r[n:] for r in aug])

    def det(self):
        if self.n == 1:
            return self.rows[0][0]
        total = Fraction(0)
        for j in range(self.n):
            minor = Matrix([r[:j] + r[j + 1:] for r in self.rows[1:]])
            total += (-1) ** j * self.rows[0][j] * minor.det()
        return total


A = Matrix([[2, 1, 1], [1, 3, 2], [1, 0, 0]])
print(A)
print("det", A.det())
inv = A.inverse()
print(inv)
print(A @ inv == Matrix.identity(3))
H = Matrix([[Fraction(1, i + j + 1) for j in range(4)] for i in range(4)])
print(H)
print("hilbert det", H.det(), float(H.det()))
print(H.inverse())
try:
    Matrix([[1, 2], [2, 4]]).inverse()
except ZeroDivisionError as e:
    print("error:", e)

f = Fraction(355, 113)
print(f, float(f), f.limit_denominator(10), f.limit_denominator(100), Fraction(0.1), Fraction("0.1"))
print(Fraction(3, -6), Fraction("-2/4"), Fraction(7, 3) // 1, Fraction(7, 3) % 1, round(Fraction(7, 2)), round(Fraction(5, 2)))
print(Fraction(1, 3) ** 2, Fraction(4, 9) ** Fraction(1, 2), 2 ** Fraction(2), Fraction(1, 2) + 0.25)
print(f.numerator, f.denominator, f.as_integer_ratio(), Fraction(6, 4).__hash__() == hash(1.5))
print(gcd(84, 36, 120), lcm(4, 6, 10), sum(Fraction(1, n) for n in range(1, 11)))


def continued(fr):
    out = []
    while True:
        q = fr.numerator // fr.denominator
        out.append(q)
        fr -= q
        if fr == 0:
            return out
        fr = 1 / fr

print(continued(Fraction(415, 93)), continued(f), sorted([Fraction(1, 3), 0.3, Fraction(2, 7), 1]))
