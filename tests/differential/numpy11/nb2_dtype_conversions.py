# Dtype bookkeeping: astype, inferred dtypes of mixed inputs, dtype objects and casting results.
import numpy as np

a = np.array([1, 2, 3])
b = np.array([1.0, 2, 3])
c = np.array([True, False])
d = np.array([1, 2.5, True])
print(a.dtype, b.dtype, c.dtype, d.dtype, np.array([]).dtype, np.array([[]]).shape)
print(a.dtype == np.int64, b.dtype == np.float64, c.dtype == bool, a.dtype.kind, b.dtype.kind, c.dtype.kind)
print(repr(a.dtype), str(b.dtype), a.dtype.name, b.dtype.itemsize, c.dtype.itemsize)
print(np.issubdtype(a.dtype, np.integer), np.issubdtype(b.dtype, np.floating), np.issubdtype(c.dtype, np.number))
print(a.astype(float), b.astype(int), c.astype(int), a.astype(bool), np.array([0.0, -0.5, 2]).astype(bool))
print(np.array([1.9, -1.9, 2.5]).astype(np.int64), np.array(["1", "2"][0:0], dtype=float), np.zeros(3, dtype=bool))
print((a + c[0]).dtype, (a + 0.5).dtype, (c + c).dtype, (c * 2).dtype, (a / 1).dtype, (a // 1).dtype)
print((a * True).dtype, np.sum(c).dtype if hasattr(np.sum(c), "dtype") else type(np.sum(c)), np.mean(c))
print(np.arange(3).dtype, np.arange(3.0).dtype, np.arange(0, 1, 0.25).dtype, np.linspace(0, 1, 3).dtype)
print(np.zeros(2).dtype, np.zeros(2, dtype=int).dtype, np.ones(2, dtype=np.int64), np.full(3, 7).dtype, np.full(3, 7.0).dtype)
print(np.full((2, 2), True), np.empty(0, dtype=bool).dtype, np.eye(2, dtype=int))
print(np.array(5).dtype, np.array(5.0).ndim, np.array([[1, 2]], dtype=float))
print(np.asarray([1, 2], dtype=float), np.asarray(np.arange(2), dtype=float) is not None)
print(np.float64(3), np.int64(3.7), np.bool_(2), float(np.int64(4)), int(np.float64(-2.9)))
print(np.array([3.7, -3.7]).round().astype(int), np.floor(np.array([3.7, -3.7])).astype(int))
print(np.array([1, 2, 3], dtype=np.float64) / np.array([2, 2, 2]), np.array([7, 8]) % np.array([2.5, 3]))
x = np.arange(4)
x[1] = 9.99
print(x, x.dtype)
y = np.zeros(3)
y[:] = [1, 2, 3]
print(y, y.dtype)
z = np.array([True, True, False])
z[0] = 0
print(z)
print(np.can_cast(np.int64, np.float64), np.result_type(np.int64, np.float64), np.promote_types(bool, np.int64))
