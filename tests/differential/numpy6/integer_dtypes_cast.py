# Integer and bool dtypes: casting, in-place casting errors, overflow-free sums, int64 ops.
import numpy as np

a = np.array([1, 2, 3])
print(a.dtype, (a / 2).dtype, (a // 2).dtype, (a * 1.0).dtype, (a > 1).dtype)
try:
    a += 0.5
except Exception as e:
    print(type(e).__name__, e)
try:
    a /= 2
except Exception as e:
    print(type(e).__name__, e)
a *= 3
print(a)
a //= 2
print(a)
a **= 2
print(a)
f = np.array([1.9, -1.9, 2.5])
f += a
print(f, f.dtype)
b = np.array([True, False, True])
try:
    b += 1
except Exception as e:
    print(type(e).__name__, e)
b |= np.array([False, True, False])
print(b)
print(np.array([1, 2], dtype=float), np.array([1.7, -2.7], dtype=int), np.array([0, 2, 0], dtype=bool))
print(np.array([1, 0, 3]).astype(bool), np.array([0.0, -0.0, 0.1]).astype(bool))
print(np.array([True, False]).astype(float), np.array([2.9999, -0.5]).astype(np.int64))
print(np.zeros(3, dtype=int), np.ones((2, 2), dtype=bool), np.full(3, 7, dtype=float))
print(np.arange(5, dtype=float), np.arange(0.0, 1.0, 0.25).dtype, np.arange(3).dtype)
print(np.array([10**12, 3]) * 1000, np.array([2**40]) ** 1)
print(np.sum(np.array([2**50, 2**50, 2**50])))
print(np.int64(2**62) // 2**20, np.int64(-2**62) % 7, np.int64(2**60) // -(2**58))
print(np.array([7, -7]) >> 1, np.array([7, -7]) << 2, np.array([6, 3]) & 5, np.array([6, 3]) | 8, np.array([6, 3]) ^ 1)
print(~np.array([0, 5, -1]))
print(np.array([1, 2, 3]) == np.array([1.0, 2.5, 3.0]))
print(np.array([1, 2]) + np.array([True, True]))
print(np.float64(3) + np.int64(4), type(np.float64(3) + np.int64(4)).__name__)
print(np.int64(3) + 4, type(np.int64(3) + 4).__name__, type(np.int64(3) + 4.0).__name__, type(np.int64(3) / 4).__name__)
print(np.int64(3) * True, type(np.bool_(True) + np.bool_(True)).__name__, np.bool_(True) + np.bool_(True))
print(np.abs(np.array([-3, 4])).dtype, np.sqrt(np.array([4, 9])).dtype, np.sqrt(np.array([4, 9])))
print(np.maximum(np.array([1, 5]), np.array([3.0, 2.0])), np.minimum(3, np.array([1, 5])))
print(np.clip(np.array([1, 5, 9]), 2, 6), np.clip(np.array([1, 5, 9]), 2.5, 6).dtype)
print(np.where(np.array([True, False]), 1, 2.5), np.where(np.array([True, False]), 1, 2).dtype)
print(np.mean(np.array([1, 2, 4])), np.median(np.array([1, 2, 4, 5])), np.prod(np.array([2, 3, 4])).dtype)
print(np.cumsum(np.array([True, True, False])).dtype, np.cumprod(np.array([1, 2, 3])))
print(np.round(np.array([1, 15, 250]), -1), np.round(np.array([1.25, 2.35, -0.5]), 1))
print(np.array([5, 3, 8]).tolist(), type(np.array([5]).tolist()[0]).__name__, type(np.array([5.0]).tolist()[0]).__name__)
print(np.array([1, 2]).item(1), type(np.array([1.5]).item()).__name__)
print(int(np.int64(7)), float(np.array([2.5])[0]), complex(1) if False else 1)
print(np.array([3, 1, 2]).argsort(), np.sort(np.array([3, -1, 2]))[::-1])
