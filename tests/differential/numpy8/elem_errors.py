# Exceptions in the middle of accumulating loops, and IndexError texts.
import numpy as np


def over(a, n):
    acc = 0.0
    try:
        for i in range(n):
            acc += a[i] * 2.0
    except IndexError as e:
        print("IndexError:", e)
    return acc


def neg(a):
    acc = 0.0
    for i in range(1, len(a) + 1):
        acc += a[-i] * 0.5
    return acc


def typed_fail(a):
    acc = 0.0
    try:
        for i in range(len(a)):
            acc += a[i]
    except TypeError as e:
        print("TypeError:", e)
    return acc


def div0(a):
    acc = 1.0
    for i in range(len(a)):
        acc += 1.0 / a[i]
    return acc


def store_err(a, n):
    try:
        for i in range(n):
            a[i] = i * 0.5
    except IndexError as e:
        print("IndexError:", e)
    return a


a = np.array([1.0, 2.0, 3.0])
print(repr(over(a, 5)))
print(repr(over(a, 0)))
print(repr(neg(a)))
print(repr(typed_fail([1.0, 2.5, "x", 4.0])))
print(repr(typed_fail(np.array([1.5, 2.5]))))
print(repr(div0(np.array([2.0, 4.0]))))
print(store_err(np.zeros(3), 5))
print(store_err([0.0, 1.0], 3))


def over2(m):
    s = 0.0
    try:
        for i in range(3):
            for j in range(3):
                s += m[i, j]
    except IndexError as e:
        print("IndexError:", e)
    return s


print(repr(over2(np.ones((2, 3)))))
print(repr(over2(np.ones((3, 2)))))
try:
    print(repr(over2(np.ones(3))))
except IndexError as e:
    print("IndexError:", e)
