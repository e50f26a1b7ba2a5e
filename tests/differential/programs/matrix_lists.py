# Matrix code with nested lists: products, transposes, determinants, inverses, powers.
def mat_str(m, fmt="{:>7}"):
    return "\n".join(" ".join(fmt.format(v) for v in row) for row in m)
def identity(n):
    return [[int(i == j) for j in range(n)] for i in range(n)]
def mul(a, b):
    if len(a[0]) != len(b):
        raise ValueError(f"shape mismatch {len(a)}x{len(a[0])} @ {len(b)}x{len(b[0])}")
    return [[sum(a[i][k] * b[k][j] for k in range(len(b))) for j in range(len(b[0]))] for i in range(len(a))]
def transpose(m):
    return [list(col) for col in zip(*m)]
def det(m):
    if len(m) == 1:
        return m[0][0]
    if len(m) == 2:
        return m[0][0] * m[1][1] - m[0][1] * m[1][0]
    return sum((-1) ** c * m[0][c] * det([row[:c] + row[c + 1:] for row in m[1:]]) for c in range(len(m)))
def mat_pow(m, p):
    result = identity(len(m))
    while p:
        if p & 1:
            result = mul(result, m)
        m = mul(m, m)
        p >>= 1
    return result
def inverse(m):
    n = len(m)
    aug = [list(map(float, row)) + [float(i == j) for j in range(n)] for i, row in enumerate(m)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(aug[r][col]))
        if abs(aug[pivot][col]) < 1e-12:
            raise ZeroDivisionError("matrix is singular")
        aug[col], aug[pivot] = aug[pivot], aug[col]
        pv = aug[col][col]
        aug[col] = [v / pv for v in aug[col]]
        for r in range(n):
            if r != col:
                factor = aug[r][col]
                aug[r] = [a - factor * b for a, b in zip(aug[r], aug[col])]
    return [row[n:] for row in aug]
A = [[2, -1, 0], [-1, 2, -1], [0, -1, 2]]
B = [[1, 2], [3, 4], [5, 6]]
print(mat_str(mul(A, B)))
print(transpose(B), det(A), det(identity(4)), det([[1, 2], [2, 4]]))
print(mat_str(inverse(A), "{:>8.4f}"))
check = mul(A, inverse(A))
print([[round(v, 10) + 0.0 for v in row] for row in check])
fib = mat_pow([[1, 1], [1, 0]], 100)
print(fib[0][1])
print(mat_pow([[2, 0], [0, 3]], 70))
try:
    mul(B, B)
except ValueError as e:
    print("ValueError", e)
try:
    inverse([[1, 2], [2, 4]])
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
H = [[1 / (i + j + 1) for j in range(4)] for i in range(4)]
print(f"{det(H):.6e}")
print(mat_str([[round(v, 3) for v in row] for row in H], "{:>6}"))
trace = sum(A[i][i] for i in range(len(A)))
print("trace", trace, "sum", sum(map(sum, A)), "max", max(max(r) for r in A), "flat", [v for r in A for v in r])
