"""NumPy counterpart of bench_kernels.rs."""
import timeit

import numpy as np

n = 100_000
a = np.arange(n) * 0.5
b = (np.arange(n) % 7).astype(float)
m = 200
x = (((np.arange(m * m) * 7919) % 1000) / 1000.0).reshape(m, m)
col = np.arange(1000.0).reshape(1000, 1)
row = np.arange(100.0)
for name, stmt, reps in [("a * 2.0 + 1.0 (1e5)", lambda: a * 2.0 + 1.0, 200), ("a + b (1e5)", lambda: a + b, 200),
                         ("sqrt(a) (1e5)", lambda: np.sqrt(a), 200), ("sum(a) (1e5)", lambda: a.sum(), 200),
                         ("matmul 200x200", lambda: x @ x, 20), ("broadcast (1000,1)+(100,)", lambda: col + row, 200)]:
    t = timeit.timeit(stmt, number=reps) / reps * 1e6
    print(f"{name:<28} {t:>10.1f} us")
