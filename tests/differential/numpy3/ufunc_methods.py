import numpy as np
a = np.arange(12).reshape(3, 4)
print(a.flat[5], list(a.flat)[:3], a.flat[[1, 2]], len(a.flat))
a.flat[0] = 99
a.T.flat[1] = -1
print(a)
for v in a[:, :2].flat:
    print(v, end=" ")
print()
print(np.finfo(float).eps, np.finfo(np.float64).max, np.iinfo(np.int64).max, np.iinfo(int).min)
print(np.add.reduce(np.arange(5)), np.multiply.reduce([1, 2, 3, 4]), np.maximum.reduce(np.array([[1, 5], [7, 2]]), axis=1))
print(np.subtract.outer(np.arange(3), np.arange(2)), np.add.outer([1.0, 2.0], [10.0, 20.0, 30.0]))
print(np.add.accumulate(np.array([[1, 2], [3, 4]]), axis=1), np.minimum.accumulate([5, 3, 4, 1, 2]), np.multiply.accumulate([1.5, 2.0, 2.0]))
print(np.logical_or.reduce([False, True]), np.subtract.reduce([10, 1, 2]))
prices = np.array([10.0, 12.0, 11.0, 15.0, 9.0, 14.0, 16.0])
peak = np.maximum.accumulate(prices)
print(peak, (prices - peak) / peak, ((prices - peak) / peak).min())
pts = np.array([[0.0, 0.0], [3.0, 4.0], [1.0, 1.0]])
d = np.sqrt(((pts[:, None, :] - pts[None, :, :]) ** 2).sum(axis=-1))
print(d)
dx = np.subtract.outer(pts[:, 0], pts[:, 0])
print(dx, np.hypot(dx, np.subtract.outer(pts[:, 1], pts[:, 1])))
print(np.equal.outer([1, 2, 3], [2, 3]).astype(int))
