import numpy as np
a = np.array([1.7, -2.3, 3.5])
print(a.astype(int), a.astype(bool), a.astype(np.int64))
print(np.array([0, 1, 2]).astype(float))
b = a.copy()
b[0] = 0
print(a, b)
c = np.copy(a)
c[1] = 9
print(a[1], c[1])
print(np.array([True, False]).astype(int))
