import numpy as np
a = np.arange(10)
print(np.roll(a, 2), np.roll(a, -3), np.roll(a, 12))
m = np.arange(6).reshape(2, 3)
print(np.roll(m, 1), np.roll(m, 1, axis=0), np.roll(m, -1, axis=1))
print(np.diff([1.0, 2.5, 2.0]), np.diff(np.array([True, False, False])))
