# int64 values near the ends of the range: printing, sums and products past 2**53, iinfo bounds.
import numpy as np

big = np.array([2**62, -(2**62), 2**63 - 1])
print(big)
print(repr(np.array([-(2**63), 0])))
print(np.int64(2**63 - 1), np.int64(-(2**63)))
print(np.iinfo(np.int64).max, np.iinfo(np.int64).min, np.iinfo(np.int64).bits)
a = np.array([17, -17, 5, -5, 0, 123456789])
print(np.sum(a * a), np.prod(np.arange(1, 21)), np.cumprod(np.arange(15, 22)))
x = np.array([2**53, 2**53 + 1, 2**53 + 2])
print(x, x - 2**53, x.max(), x.argmax())
print(np.array([2**40, 3]) * np.array([2**20, 5]))
print((np.array([2**62]) + np.array([2**62 - 1]))[0] > 0)
print(np.array([10**18, 10**17]) // 7, np.array([10**18 + 1]) % 1000)
print(f"{np.int64(9007199254740993):,}", repr(np.int64(9007199254740993)))
print(np.arange(2**53 - 2, 2**53 + 3))
print(sorted(np.array([2**60 + 1, 2**60, 2**60 + 3]).tolist()))
print(np.unique(np.array([2**55 + 1, 2**55, 2**55 + 1])))
for v in [2**31, 2**32 + 1, 2**52 + 1, 2**62 + 7]:
    print(v, np.int64(v), np.int64(v) + 1, np.int64(v) * 2, np.int64(v) // 3, np.int64(v) % 10)
m = np.array([[2**61, 1], [2, 2**61]])
print(m, m.sum(axis=0), m.T @ np.array([1, 1]))
