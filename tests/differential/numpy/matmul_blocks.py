# Float64 matrix products of shapes around the kernel's 4x4 blocks (edge rows and columns),
# transposed and sliced operands (10 digits), and broadcast (n, 1) op (1, m) arithmetic (exact).
import numpy as np

rng = np.random.default_rng(3)


def f(x):
    # BLAS summation order differs from pyjs's in the last bits: 10 digits.
    return f"{float(x):.9e}"


for n, k, m in [(4, 4, 4), (5, 7, 9), (33, 1, 35), (1, 40, 41), (41, 40, 1), (64, 64, 64), (67, 50, 70), (3, 200, 5)]:
    a = rng.random((n, k)) - 0.5
    b = rng.random((k, m)) - 0.5
    c = a @ b
    print(n, k, m, c.shape, f(c.sum()), f(c[n - 1, m - 1]), f(c[n // 2, 0]))
a = rng.random((60, 50))
b = rng.random((60, 50))
print(f((a @ b.T).sum()), f((a.T @ b).trace()), f((a[::2, 1:] @ b[11:, ::3]).sum()))
i = np.arange(50).reshape(50, 1)
j = np.arange(40).reshape(1, 40)
for r in [0.5 * i + 0.25 * j, 0.5 * i - j * 1.5, i * (0.3 * j), (0.7 * j) / (i + 1.0), j - 2.0 * i, i + j]:
    print(r.shape, r.dtype, repr(float(r.sum())), repr(float(r[7, 31])), r[49, 0])
