# searchsorted with side=, unique with return_counts/return_index/return_inverse, nonzero/argwhere.
import numpy as np

edges = np.array([0.0, 1.0, 1.0, 2.5, 4.0, 4.0, 4.0, 7.0])
q = np.array([-1.0, 0.0, 1.0, 3.0, 4.0, 7.0, 9.0])
print(np.searchsorted(edges, q))
print(np.searchsorted(edges, q, side="left"))
print(np.searchsorted(edges, q, side="right"))
print(np.searchsorted(edges, 4.0), np.searchsorted(edges, 4.0, side="right"))
print(type(np.searchsorted(edges, 4.0)).__name__)
print(edges.searchsorted([1.0, 2.0], side="right"))
print(np.searchsorted([1, 3, 5], np.array([[0, 3], [5, 6]])))
order = np.array([3, 1, 2, 0])
vals = np.array([40, 10, 30, 20])
print(np.searchsorted(vals, 25, sorter=np.argsort(vals)))
try:
    print(np.searchsorted(edges, 1.0, side="middle"))
except Exception as e:
    print(type(e).__name__, e)

data = np.array([3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5])
u, c = np.unique(data, return_counts=True)
print(u, c, c.dtype)
u, idx = np.unique(data, return_index=True)
print(u, idx)
u, inv = np.unique(data, return_inverse=True)
print(u, inv, np.array_equal(u[inv], data))
u, idx, inv, cnt = np.unique(data, return_index=True, return_inverse=True, return_counts=True)
print(idx, inv, cnt)
print(np.unique(np.array([[2.5, 1.0], [2.5, -0.5]])))
print(np.unique(np.array([True, False, True])))
print(np.unique(np.array([])), np.unique(np.array([], dtype=int), return_counts=True))
mode = u[np.argmax(cnt)]
print("mode", mode, type(mode).__name__)

grid = np.array([[0, 2, 0], [1, 0, 3], [0, 0, 4]])
print(np.nonzero(grid))
rows, cols = np.nonzero(grid)
for r, c in zip(rows, cols):
    print(r, c, grid[r, c])
print(np.argwhere(grid > 1))
print(np.argwhere(grid > 1).shape, np.argwhere(np.array(5)).shape)
print(np.flatnonzero(grid))
print(grid.nonzero()[1])
print(np.where(grid)[0])
print(np.argwhere(np.zeros(3)))
print(np.nonzero(np.array([0.0, -0.0, 1e-300])))

hist_bins = np.array([0, 10, 20, 30])
scores = np.array([5, 10, 15, 29, 30, 0])
print(np.searchsorted(hist_bins, scores, side="right") - 1)
print(np.digitize(scores, hist_bins), np.digitize(scores, hist_bins, right=True))
