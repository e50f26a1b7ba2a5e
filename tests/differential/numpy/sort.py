import numpy as np
a = np.array([3, 1, 4, 1, 5, 9, 2, 6])
print(np.sort(a), np.argsort(a), a)
m = np.array([[3, 1, 2], [9, 7, 8]])
print(np.sort(m), np.sort(m, axis=0), np.sort(m, axis=None), np.argsort(m, axis=1))
f = np.array([2.5, np.nan, -1.0, 0.0])
print(np.sort(f), np.argsort(f))
a.sort()
print(a, a[::-1])
