# np.sort of vectors (sorted straight into the result): NaN last, inf, int64 and bool dtypes,
# views, empty; axis forms still go the general way. (No signed zeros: NumPy's SIMD sort
# network rewrites the signs of equal zeros, pyjs keeps them in input order.)
import numpy as np

v = np.array([3.0, np.nan, -1.0, 0.0, -np.inf, 2.5, np.inf, -1e-300, 1e-300, -7.0, np.nan, 0.0])
for x in [v, v[::-1], v[::2], v[1:-1], v[:0], v[:1]]:
    s = np.sort(x)
    print(s, s.dtype, s.shape, np.signbit(s).sum())
i = np.array([5, -3, 0, 9007199254740991, -2, 5, 7], dtype=np.int64)
print(np.sort(i), np.sort(i).dtype, np.sort(i[::-2]), np.sort(i, axis=0), np.sort(i, axis=-1))
print(np.sort(np.array([True, False, True, False])), np.sort(np.arange(12.0)[::-1].reshape(3, 4)))
print(np.sort(np.arange(12.0)[::-1].reshape(3, 4), axis=0), np.sort(np.arange(6)[::-1].reshape(2, 3), axis=None))
x = np.sin(np.arange(1000) * 0.7)
s = np.sort(x)
print(s[:3], s[-3:], bool((np.diff(s) >= 0).all()), x[:2])
y = np.cos(np.arange(300.0))
for _ in range(3):
    np.sort(y)
    np.clip(y, -0.5, 0.5)
    np.where(y > 0, y, -y)
    np.round(y, 3)
    np.cumsum(y)
print(y[:3], np.sort(y)[:2], np.cumsum(y)[-1])
