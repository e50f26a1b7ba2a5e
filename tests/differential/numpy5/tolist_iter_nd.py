# Iteration, list(), tolist(), enumerate and unpacking of 2-D and 3-D arrays of each dtype.
import numpy as np

a = np.arange(12).reshape(2, 3, 2)
f = np.linspace(0, 1, 6).reshape(3, 2)
b = a % 3 == 0

for block in a:
    print("block", block.shape)
    for row in block:
        print("  row", row, row.tolist(), [int(x) for x in row])
for i, row in enumerate(f):
    x, y = row
    print(i, x, y, type(x).__name__, repr(y))
print(a.tolist())
print(f.tolist())
print(b.tolist(), type(b.tolist()[0][0][0]).__name__)
print(type(a.tolist()[0][0][0]).__name__, type(f.tolist()[0][0]).__name__)
print(list(f), list(a[0]), list(b[1, 0]))
print([list(r) for r in a[1]])
print(sorted(np.array([3.0, 1.0, 2.0])), max(np.array([1, 9, 3])), min(f[:, 1]))
print(sum(f), sum(a), sum(b.ravel()))
print(dict(zip("abc", np.array([1, 2, 3]))))
print(set(np.array([1, 1, 2]).tolist()), tuple(np.array([0.5, 1.5])))
print(any(np.array([0, 0, 1])), all(np.array([1.0, 2.0])))
print(len(a), len(a[0]), a[0].shape, a[-1, -1], a[1][2][0])
print([r.sum() for r in f], [r.max() for r in a])
print(np.array([x * 2 for x in np.arange(4)]))
print(np.array(list(map(float, np.arange(3)))))
rows = [row for row in np.eye(3) if row[1] == 0]
print(rows)
print(np.array(f.tolist()) == f)
print(a.ravel().tolist()[::5], a.flatten()[::-4], f.T.tolist())
c = np.zeros((2, 2))
for r in c:
    r += 1
print(c)
for k in a.flat:
    if k > 8:
        print("flat", k, end=" ")
print()
print(list(a.flat)[:4], a.flat[5], len(list(np.ndenumerate(f))))
for idx, v in np.ndenumerate(b[0]):
    print(idx, v, end="; ")
print()
for idx in np.ndindex(2, 2):
    print(idx, end=" ")
print()
x0, x1, x2 = np.array([7.5, 8.5, 9.5])
print(x0 + x1 + x2, [*np.array([1, 2]), 3], str(list(np.array([True]))))
print(np.array([[1, 2], [3, 4]]).item(3), f.item(2, 1), a.item((1, 2, 0)))
