import numpy as np
a = np.array([1.5, 2.5, 3.0])
print(len(a), list(a), float(a[0]), int(a[1]), sum(a), max(a), min(a), sorted(a[::-1]))
print(2.5 in a, 7 in a, [x * 2 for x in a])
m = np.arange(6).reshape(2, 3)
for row in m:
    print(row, row.sum())
print(list(m), len(m), [int(v) for v in m[0]])
x, y, z = a
print(x, y, z)
print(tuple(np.arange(3)), dict(zip("ab", np.arange(2))))
print(np.array(2.5) + 1, str(np.array([1, 2])), f"{np.float64(2.5)}")
