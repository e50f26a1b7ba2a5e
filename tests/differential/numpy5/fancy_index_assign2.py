# Fancy and boolean indexing on 2-D/3-D arrays, with assignment, augmented assignment and views.
import numpy as np

a = np.arange(20).reshape(4, 5)
print(a[[0, 2]], a[:, [1, 3]], a[[0, 1, 2], [4, 3, 2]], a[[-1, 0]][:, ::2])
print(a[np.array([[0, 1], [2, 3]])].shape, a[1:3, [0, -1]], a[[True, False, True, False]])
print(a[a % 4 == 0], a[(a > 5) & (a < 12)], a[~(a < 15)])
print(a[:, a[0] > 1], a[a[:, 0] > 4, 1:3])
b = a.copy()
b[[0, 3], [0, 4]] = -1
print(b)
b[b < 0] += 100
print(b[0], b[3])
b[:, [1, 2]] *= 2
print(b[1])
b[1:3, 1:3] = np.array([[7, 8], [9, 10]])
print(b[:4, :4])
b[b > 20] = np.arange((b > 20).sum())
print(b)
f = np.linspace(0.0, 1.0, 12).reshape(3, 4)
f[f > 0.5] = np.nan
print(f, np.isnan(f).sum())
f[np.isnan(f)] = 0.0
print(f.round(3))
rows = np.array([2, 0])
f[rows] = f[rows] + 1
print(f.round(3))
c = np.zeros(6)
idx = np.array([0, 1, 1, 3])
c[idx] += 1
print(c)
np.add.at(c, idx, 1)
print(c)
t = np.arange(24).reshape(2, 3, 4)
print(t[:, [0, 2], :].shape, t[..., [1]].shape, t[1, ..., 0], t[[1, 0], 1, [3, 2]], t[t > 20])
print(t[:, 1][:, [0, 3]], t[0][[2, 1]][:, :2], t[:, np.newaxis, 1].shape)
t[:, :, 0] = t[:, :, 3]
print(t[:, :, 0])
t[..., 1:3] = 0
print(t[1])
v = t[0, 1]
v[:] = -5
print(t[0], np.shares_memory(v, t), np.shares_memory(t[:, [0]], t))
sel = a[[1, 2]]
sel[:] = 0
print(a[1], sel[0])
print(a[np.int64(2)], a[np.int64(1), np.int64(-1)], a[[np.int64(0)]])
try:
    a[[0, 5]]
except IndexError as e:
    print("IndexError", e)
try:
    a[np.array([True, False])]
except IndexError as e:
    print("IndexError", e)
try:
    a[[0, 1], [0, 1, 2]]
except IndexError as e:
    print("IndexError", e)
