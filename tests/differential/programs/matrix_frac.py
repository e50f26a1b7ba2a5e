from fractions import Fraction


class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
        self.n = len(self.rows)
        self.m = len(self.rows[0]) if self.rows else 0

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
        if self.m != other.n:
            raise ValueError(f"shape mismatch: {self.n}x{self.m} @ {other.n}x{other.m}")
        return Matrix([[sum(self[i, k] * other[k, j] for k in range(self.m)) for j in range(other.m)] for i in range(self.n)])

    def __eq__(self, other):
        return self.rows == other.rows

    def __str__(self):
        cells = [[str(c) for c in r] for r in self.rows]
        w = max(len(c) for r in cells for c in r)
        return "\n".join("[" + " ".join(c.rjust(w) for c in r) + "]" for r in cells)

    def transpose(self):
        return Matrix(zip(*self.rows))

    def inverse(self):
        n = self.n
        a = [[Fraction(x) for x in r] + [Fraction(int(i == j)) for j in range(n)] for i, r in enumerate(self.rows)]
        for col in range(n):
            pivot = next((r for r in range(col, n) if a[r][col] != 0), None)
            if pivot is None:
                raise ZeroDivisionError("matrix is singular")
            a[col], a[pivot] = a[pivot], a[col]
            pv = a[col][col]
            a[col] = [x / pv for x in a[col]]
            for r in range(n):
                if r != col and a[r][col]:
                    f = a[r][col]
                    a[r] = [x - f * y for x, y in zip(a[r], a[col])]
        return Matrix([r[n:] for r in a])


A = Matrix([[2, 1, 1], [1, 3, 2], [1, 0, 0]])
print(A)
Ai = A.inverse()
print(Ai)
print(A @ Ai == Matrix.identity(3))
print(A.transpose())
B = Matrix([[1, 2], [3, 4], [5, 6]])
print(A @ B)

f = Fraction(3, 4)
g = Fraction("2/6")
print(f, g, f + g, f * g, f / g, f - 1, f ** 2, -f, abs(-g), f > g, f == Fraction(6, 8))
print(Fraction(0.125), Fraction("1.5"), Fraction(7, -14), float(Fraction(1, 3)), int(Fraction(7, 2)))
print(repr(f), f.numerator, f.denominator, round(Fraction(7, 2)), round(Fraction(5, 2)), Fraction(1, 3).limit_denominator(2))
print(sum([Fraction(1, n) for n in range(1, 8)]), Fraction(1, 2) + 0.25, Fraction(1, 2) == 0.5, hash(Fraction(1, 2)) == hash(0.5))
print(sorted([Fraction(1, 3), 0.3, 1, Fraction(2, 7)]))

nums = [1, 2, 3]
print(nums * 2, [0] * 5, [[0] * 2 for _ in range(2)], nums[::-1], nums[1:], nums[-2:], nums[::2])
big = 2 ** 100
print(big, big // 3, big % 1000007, -big, big.bit_length(), hex(big), int("ff", 16), int("-0b101", 0))
print(10 ** 20 / 3, 7 // -2, -7 // 2, 7 % 3, -7 % 3, 2 ** -2, 0.1 + 0.2, 1e16, 1e-5, 123456789.123456789)
print(float("inf"), float("-inf"), float("nan") != float("nan"), 3 * 1.1, 1 / 3, 2 / 2, 10 / 4)
print(int(3.99), int(-3.99), float(7), str(1.0), str(10 ** 16 * 1.0), 1.5e300 * 1e10, (-8) ** (1 / 3) if False else "skip")
print(bin(10), oct(64), hex(-255), abs(-5), round(3.14159, 3), round(1234.5, -2), round(7, -1))
print((5).bit_length(), (255).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"), (3.5).is_integer(), (2.0).as_integer_ratio())
print(True + True, True * 3, isinstance(True, int), 1 == 1.0, hash(1) == hash(1.0), {1: "a", 1.0: "b"})
print(max(3, 7.5, key=None), min([4, 2, 8]), sum([1.5, 2.5]), sum([[1], [2]], []), any([]), all([]))
print(Matrix.identity(2) @ B)
