# Kernels that allocate in WASM memory (inverse, solve, determinant of float64 matrices of 32
# rows and up) in many sizes, repeated and interleaved, up to sizes that outgrow the kernels'
# initial 16 MB (the allocator then falls back to growing the memory).
import numpy as np


def mat(n, seed):
    i = np.arange(n).reshape(n, 1)
    j = np.arange(n).reshape(1, n)
    return np.sin(0.37 * i * (seed + 1) + 0.11 * j * j) + np.cos(0.05 * (i + 2 * j)) + n * np.eye(n)


def f(x):
    return f"{float(x):.6e}"


for n in [32, 33, 64, 100, 200, 150, 40, 200, 31, 257, 200]:
    a = mat(n, n % 7)
    inv = np.linalg.inv(a)
    x = np.linalg.solve(a, np.arange(n, dtype=float))
    err = float(np.max(np.abs(inv @ a - np.eye(n))))
    print(n, f(np.sum(inv)), f(x[0]), f(x[-1]), f(np.linalg.det(a / n)), err < 1e-9)

for n in [500, 700, 720]:
    a = mat(n, 3)
    inv = np.linalg.inv(a)
    x = np.linalg.solve(a, np.ones(n))
    print(n, f(np.sum(inv)), f(x[0]), bool(np.allclose(a @ x, np.ones(n))))

a = mat(64, 1)
print(f(np.sum(np.linalg.inv(a))), f(np.sum(np.linalg.inv(mat(200, 2)))), f(np.sum(np.linalg.inv(a))))
