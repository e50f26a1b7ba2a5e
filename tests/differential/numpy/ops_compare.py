import numpy as np
a = np.array([1, 5, 3])
b = np.array([2, 5, 1])
print(a < b, a <= b, a > b, a >= b, a == b, a != b)
print(a > 2, 2 < a, a == 5)
c = a > 2
print(c.dtype, c.sum(), c.any(), c.all())
print(np.array([1.0, np.nan]) == np.array([1.0, np.nan]))
x = (a == b)
print(type(x).__name__, x)
print(np.array_equal(a, a), np.array_equal(a, b))
