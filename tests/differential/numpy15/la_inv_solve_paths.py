# np.linalg.inv / solve on both sides of the blocked LU's direct float64 path (32 rows and up):
# C-ordered, transposed, sliced and non-contiguous operands, int and bool matrices, vector and
# matrix right-hand sides, int right-hand sides, and a solve after an inv of the same data.
import numpy as np


def make(n, seed):
    i = np.arange(n).reshape(n, 1)
    j = np.arange(n).reshape(1, n)
    return np.sin(0.37 * i * (seed + 1) + 0.11 * j * j) + np.cos(0.05 * (i + 2 * j)) + 0.5 * n * np.eye(n)


def show(name, x):
    print(name, x.shape, x.dtype, np.round(x.ravel()[:4], 9), f"{float(np.sum(x)):.9e}")


for n in [30, 31, 32, 33, 48, 64]:
    a = make(n, n % 5)
    inv = np.linalg.inv(a)
    show(f"inv {n}", inv)
    show("inv of a.T", np.linalg.inv(a.T))
    rhs = np.arange(n, dtype=float) - n / 2
    show("solve vec", np.linalg.solve(a, rhs))
    b = np.stack([rhs, np.ones(n), np.arange(n) % 3 - 1.0], axis=1)
    show("solve mat", np.linalg.solve(a, b))
    show("solve F-order rhs", np.linalg.solve(a, np.asfortranarray(b)))
    show("solve int rhs", np.linalg.solve(a, np.arange(n) - 3))
    show("solve rhs.T.T", np.linalg.solve(a.T, b.T.T))
    print("identity", float(np.max(np.abs(inv @ a - np.eye(n)))) < 1e-12)

big = make(80, 2)
show("inv of a slice", np.linalg.inv(big[10:50, 10:50]))
show("inv of a strided view", np.linalg.inv(big[::2, ::2]))
show("solve strided", np.linalg.solve(big[::2, ::2], np.arange(40.0)[::-1]))
show("solve column rhs", np.linalg.solve(big, big[:, 3:4] + 1.0))
show("solve 1-column rhs vs vector", np.linalg.solve(big, big[:, 3] + 1.0))

# int and bool matrices
ia = (np.arange(40 * 40).reshape(40, 40) % 7) + 40 * np.eye(40, dtype=int)
show("inv int", np.linalg.inv(ia))
show("solve int", np.linalg.solve(ia, np.arange(40)))
ba = np.triu(np.ones((36, 36), dtype=bool))
show("inv bool", np.linalg.inv(ba))

# the same data twice (the factorization is reused), then changed in place
c = make(40, 1)
x1 = np.linalg.solve(c, np.ones(40))
i1 = np.linalg.inv(c)
x2 = np.linalg.solve(c, np.ones(40))
print("same", bool(np.all(x1 == x2)))
c[5, 7] += 1.0
x3 = np.linalg.solve(c, np.ones(40))
print("changed", bool(np.all(x1 == x3)), np.round(x3[:3], 9))
print("empty rhs", np.linalg.solve(c, np.zeros((40, 0))).shape)

# matrix @ vector (four rows at a time), its int/bool and non-contiguous forms, vector @ matrix
v = np.arange(37, dtype=float) - 11.5
for rows in [1, 3, 4, 5, 8, 37, 41]:
    mm = make(41, 3)[:rows, :37]
    print("matvec", rows, np.round(mm @ v, 9)[:5], f"{float(np.sum(mm @ v)):.12e}")
print("matvec T", np.round(make(37, 1).T @ v, 9)[:4])
print("matvec strided", np.round(make(80, 2)[::2, ::2][:, :37] @ v, 9)[:4])
print("matvec int", (np.arange(35).reshape(5, 7) @ np.arange(7)), np.arange(35.0).reshape(5, 7) @ np.arange(7))
print("matvec bool", np.ones((6, 4), dtype=bool) @ np.array([True, False, True, False]))
print("vecmat", np.round(v @ make(37, 4), 9)[:4])
print("dot matvec", np.round(np.dot(make(37, 0), v), 9)[:4])
print("matvec nan/inf", np.array([[1.0, np.nan], [2.0, 3.0], [np.inf, 0.0], [1.0, -1.0], [0.0, 0.0]]) @ np.array([1.0, 2.0]))
