# Fancy and boolean indexing assignment, views vs copies.
import numpy as np

a = np.arange(20, dtype=float).reshape(4, 5)
a[[0, 2], [1, 3]] = -1
print(a)
a[a > 15] = 0
print(a)
a[1:3, [0, 4]] = np.array([[100.0, 200.0], [300.0, 400.0]])
print(a)
a[:, 2] += 0.5
print(a[:, 2])
a[[3, 3, 3], [0, 0, 0]] += 1
print(a[3])
mask = a[:, 0] > 50
a[mask, :] *= -1
print(a)
b = a[mask]
b[:] = 7
print(a[mask][0], b[0])
c = a[1]
c[:] = 9
print(a[1])
d = a[::2, ::2]
d += 1000
print(a)
print(np.shares_memory(a, d))
e = a.flatten()
e[0] = -5
print(a[0, 0], e[0])
f = a.ravel()
print(np.shares_memory(a, f))
g = a.T
g[0, 1] = 42
print(a[1, 0])

x = np.zeros(8, dtype=int)
idx = np.array([1, 3, 3, 5])
x[idx] = np.array([10, 20, 30, 40])
print(x)
np.add.at(x, idx, 1)
print(x)
x[x == 0] = -1
print(x)
x[np.array([True, False] * 4)] = 99
print(x)
x[-3:] = [1, 2, 3]
print(x)
x[::-1][0] = 500
print(x)

grid = np.zeros((5, 5), dtype=int)
rows, cols = np.meshgrid(np.arange(5), np.arange(5), indexing="ij")
grid[rows == cols] = 1
grid[rows + cols == 4] = 2
print(grid)
grid[np.ix_([0, 4], [0, 4])] = 9
print(grid[[0, 4]][:, [0, 4]])
b = np.array([True, False, True, False, True])
print(grid[b][:, b])
print(grid[np.nonzero(grid == 2)])
sel = np.where(grid > 1, grid, -grid)
print(sel)
