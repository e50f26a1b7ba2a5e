# Elements of int64 and bool arrays, and 2-D reads, accumulated in compiled loops.
import numpy as np


def total(a):
    acc = 0.0
    for i in range(len(a)):
        acc += a[i]
    return acc


def itotal(a):
    acc = 0
    for i in range(len(a)):
        acc += a[i] * 2
    return acc


def twod(m):
    s = 0.0
    for i in range(m.shape[0]):
        for j in range(m.shape[1]):
            s += m[i, j] * 0.5
    return s


def twod_rows(m):
    s = 0.0
    for i in range(len(m)):
        for j in range(len(m[i])):
            s += m[i][j]
    return s


def twod_neg(m):
    s = 0.0
    for i in range(1, 3):
        s += m[-i, -1] - m[-i][0]
    return s


ia = np.arange(6)
print(repr(total(ia)), repr(itotal(ia)), type(itotal(ia)).__name__)
big = np.array([2**62, 2**62], dtype=np.int64)
print(repr(big[0] + big[1]), repr(itotal(big)))
print(repr(total(np.array([True, False, True]))), repr(itotal(np.array([True, True]))))
m = np.arange(12.0).reshape(3, 4)
print(repr(twod(m)), repr(twod(m.T)), repr(twod(m[::2, 1:])), repr(twod(np.zeros((0, 3)))))
print(repr(twod(np.arange(12).reshape(3, 4))))
try:
    twod([[1.5, 2.5], [3.5, 4.5]])
except AttributeError as e:
    print("AttributeError:", e)
print(repr(twod_rows(m)), repr(twod_rows([[1.5, 2.5], [3.5]])), repr(twod_rows(np.ones((2, 2), dtype=bool))))
print(repr(twod_neg(m)))
print(repr(twod_rows(np.ones((2, 2, 2)).reshape(2, 4))))
try:
    print(twod_rows(np.ones((2, 2, 2))))
except TypeError as e:
    print("TypeError:", e)
