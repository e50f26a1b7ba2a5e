# Scalar indexing of a 1-D float array from Python loops: a[i] and a[i] = v.
import numpy as np

n = 100_000
a = np.zeros(n)
for i in range(n):
    a[i] = i * 0.5
for _ in range(10):
    s = 0.0
    for i in range(1, n):
        a[i] = a[i - 1] * 0.5 + a[i] * 0.5
        s += a[i]
print(round(float(s), 6))
