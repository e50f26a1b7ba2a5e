# Boolean and fancy indexing with assignment.
import numpy as np

a = np.arange(20).reshape(4, 5)
print(a[np.ix_([0, 2], [1, 3, 4])])
a[np.ix_([1, 3], [0, 4])] = -1
print(a)
print(a[np.ix_([True, False, True, False], [0, 1])])
rows, cols = np.ix_(np.arange(2), np.arange(3))
print(rows, cols, rows.shape, cols.shape)
b = np.arange(10) * 10
print(np.take(b, [0, 3, -1]))
print(np.take(a, [0, 2], axis=1))
print(np.take(a, [[0, 1], [2, 3]]))
print(np.take(b, [5, 12], mode="wrap"), np.take(b, [5, 12, -3], mode="clip"))
np.put(b, [0, 2], [-5, -7])
print(b)
np.put(b, [1, 3, 5], 99)
print(b)
np.put(b, [22, -1], [1, 2], mode="wrap")
print(b)
c = np.array([[0, 3, 0], [4, 0, 5]])
print(np.nonzero(c))
print(c.nonzero())
print(np.argwhere(c))
print(np.argwhere(c > 3))
print(np.where(c))
print(np.flatnonzero(c))
print(c[np.nonzero(c)])
print(np.transpose(np.nonzero(c)))
d = np.arange(12.0)
d[d % 3 == 0] = np.nan
print(d)
d[np.isnan(d)] = [-1, -2, -3, -4]
print(d)
e = np.zeros((3, 4), dtype=int)
e[[0, 1, 2], [1, 2, 3]] = 7
e[[0, 0], [0, 0]] += 1
print(e)
np.add.at(e, ([0, 0], [0, 0]), 1)
print(e)
e[1] = [1, 2, 3, 4]
e[:, 0] = 9
e[e == 7] *= 10
print(e)
f = np.arange(6)
f[[1, 3]] = f[[3, 1]]
print(f)
m = np.array([[1, 2], [3, 4], [5, 6]])
print(m[[0, 2]][:, [1]], m[[0, 2], 1], m[[True, False, True]])
print(m[m[:, 0] > 1, :])
print(m[:, [True, False]])
g = m.copy()
g[g > 2] = 0
print(g)
g[[0, 1]] = np.array([[10, 20], [30, 40]])
print(g)
h = np.arange(10)
h[h > 5] = h[h > 5][::-1]
print(h)
print(np.compress([0, 1, 1], m, axis=0), np.compress([True, False], m, axis=1))
print(np.extract(m % 2 == 0, m))
print(np.select([m < 2, m > 4], [m * 10, m * -1], default=0))
print(np.choose([0, 1, 0], [[1, 2, 3], [10, 20, 30]]))
i3 = np.arange(24).reshape(2, 3, 4)
print(i3[:, [0, 2], [1, 3]])
print(i3[[1, 0], :, [0, 0]])
print(i3[..., [0, -1]])
print(i3[1, ..., 2])
print(i3[np.newaxis, 0, :, None, 1].shape)
idx = np.array([[0, 1], [1, 0]])
print(b[idx])
print(np.place(h, h > 7, [0, 1]) is None, h)
print(np.putmask(h, h < 3, -h) is None, h)
j = np.arange(5)
j[[0, 0, 0]] += 1
print(j)
try:
    m[[0, 5]]
except IndexError as ex:
    print("IndexError:", ex)
try:
    m[np.array([True, False])]
except IndexError as ex:
    print("IndexError:", ex)
