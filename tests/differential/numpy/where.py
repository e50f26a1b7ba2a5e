import numpy as np
a = np.arange(6)
print(np.where(a > 2, a, -1), np.where(a % 2 == 0, 1.5, 0), np.where([True, False], [1, 2], [3, 4]))
print(np.where(a > 3))
m = np.array([[0, 1], [2, 0]])
r, c = np.where(m > 0)
print(r, c)
print(np.nonzero(m), np.argwhere(m), np.flatnonzero(m), m.nonzero())
print(np.count_nonzero(m), np.count_nonzero(m, axis=0))
