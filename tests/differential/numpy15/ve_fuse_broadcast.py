# Fused elementwise kernels over broadcast operands (one result row at a time into a scratch
# row): (n, 1) and (1, n) int operands, 3-d shapes, rows of 8+ elements, ufuncs in the tree.
import numpy as np
for n in (8, 9, 13, 200):
    i = np.arange(n).reshape(n, 1)
    j = np.arange(n).reshape(1, n)
    m = np.sin(0.37 * i * 3 + 0.11 * j * j) + np.cos(0.05 * (i + 2 * j))
    print(n, float(m.sum()), m[-1, :3], m[:3, -1])
    x = np.linspace(0.0, 1.0, n)
    t = np.arange(2 * 3 * n, dtype=float).reshape(2, 3, n)
    print(np.sqrt(t * 0.5 + x), (t - x) * (x + 1.0) / 3.0)
    print(np.abs(x.reshape(n, 1) - x) * 2.0 + 1.0)
    print(np.maximum(0.5 * i + j, 3.0) - np.sqrt(j + 1.0))
