import numpy as np
a = np.array([3, -1, 4, -1, 5, -9])
print(a[a > 0], a[a < 0], a[(a > 0) & (a < 5)], a[~(a > 0)])
m = np.arange(12).reshape(3, 4)
print(m[m % 3 == 0], m[m > 100])
print(m[np.array([True, False, True])])
a[a < 0] = 0
print(a)
m[m > 5] = -m[m > 5]
print(m)
try:
    a[np.array([True, False])]
except IndexError as e:
    print("IndexError:", e)
