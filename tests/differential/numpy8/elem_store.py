# Float stores into arrays from compiled loops: a[i] = <float>.
import numpy as np


def fill(a, k):
    for i in range(len(a)):
        a[i] = i * k + 0.25
    return a


def fill_neg(a):
    for i in range(1, len(a) + 1):
        a[-i] = i / 4
    return a


def fill_view(a):
    v = a[::2]
    for i in range(len(v)):
        v[i] = -1.5 * i
    return a


def fill_mixed(a, x):
    for i in range(len(a)):
        a[i] = x
        x = x * 1.5
    return a


print(fill(np.zeros(4), 0.5))
print(fill(np.zeros(3, dtype=np.int64), 1.5))
print(fill(np.zeros(3, dtype=bool), 0.0))
print(fill([0, 0, 0], 2.0))
print(fill_neg(np.zeros(4)), fill_neg([0, 0]))
print(fill_view(np.zeros(6)))
print(fill(np.zeros((2, 2)), 1.0))
print(fill_mixed(np.zeros(3), 0.5), fill_mixed(np.zeros(2, dtype=np.int64), 1.0))
b = np.zeros(3)
fill(b[1:], 2.0)
print(b, repr(b[2]), b.dtype)
d = {0: 1}
try:
    fill(d, 1.0)
except Exception as e:
    print(type(e).__name__, e)
print(d)
