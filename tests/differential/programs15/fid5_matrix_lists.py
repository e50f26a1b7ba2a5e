"""Matrix helpers on lists of lists: multiply, transpose, determinant, inverse with Fractions."""

from fractions import Fraction


def shape(m):
    return (len(m), len(m[0]) if m else 0)


def zeros(r, c):
    return [[0] * c for _ in range(r)]


def identity(n):
    return [[int(i == j) for j in range(n)] for i in range(n)]


def transpose(m):
    return [list(row) for row in zip(*m)]


def matmul(a, b):
    if shape(a)[1] != shape(b)[0]:
        raise ValueError(f"shapes {shape(a)} and {shape(b)} not aligned")
    bt = transpose(b)
    return [[sum(x * y for x, y in zip(row, col)) for col in bt] for row in a]


def det(m):
    n = len(m)
    if n == 1:
        return m[0][0]
    if n == 2:
        return m[0][0] * m[1][1] - m[0][1] * m[1][0]
    total = 0
    for j in range(n):
        minor = [row[:j] + row[j + 1:] for row in m[1:]]
        total += (-1) ** j * m[0][j] * det(minor)
    return total


def inverse(m):
    n = len(m)
    aug = [[Fraction(x) for x in row] + [Fraction(int(i == j)) for j in range(n)] for i, row in enumerate(m)]
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
                aug[r] = [x - f * y for x, y in zip(aug[r], aug[col])]
    return [row[n:] for row in aug]


def fmt(m, width=7):
    lines = []
    for row in m:
        lines.append("[" + " ".join(f"{str(x):>{width}}" for x in row) + "]")
    return "\n".join(lines)


def power(m, k):
    result = identity(len(m))
    while k:
        if k & 1:
            result = matmul(result, m)
        m = matmul(m, m)
        k >>= 1
    return result


A = [[2, -1, 0], [-1, 2, -1], [0, -1, 2]]
B = [[1, 2], [3, 4], [5, 6]]
print(shape(A), shape(B), shape([]))
print(matmul(A, B))
print(transpose(B))
print(det(A), det([[1, 2], [2, 4]]), det([[3]]))
inv = inverse(A)
print(fmt(inv))
print(matmul(A, inv) == identity(3))
print([[float(x) for x in row] for row in inv])
try:
    inverse([[1, 2], [2, 4]])
except ZeroDivisionError as e:
    print("singular:", e)
try:
    matmul(B, B)
except ValueError as e:
    print(e)

fib = power([[1, 1], [1, 0]], 90)
print(fib[0][1], len(str(power([[1, 1], [1, 0]], 500)[0][1])))
H = [[Fraction(1, i + j + 1) for j in range(4)] for i in range(4)]
print(det(H), float(det(H)))
print(fmt(inverse(H), 6))
M = [[i * 0.1 + j for j in range(3)] for i in range(3)]
print(M)
print([round(sum(r), 10) for r in M], sum(map(sum, M)))
grid = zeros(2, 3)
grid[0][1] = 5
alias = [[0] * 3] * 2
alias[0][1] = 5
print(grid, alias, grid == alias, grid[0] is grid[1], alias[0] is alias[1])
rot = [list(r) for r in zip(*B[::-1])]
print(rot, [row[::-1] for row in B], [r for r in map(list, zip(*B))][::-1])
print(max(max(r) for r in A), min(map(min, A)), [sum(c) for c in zip(*A)])
print(sorted(B, key=lambda r: -r[1]), sorted(sum(B, [])), [x for row in B for x in row if x % 2])
