# Results of array operators that feed another operator may be reused for its result
# (temporary elision): values anyone can still see must never change.
import numpy as np

a = np.arange(6, dtype=float)
b = np.ones(6) * 2.0


class Keeper:
    """__mul__ keeps the array it returns."""

    def __init__(self, arr):
        self.arr = arr
        self.kept = None

    def __mul__(self, k):
        self.kept = self.arr * k
        return self.kept


class Grabber:
    """__add__ keeps the right operand."""

    def __init__(self):
        self.got = None

    def __add__(self, other):
        self.got = other
        return other - 1.0


k = Keeper(a)
r = (k * 3.0) + b
print(k.kept, r)

g = Grabber()
r3 = g + (a * 2.0) + 1.0
print(g.got, r3)

# Chains, mixed dtypes, broadcasting, reflected operands.
i = np.arange(4).reshape(4, 1)
j = np.arange(3).reshape(1, 3)
print(0.5 * i * 2 + j * j - 1)
print((i + j) * 0.5 + (i - j) / 2.0)
print(2.0 - (a * 3.0) / (b + 1.0))
print((a > 2) * 1.5 + (a * 2))
print(np.arange(3) * 2 + np.arange(3) * 0.5)
print((a @ np.ones((6, 2))) * 2.0 + 1.0)
c = a * 2.0
d = c + 1.0
print(c, d)


def gen():
    x = yield
    while True:
        x = yield (x * 2.0) + (yield x)


it = gen()
next(it)
print(it.send(a), it.send(b))
s = np.float64(2.0)
print((a * s) + s, s * (a + 1.0) - s)
t = (a * 2.0).reshape(2, 3)
print((t * 2.0) + (t * 3.0), t)

# Ufunc calls: their results and dead temporary arguments.
k2 = Keeper(a)
print(np.sqrt(k2 * 4.0), k2.kept)
print(np.sqrt(np.abs(a - 3.0)) + np.maximum(a, 2.5), a)
print(np.maximum(a * 2.0, a * 3.0 - 4.0), np.minimum(a * 0.5, 1.0) * 2.0)
print(np.exp(np.arange(3) * 1) + 1, np.sqrt(np.arange(4) + 0), np.abs(np.arange(-2, 2)) * 2)
print(np.sin(a * 0.5) + np.cos(a * 0.25), np.sqrt(g + (a * 4.0 + 1.0)), g.got)
big = np.arange(2, 5)
print(np.add(big * 2, big * 3), np.multiply(np.subtract(big * 1.5, 1), big), big)
m0 = np.arange(6.0).reshape(2, 3)
print(np.maximum(m0 * 1.0, np.arange(3.0)) + m0, np.log(m0 + 1.0).round(4))
