import numpy as np
a = np.arange(20).reshape(4, 5)
v = a[1:3, ::2]
v[:] = -1
print(a)
print(v.base is a, np.shares_memory(a, v), a[::-1, ::-1][0])
r = a.ravel()
r[0] = 100
print(a[0, 0], a.flatten().base is None)
t = a.T
t[0, 1] = 55
print(a[1, 0], t.shape, t.strides == (8, 40))
row = a[2]
row += 1000
print(a[2])
col = a[:, 1]
col *= 2
print(a[:, 1])
f = a[[0, 2]]
f[:] = 0
print(a[0], a[2])
m = a[a > 50]
m[:] = 7
print(a.max())
a[a > 900] = 9
print(a)
a[:, [0, 4]] = np.array([[1, 2], [3, 4], [5, 6], [7, 8]])
print(a)
a[1:3, 1:4] = np.arange(3)
print(a)
a[np.array([0, 3]), np.array([1, 2])] = -5
print(a)
print(a[[0, 1, 2], [3, 2, 1]], a[[[0], [1]], [1, 2]])
print(a[..., 0], a[..., -1:], a[None, 0].shape, a[:, None, 1].shape, a[0, ..., None].shape)
b = np.arange(27).reshape(3, 3, 3)
print(b[1, :, ::-1])
print(b[:, 1, 1], b[-1, -1, -1], b[[0, 2], :, 0])
print(b[b[:, 0, 0] > 5].shape, b[..., 1][1])
s = b[1]
s[...] = 0
print(b.sum(), b[1].sum())
c = np.arange(10)
c[::3] = 99
print(c, c[-3:], c[:-7:-2], c[100:], c[-100:2])
c[c == 99] += np.array([1, 2, 3, 4])
print(c)
d = np.arange(6.0)
d[[1, 1, 2]] += 1
print(d)
idx = np.array([[0, 1], [2, 3]])
print(d[idx], d[idx].shape)
print(np.take(d, [0, -1]), d.take([1, 2]))
print(a[1][2], a[1, 2], a[-1], a[np.int64(1)])
x = np.zeros((3, 3))
np.fill_diagonal(x, 5)
print(x)
