# Vectorized NumPy: elementwise arithmetic, ufuncs and reductions on 10**6 floats.
import numpy as np

n = 1_000_000
a = np.linspace(0.0, 1.0, n)
b = np.arange(n) * 0.5
acc = 0.0
for _ in range(20):
    c = a * 2.0 + b
    d = c * c - a / (b + 1.0)
    acc += float(d.sum())
    m = d > 1000.0
    acc += float(m.sum())
    e = np.sqrt(np.abs(d)) + np.maximum(a, 0.25)
    acc += float(e.mean())
print(round(acc, 3))
