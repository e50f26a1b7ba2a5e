# int64 arithmetic wrapping and sums past the int64 range, as NumPy computes them.
import numpy as np

a = np.array([2 ** 62, 2 ** 62])
print(a.sum(), repr(a.sum()))
print(np.array([2 ** 62]) * 2, np.array([2 ** 62]) * 4)
print(np.array([-(2 ** 62), -(2 ** 62)]).sum())
print(np.array([3 * 2 ** 60, 2 ** 61]).sum())
print(np.cumsum(np.array([2 ** 62, 2 ** 62, 2 ** 62])))
print(np.prod(np.array([2 ** 32, 2 ** 31])))
print(np.prod(np.arange(1, 21)))
print(np.array([2 ** 40, 2 ** 24]).prod())
print(np.array([10]) ** 15, np.array([2]) ** 63, np.array([2]) ** 64)
print(np.int64(2 ** 62) + np.int64(2 ** 62))
print(np.abs(np.array([-2 ** 63])), -np.array([-2 ** 63]))
print(np.array([1, 2, 3], dtype=np.int64).sum(), np.array([255, 1]).sum())
big = np.full(4, 2 ** 61)
print(big.sum(), big.mean(), big.sum() // 4)
print(np.array([2 ** 53, 2]).sum(), np.array([2 ** 53 + 2, 2]).sum())
print(np.iinfo(np.int64).bits, np.iinfo(np.int64).min)
counts = np.arange(1, 11) * 10 ** 15
print(counts.sum(), counts.cumsum()[-3:], counts.mean())
