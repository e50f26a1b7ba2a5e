# Mixed indexing: slices with lists, masks with slices, Ellipsis with None, chained fancy indexing, and assignments through them.
import numpy as np

a = np.arange(20).reshape(4, 5) * 1.5
print(a[1:, [0, 2]])
print(a[[0, 3], 1:4])
mask = np.array([True, False, True, True])
print(a[mask, 1:])
print(a[mask][:, [4, 0]])
print(a[..., None].shape, a[..., None][1, 2], a[None, ..., 0], a[:, None, 1].shape)
print(a[[0, 1]][:, [1]])
print(a[[0, 1], [1, 1]], a[[[0], [1]], [1, 3]])
print(a[np.ix_([0, 2], [1, 3])], a[1, [True, False, True, False, True]])
print(a[::-1, ::2], a[-1:, -2:], a[::2][::-1])
print(a[[-1, -2], :][:, [-1]], a[np.array([3, 0]), np.array([4, 0])])
print(a[a > 20], a[(a > 5) & (a < 12)], a[:, a[0] > 2])
b = np.arange(24).reshape(2, 3, 4)
print(b[..., 1], b[0, ..., 2], b[:, [0, 2], :][..., [3]], b[1, :, [0, 1]])
print(b[:, 1:, None, ::2].shape, b[[1, 0], [2, 0], 1:3], b[b % 5 == 0])
print(b[:, [True, False, True]].shape, b[..., [True, False, False, True]])
c = a.copy()
c[1:, [0, 2]] = -1
print(c)
c = a.copy()
c[mask, 1:] = np.array([10.0, 20.0, 30.0, 40.0])
print(c)
c = a.copy()
c[..., 0] = [9, 8, 7, 6]
c[[0, 1], [4, 4]] += 100
print(c)
c = a.copy()
c[np.ix_([1, 3], [0, 4])] = [[1, 2], [3, 4]]
print(c)
c = a.copy()
c[a % 2 == 0] *= -1
print(c)
c = a.copy()
c[[0, 0, 1]] = 0
c[:, [1, 1]] += 5
print(c)
d = b.copy()
d[..., [1, 2]] = 0
d[1, [0, 2], 0] = [-5, -6]
print(d)
v = a[1:3, 1:4]
v[:] = 0
print(a)
f = a[[1, 2]]
f[:] = 99
print(a[1:3], f.base is None, v.base is not None)
idx = np.array([[0, 1], [2, 3]])
print(a[idx].shape, a[idx, 0], a[:, idx].shape, np.arange(10)[idx])
print(a.flat[[0, 7, 19]], a.ravel()[[-1, 3]], np.take(a, [1, 5]))
try:
    print(a[[0, 1], [1, 2, 3]])
except IndexError as e:
    print("IndexError:", e)
try:
    print(a[mask[:3]])
except IndexError as e:
    print("IndexError:", e)
try:
    print(a[:, 7])
except IndexError as e:
    print("IndexError:", e)
