# astype between float64/int64/bool (and float32/int32 spellings), dtype objects and casting in assignment.
import numpy as np

f = np.array([-2.7, -0.5, 0.0, 0.49, 1.5, 2.5, 3.99])
print(f.astype(int), f.astype(bool), f.astype(np.int64).dtype, f.astype("int64"))
print(np.array([0, 3, -1]).astype(bool), np.array([True, False]).astype(float), np.array([1, 2]).astype("float64"))
print(f.astype(float) is f, f.astype(float, copy=False) is f, np.asarray(f) is f, np.array(f) is f)
print(np.trunc(f), np.fix(f), np.floor(f).astype(int), np.rint(f).astype(int), np.round(f).astype(int))
print(np.array([1, 2], dtype=float), np.array([1.9, -1.9], dtype=int) if False else np.array([1.5, 2.5]).astype(int))
print(np.zeros(3, dtype=bool), np.ones(2, dtype=int), np.full(2, 7, dtype=float), np.full((2,), True))
print(np.array([1, 2]).dtype == np.int64, np.dtype("float64") == np.float64, np.dtype(int), np.dtype(float).name)
print(f.dtype.kind, np.array([1]).dtype.kind, np.array([True]).dtype.kind, f.dtype.itemsize, f.itemsize, f.nbytes)
print(isinstance(f[0], np.floating), isinstance(np.array([1])[0], np.integer), isinstance(np.True_, np.number))
print((np.array([1]) + np.array([True])).dtype, (np.array([1]) + np.array([0.5])).dtype, (np.int64(1) + 2.0).dtype)
i = np.array([1, 2, 3])
i[0] = 9.99
i[1:] = [True, -4.5]
print(i, i.dtype)
try:
    i += 0.5
except Exception as e:
    print(type(e).__name__, e)
i2 = i.astype(float)
i2 += 0.5
print(i2)
bb = np.array([True, False, True])
bb[0] = 0
bb[1] = 2.5
print(bb, bb.astype(int).sum(), bb.dtype)
print(np.float64(3.7).astype(int), np.int64(5).astype(float), np.bool_(True).astype(int))
print(np.array(["1", "2"]).astype(float) if False else np.array([1, 0, 2]).astype(bool).tolist())
print(np.int64(7) / np.int64(2), np.true_divide(7, 2), np.floor_divide(7, 2), np.float64(7) // 2)
print(np.sqrt(np.array([4, 9])).dtype, np.mean(np.array([1, 2])).dtype, np.array([1, 2]).mean().dtype)
print((np.array([1, 2]) * 1.0).dtype, (np.array([1, 2]) / 1).dtype, np.array([True]).sum().dtype)
print(np.zeros_like(f, dtype=int), np.ones_like(i, dtype=float), np.empty_like(i).shape, np.full_like(f, 2))
print(np.array(3.0).astype(int), repr(np.array([1.0, 2.0]).astype(np.float64)), repr(np.array([0, 1]).astype(np.bool_)))
x32 = np.array([1.5, 2.25])
print(x32.dtype, np.int64(10).bit_length() if False else int(np.int64(10)).bit_length())
