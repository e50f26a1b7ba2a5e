# int64 arithmetic with large values that doubles hold exactly: powers of two, wraps, conversions.
import numpy as np

big = np.int64(2**53)
print(big, big + 2, big * 3, big * 4, repr(big - 2), big // 3)
a = np.array([2**53, 2**60, 2**62, -2**63, 2**63 - 2**10])
print(a)
print(a.dtype, a[1], a[2] + 2**40, a.tolist())
print(a[2] - a[1], (a[1:2] * 2)[0], a.max(), a.min(), a.argmax())
print(int(a[2]) == 2**62, int(a[3]), a[3], -a[1])
print(np.int64(2**62) * 2, np.int64(2**62) * 4, np.int64(-2**62) * 2)
print(np.int64(2**62) + np.int64(2**62), np.int64(2**63 - 2**11) + 2**11)
print(np.array([2**61, 2**62]) * 4, np.array([3 * 2**61]) + 2**62)
print(np.iinfo(np.int64).max, np.iinfo(np.int64).min, np.iinfo(np.int64).bits)
c = np.cumprod(np.full(12, 16))
print(c)
print(np.prod(np.full(16, 16)), np.prod(np.full(15, 16)), np.sum(np.full(4, 2**61)))
print(2**40 * np.array([1, 2**13, 2**14]))
print(np.array([2**60, 3]) // 8, np.array([2**60]) % 1024, np.array([2**60]) >> 10)
print(np.sort(np.array([2**60, 2**58, 2**59])), np.abs(np.array([-(2**60)])))
print(np.array([2**53], dtype=float), float(np.int64(2**60)), np.int64(2**60) == 2**60)
print(hash(np.int64(2**60)) == hash(2**60), str(np.int64(-(2**62))))
print(f"{np.int64(2**62):,}", "%d" % np.int64(2**61), f"{np.int64(2**60):x}")
print(np.arange(0, 2**62, 2**60), np.linspace(0, 2**60, 5).astype(int))
x = np.array([1, 2, 3], dtype=np.int64)
y = x * 2**61
print(y, y.dtype, y // 2**60, (y >> 61).tolist())
try:
    print(np.int64(2**63))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(np.array([1, 2]) + 2**63)
except Exception as e:
    print(type(e).__name__, e)
print(np.array([5, -5]) // np.array([2, 2]), np.array([2**62, -2**62]) // 2**31)
