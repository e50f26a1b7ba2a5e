# Axis reductions with keepdims and negative/tuple axes on 2-D and 3-D data.
import numpy as np

x = np.arange(24, dtype=float).reshape(2, 3, 4) / 4 - 2
print(x.sum(axis=0))
print(x.sum(axis=(0, 2)))
print(x.sum(axis=-1, keepdims=True))
print(x.mean(axis=(1, 2), keepdims=True))
print(x.max(axis=1), x.min(axis=-2).shape)
print(x.std(axis=2))
print(x.var(axis=0, ddof=1))
print(np.argmax(x, axis=2))
print(np.argmin(x, axis=0))
print(x.prod(axis=1)[0])
print(np.cumsum(x, axis=1)[1])
print(np.cumprod(x[0], axis=0))
print(np.all(x > -2, axis=2))
print(np.any(x > 3, axis=(0, 1)))
print(np.count_nonzero(x > 0, axis=1))
print(np.median(x, axis=1))
print(np.percentile(x, [10, 90], axis=2))
print(np.ptp(x, axis=0))
print(np.sum(x, axis=None, keepdims=True))
print(np.mean(x, axis=None), np.std(x), np.var(x))

m = np.array([[3, 1, 2], [9, 8, 7]])
print(m.sum(axis=1, keepdims=True), m.sum(axis=1, keepdims=True).shape)
print(m / m.sum(axis=1, keepdims=True))
print(m - m.mean(axis=0, keepdims=True))
print(m.mean(axis=0).dtype, m.sum(axis=0).dtype, (m > 2).sum(axis=0).dtype)
print(np.average(m, axis=1, weights=[1, 0, 1]))
print(np.average(m, weights=np.array([[1, 1, 1], [0, 0, 2]])))
z = (m - m.mean(axis=1, keepdims=True)) / m.std(axis=1, keepdims=True)
print(z)
print(np.round(z.sum(axis=1), 12))
print(np.max(m, axis=0, keepdims=True))
print(np.min(np.array([[1.0, np.nan], [2.0, 3.0]]), axis=0))
print(np.nanmean(np.array([[1.0, np.nan], [2.0, 3.0]]), axis=1))
print(np.nansum(np.array([[1.0, np.nan], [np.nan, np.nan]]), axis=0))
e = np.zeros((0, 3))
print(e.sum(axis=0), e.sum(axis=1), e.shape)
try:
    e.max(axis=0)
except ValueError as err:
    print("ValueError:", err)
try:
    x.sum(axis=3)
except Exception as err:
    print(type(err).__name__, err)
try:
    x.mean(axis=(0, 0))
except ValueError as err:
    print("ValueError:", err)
print(np.sum(m, 0), np.sum(m, -1))
print(np.add.reduce(m, axis=1), np.multiply.reduce(m, axis=0))
print(np.maximum.reduce(m, axis=1), np.maximum.accumulate(np.array([1, 3, 2, 5, 4])))
