# Iterating, slicing and fancy indexing small-dtype arrays: element types and views.
import numpy as np

a = np.arange(12, dtype=np.int16).reshape(3, 4)
for row in a:
    print(row, row.dtype, [int(v) for v in row])
for v in a[1]:
    print(repr(v), end=" ")
print()
print(a[1:, ::2], a[:, -1], a[a % 2 == 0], a[[0, 2], [1, 3]], a[..., 0])
v = a[0]
v[0] = 100
print(a[0], a.dtype, v.dtype)
f = np.linspace(0, 1, 6).astype(np.float32)
print(f[1], f[-1], f[2:4], repr(f[2:4]), f[f > 0.5], len(f))
print(list(f[:3]), [type(x).__name__ for x in f[:2]], f[np.array([0, 5], dtype=np.int32)])
u = np.array([5, 3, 9, 1], dtype=np.uint8)
print(u[np.argsort(u)], np.sort(u), u[u.argmax()], 3 in u, 7 in u, u.tolist())
print(u.reshape(2, 2).T, u.reshape(2, 2).T.dtype, u[::-1], u.copy().dtype)
