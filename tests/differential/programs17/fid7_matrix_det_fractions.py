# Exact linear algebra with Fractions: determinant by elimination and by cofactors, inverse,
# rank, solving systems, Hilbert matrices, and formatted matrix printing.
from fractions import Fraction as F


def show(m, title=None):
    if title:
        print(title)
    cells = [[str(x) for x in row] for row in m]
    w = max((len(c) for row in cells for c in row), default=1)
    for row in cells:
        print("  [" + " ".join(c.rjust(w) for c in row) + "]")


def det(m):
    a = [[F(x) for x in row] for row in m]
    n, sign, d = len(a), 1, F(1)
    for c in range(n):
        p = next((r for r in range(c, n) if a[r][c] != 0), None)
        if p is None:
            return F(0)
        if p != c:
            a[c], a[p] = a[p], a[c]
            sign = -sign
        d *= a[c][c]
        for r in range(c + 1, n):
            f = a[r][c] / a[c][c]
            for k in range(c, n):
                a[r][k] -= f * a[c][k]
    return sign * d


def det_cofactor(m):
    if len(m) == 1:
        return m[0][0]
    return sum((-1) ** j * m[0][j] * det_cofactor([row[:j] + row[j + 1:] for row in m[1:]]) for j in range(len(m)))


def inverse(m):
    n = len(m)
    a = [[F(x) for x in row] + [F(int(i == j)) for j in range(n)] for i, row in enumerate(m)]
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(a[r][c]))
        if a[p][c] == 0:
            raise ZeroDivisionError("matrix is singular")
        a[c], a[p] = a[p], a[c]
        piv = a[c][c]
        a[c] = [x / piv for x in a[c]]
        for r in range(n):
            if r != c and a[r][c]:
                f = a[r][c]
                a[r] = [x - f * y for x, y in zip(a[r], a[c])]
    return [row[n:] for row in a]


def matmul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]


def rank(m):
    a = [[F(x) for x in row] for row in m]
    r = 0
    for c in range(len(a[0])):
        p = next((i for i in range(r, len(a)) if a[i][c]), None)
        if p is None:
            continue
        a[r], a[p] = a[p], a[r]
        for i in range(len(a)):
            if i != r and a[i][c]:
                f = a[i][c] / a[r][c]
                a[i] = [x - f * y for x, y in zip(a[i], a[r])]
        r += 1
    return r


A = [[2, -1, 0], [-1, 2, -1], [0, -1, 2]]
show(A, "A =")
print("det", det(A), det_cofactor(A), "rank", rank(A))
Ai = inverse(A)
show(Ai, "A^-1 =")
show(matmul(A, Ai), "A A^-1 =")
H = [[F(1, i + j + 1) for j in range(4)] for i in range(4)]
show(H, "Hilbert 4 =")
print("det H4 =", det(H), "=", float(det(H)), "1/det =", 1 / det(H))
Hi = inverse(H)
show(Hi, "H4^-1 =")
print(all(matmul(H, Hi)[i][j] == (i == j) for i in range(4) for j in range(4)))
S = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print("singular det", det(S), "rank", rank(S), rank([[0, 0], [0, 0]]), rank([[1, 2, 3, 4]]), rank([[1], [2], [3]]))
try:
    inverse(S)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
b = [F(1), F(0), F(1)]
x = [sum(r * v for r, v in zip(row, b)) for row in Ai]
print("solve A x = b:", x, [str(v) for v in x], matmul(A, [[v] for v in x]))
for n in range(1, 7):
    Hn = [[F(1, i + j + 1) for j in range(n)] for i in range(n)]
    print(n, det(Hn), f"{float(det(Hn)):.3e}")
print(F(3, 4) + F(1, 4) == 1, F(1, 3) * 3 == 1, F("0.125"), F(0.5), F(1, 3).limit_denominator(10), F(355, 113) - F("3.14159"))
print(sorted([F(1, 2), F(1, 3), F(2, 3), 0.4]), F(7, 3).__floor__(), round(F(7, 2)), round(F(5, 2)), F(-7, 2) // 1, F(-7, 2) % 1)
