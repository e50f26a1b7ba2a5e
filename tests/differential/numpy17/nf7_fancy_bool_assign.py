# fancy + boolean assignment with broadcasting, repeated indices, mixed fancy/slice.
import numpy as np

a = np.zeros((4, 5))
a[[0, 2]] = np.array([1, 2, 3, 4, 5])
print(repr(a))
a[:, [1, 3]] = np.array([[10], [20], [30], [40]])
print(repr(a))
a[[1, 3], [0, 4]] = -1
print(repr(a))
a[a > 15] = np.nan
print(repr(a))
a[np.isnan(a)] = 0
b = np.arange(20).reshape(4, 5)
b[b % 3 == 0] = np.arange(7) * -1
print(repr(b))
m = np.array([True, False, True, False])
b[m] = 100
print(repr(b))
b[m, 1:3] = np.array([7, 8])
print(repr(b))
b[1:, [0, -1]] = np.array([[1, 2]])
print(repr(b))
c = np.zeros(5, dtype=int)
c[[0, 0, 1, 1, 1]] += 1
print(repr(c))
np.add.at(c, [0, 0, 1, 1, 1], 1)
print(repr(c))
d = np.arange(10.0)
d[[1, 3, 5]] = [0.5, 1.5]  if False else [0.5, 1.5, 2.5]
print(repr(d))
try:
    d[[1, 3, 5]] = [0.5, 1.5]
except ValueError as e:
    print("ValueError", e)
try:
    d[d > 5] = np.array([1.0, 2.0])
except ValueError as e:
    print("ValueError", e)
e = np.arange(24).reshape(2, 3, 4)
e[:, [0, 2], 1:3] = 0
print(repr(e))
e[..., [True, False, False, True]] = -9
print(repr(e))
e[np.array([[True, False, True], [False, True, False]])] = np.array([1, 2, 3, 4])
print(repr(e))
f = np.arange(9).reshape(3, 3)
rows = np.array([[0], [2]])
cols = np.array([0, 2])
print(repr(f[rows, cols]))
f[rows, cols] = np.array([[10, 20], [30, 40]])
print(repr(f))
g = np.arange(6)
g[g > 2] *= 2
g[[0, 1]] -= np.array([5, 6])
print(repr(g))
h = np.ones((3, 3))
h[np.arange(3), np.arange(3)] = np.array([1.5, 2.5, 3.5])
h[np.triu_indices(3, 1)] = 0
print(repr(h))
idx = np.where(h > 1)
print(idx, repr(h[idx]))
