# `a ** k` of arrays goes through the arrays' operator fast path (a fresh result: discarded
# call results and owned variables pool it); the same values, dtypes and errors as __pow__.
import numpy as np

a = np.linspace(-2.0, 2.0, 301)
i = np.arange(-5, 295)
print((a ** 2)[:3], (a ** 3)[-2:], (a ** 0.5)[150:153], (2 ** a)[:2], (2.0 ** i[:4]), (i ** 2)[:4])
print((i ** 2).dtype, (a ** 2).dtype, (np.float64(2.0) ** a)[:2], (a ** np.int64(2))[:2], (a ** a)[:2])
print(((a ** 2) + 1.0)[:2], ((a + 1.0) ** 2)[:2], (a ** 2 * a ** 2)[:2])
try:
    print(i ** -1)
except ValueError as e:
    print("ValueError", e)
b = a.copy()
b **= 2
print(b[:3], (np.arange(5) ** np.arange(5)), [1.0, 2.0] ** np.array([2.0, 3.0]))
sq = lambda: a ** 2
sq()
z = sq()
sq()
for k in range(3):
    w = a ** 3 + k
print(z[:3], z.sum(), w[-3:])
print(np.array([2 ** 26]) ** 2, (np.array([3], dtype=np.int64) ** 20))
