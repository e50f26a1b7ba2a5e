# Indexing: fancy + slices mixed, np.ix_, boolean row masks with assignment, take/put/take_along_axis.
import numpy as np

M = np.arange(30).reshape(5, 6)
print(M[[0, 2, 4], 1:4])
print(M[1:4, [0, -1]])
print(M[np.ix_([0, 3], [1, 2, 5])])
M2 = M.copy()
M2[np.ix_([1, 2], [0, 5])] = -1
print(M2)
mask = M[:, 0] % 4 == 0
print(mask, M[mask])
M3 = M.copy()
M3[mask] = 0
M3[~mask, 2] += 100
print(M3)
M3[M3 > 100] //= 10
print(M3)
print(np.take(M, [0, 7, 29]), np.take(M, [1, 3], axis=1))
print(np.take(M, [5, -1], mode="wrap"), np.take(np.arange(5), [7, -9], mode="clip"))
a = np.arange(10)
np.put(a, [0, 3, 5], [-1, -3, -5])
print(a)
np.put(a, [12, 13], [99, 98], mode="wrap")
print(a)
scores = np.array([[70, 90, 80], [60, 50, 95], [88, 77, 66]])
order = np.argsort(scores, axis=1)
print(np.take_along_axis(scores, order, axis=1))
best = np.argmax(scores, axis=1)[:, None]
print(np.take_along_axis(scores, best, axis=1).ravel())
worst_col = np.argmin(scores, axis=0)[None, :]
print(np.take_along_axis(scores, worst_col, axis=0))
arr = np.zeros((3, 3), dtype=int)
np.put_along_axis(arr, best, 1, axis=1)
print(arr)
print(np.nonzero(scores > 80), np.argwhere(scores > 80))
print(np.flatnonzero(scores % 2 == 0), np.count_nonzero(scores > 75, axis=1))
idx = np.unravel_index([5, 13, 29], (5, 6))
print(idx, np.ravel_multi_index(idx, (5, 6)))
print(np.unravel_index(17, (2, 3, 4)), np.ravel_multi_index((1, 1, 1), (2, 3, 4)))
print(np.ravel_multi_index(([0, 6], [2, -1]), (5, 6), mode="clip"), np.ravel_multi_index(([0, 6], [2, 7]), (5, 6), mode="wrap"))
print(M[[1, 3]][:, [0, 2]], M[[1, 3], [0, 2]])
print(M[-1, ::-2], M[::2, ::3], M[..., 1], M[None, 0, :2].shape)
rows = np.array([[0, 1], [3, 4]])
print(M[rows, 0])
print(M[rows][:, :, :2].shape)
b = np.arange(12).reshape(3, 4)
b[[0, 2], 1:3] = [[10, 20], [30, 40]]
print(b)
b[b > 20] = np.array([7, 8])
print(b)
c = np.arange(6.0)
c[[1, 1, 1]] += 1
print(c)
print(np.compress([True, False, True], M[:3], axis=0), np.extract(M % 7 == 0, M))
print(np.choose([0, 1, 2, 1], [[10, 11, 12, 13], [20, 21, 22, 23], [30, 31, 32, 33]]))
print(np.diag(M), np.diag(M, k=2), np.diagonal(M, offset=-1))
