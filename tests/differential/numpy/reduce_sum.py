import numpy as np
a = np.arange(12).reshape(3, 4)
print(a.sum(), a.sum(axis=0), a.sum(axis=1), a.sum(axis=-1), np.sum(a, axis=(0, 1)))
print(a.sum(axis=0, keepdims=True), a.sum(keepdims=True))
f = np.linspace(0, 1, 1001)
print(f.sum(), np.sum(f * 0.1), np.sum(np.array([0.1] * 10)))
print(np.arange(100000, dtype=float).sum() / 7)
print(np.sum([1, 2, 3]), np.sum([1.5, 2]), np.array([True, True, False]).sum())
print(a.prod(), np.prod(a + 1, axis=0), np.prod([]))
