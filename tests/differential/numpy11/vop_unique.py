# np.unique of int64 vectors with a small value range (counted, not sorted): negative values,
# return_counts, other keyword forms that still sort, a wide range, non-contiguous input.
import numpy as np

rng = np.random.default_rng(11)
x = (rng.random(5000) * 100).astype(np.int64)
print(np.unique(x)[:10], np.unique(x).size, np.unique(x).dtype)
u, c = np.unique(x, return_counts=True)
print(u[-5:], c[-5:], c.sum(), c.dtype)
y = rng.integers(-50, 50, 3000)
print(np.unique(y)[:6], np.unique(y[::3]).size, np.unique(y.reshape(30, 100)).shape)
u, i = np.unique(y, return_index=True)
print(u[:4], i[:4])
u, inv = np.unique(y[:400], return_inverse=True)
print(inv[:8], u[inv[:8]])
w = rng.integers(-(2 ** 40), 2 ** 40, 1000)
print(np.unique(w)[:3], np.unique(w).size)
z = np.array([7, 7, 7] * 100, dtype=np.int64)
print(np.unique(z), np.unique(z, return_counts=True), np.unique(-z))
f = (rng.random(1000) * 10).round()
print(np.unique(f), np.unique(np.zeros(300, dtype=np.int64) - 0))
for _ in range(3):
    np.unique(x)
print(np.unique(x)[-3:], len(np.unique(np.arange(1000) % 17)))
