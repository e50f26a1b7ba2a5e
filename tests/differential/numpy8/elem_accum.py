# Float / np.float64 accumulators over array elements in compiled loops (lower/dual.rs).
import numpy as np


def total(a, k):
    acc = 0.0
    for i in range(len(a)):
        acc += a[i] * k
    return acc


def total_assign(a):
    s = 0.0
    for i in range(len(a)):
        s = s + a[i]
    return s


def products(a):
    p = 1.0
    q = 10.0
    for i in range(len(a)):
        p *= a[i]
        q -= a[i] * 0.5
    return p, q


def ratio(a):
    r = 1.0
    for i in range(len(a)):
        r /= a[i]
    return r


def start_int(a):
    acc = 0
    for i in range(len(a)):
        acc += a[i]
    return acc


def negzero(a):
    acc = -0.0
    for i in range(len(a)):
        acc += a[i]
    return acc


def last_elem(a):
    x = 0.0
    for i in range(len(a)):
        x = a[i] * 2.0
    return x


a = np.array([0.5, 1.5, -2.25, 4.0])
print(repr(total(a, 2.0)), type(total(a, 2.0)).__name__)
print(repr(total(np.zeros(0), 2.0)), type(total(np.zeros(0), 2.0)).__name__)
print(repr(total_assign(a)), repr(total_assign(np.array([]))))
print(products(a))
print(repr(ratio(np.array([2.0, 4.0]))), repr(ratio(np.array([]))))
print(repr(start_int(a)), repr(start_int(np.array([]))))
print(repr(negzero(np.array([-0.0, -0.0]))), repr(negzero(np.array([]))))
print(repr(negzero(np.array([0.0]))))
print(repr(last_elem(a)), repr(last_elem(np.array([]))))
print(repr(total(np.array([np.inf, 1.0]), 1.0)), repr(total(np.array([np.inf, -np.inf]), 1.0)))
print(repr(total(np.array([np.nan]), 1.0)), repr(total(np.array([1e308, 1e308]), 1.0)))
print(repr(total(np.array([1e-320, 3e-320]), 0.5)))
# Python floats in a list: floats, not np.float64.
print(repr(total([0.5, 0.25], 2.0)), repr(total([1, 2], 2.0)), repr(total([0.5, 2], 1.0)))
# Accumulators of Python floats only.
print(repr(total_assign([0.5, 0.25])), repr(total_assign((1.5, 2.5))))
# A strided view and an offset view.
b = np.arange(10.0)
print(repr(total(b[::3], 1.0)), repr(total(b[2:], 0.5)), repr(total(b[::-2], 1.0)))
print(f"{total(a, 1.0)} {total(a, 1.0):.3f} {str(total(a, 3.0))}")
