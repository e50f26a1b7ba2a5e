# float32 reductions: pairwise float32 sums, mean in float32, max/min keep the dtype, cumsum.
import numpy as np

a = (np.arange(1000, dtype=np.float32) * np.float32(0.1))
print(a.dtype, a[:5], a[-3:])
s = a.sum()
print(s, repr(s), type(s).__name__)
print(a.mean(), repr(a.mean()), np.mean(a), np.sum(a))
print(a.max(), a.min(), repr(a.max()), np.max(a), np.min(a), a.argmax(), a.argmin())
b = np.array([0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7], dtype=np.float32)
print(b.sum(), b.mean(), b.cumsum(), repr(b.cumsum()))
c = np.linspace(0, 1, 10001).astype(np.float32)
print(c.sum(), c.mean(), c.sum(dtype=np.float32))
print(np.float32(1e8) + np.float32(1) - np.float32(1e8))
big = np.full(20000, 0.1, dtype=np.float32)
print(big.sum(), big.mean(), big.dtype, big[:3])
print(a.astype(np.float64).sum(), a.sum() == a.astype(np.float64).sum())
m = np.arange(12, dtype=np.float32).reshape(3, 4) / 3
print(m.max(axis=0), m.min(axis=1), m.max(axis=0).dtype, m.sum())
