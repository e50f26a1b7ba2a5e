# Reductions of small ints: sums promote (uint -> uint64, int -> int64), max/min keep the dtype.
import numpy as np

u = np.array([[200, 100, 50], [255, 255, 1]], dtype=np.uint8)
i = np.array([[-100, 50, 120], [-128, 127, 0]], dtype=np.int8)
for a in [u, i, u.astype(np.uint16), i.astype(np.int16), i.astype(np.int32), u.astype(np.uint32)]:
    s = a.sum()
    print(a.dtype, s, s.dtype, repr(s), a.sum(axis=0), a.sum(axis=0).dtype, a.sum(axis=1).dtype)
    print("  max", a.max(), repr(a.max()), a.max(axis=1), a.max(axis=1).dtype, "min", a.min(), a.min(axis=0))
    print("  mean", a.mean(), a.mean(axis=0), "argmax", a.argmax(), "prod", a.prod(axis=1), a.prod(axis=1).dtype)
print(u.sum(dtype=np.uint8), u.sum(dtype=np.int16), repr(u.sum(dtype=np.uint8)))
print(np.sum(u), np.sum(u, axis=0), np.max(u), np.min(i), np.mean(i))
print(u.cumsum(), u.cumsum().dtype, i.cumsum(), i.cumsum().dtype)
print(u.std(), i.var(), (u > 100).sum(), np.count_nonzero(i))
print(u.any(), i.all(), np.nonzero(i)[1])
