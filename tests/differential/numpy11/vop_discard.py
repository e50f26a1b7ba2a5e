# Call statements discarding a fresh array (`f()` where f returns `a + b`, `np.where(...)`, ...)
# give its data back to the buffer pool; arrays something still holds must never be reused.
import numpy as np

n = 300
a = np.arange(n) * 0.5
b = np.linspace(1.0, 2.0, n)
m = (np.arange(n) % 3) == 0
keep = []
held = []


def churn():
    # Results of the same length: they take pooled buffers, overwriting any released wrongly.
    for k in range(6):
        t = a * float(k) + b
        u = np.where(m, t, -t)
        v = np.clip(u, -5.0, 5.0)
        keep.append(float(v.sum()))


def h():
    return a + b


def k():
    r = h()
    held.append(r)  # h's fresh result escapes through k
    return r


k()
churn()
print(held[0][:5], held[0][-3:], held[0].sum())

f = lambda: a * 2.0
f()
x = f()
f()
churn()
print(x[:4], x.sum())


class Box:
    def __init__(self):
        self.v = None

    def __add__(self, other):
        self.v = a - other  # kept by the box
        return self.v


box = Box()
g = lambda: box + 1.0
g()
churn()
print(box.v[:4], box.v.sum())


def deco(fn):
    def w():
        r = fn()
        held.append(r)
        return r
    return w


@deco
def dd():
    return np.sqrt(a)


dd()
churn()
print(held[0][:4], held[0].sum())

registry = []


def reg(fn):
    registry.append(fn)
    return fn


@reg
def r3():
    """Docstring."""
    return a * 3.0


for _ in range(3):
    r3()
y = r3()
churn()
print(y[:3], y.sum(), registry[0] is r3)

wh = lambda: np.where(m, a, b)
cl = lambda: np.clip(a, 1.0, 10.0)
rd = lambda: np.round(b, 2)
cs = lambda: np.cumsum(a)
so = lambda: np.sort(b[::-1])
cmp = lambda: a > 3.0
for fn in (wh, cl, rd, cs, so, cmp):
    fn()
    z = fn()
    fn()
    churn()
    print(z[:3], z[-2:], z.sum(), z.dtype)


def rec(j):
    if j == 0:
        return a + 1.0
    return rec(j - 1) + 0.0


rec(3)
s = rec(2)
rec(1)
churn()
print(s[:3], s.sum())
print(len(keep), sum(keep), len(held))

import functools


class Cached:
    def __init__(self):
        self.k = 2.0

    @functools.lru_cache(maxsize=None)
    def twice(self):
        return a * self.k


cc = Cached()
cc.twice()
bound = cc.twice
bound()
bound()
churn()
print(cc.twice()[:3], cc.twice().sum(), bound() is cc.twice())


@functools.lru_cache(maxsize=None)
def cached_sq():
    return a * a


cached_sq()
cached_sq()
churn()
print(cached_sq()[:3], cached_sq().sum())


def logged(fn):
    @functools.wraps(fn)
    def w():
        r = fn()
        held.append(r)
        return r
    return w


@logged
def halves():
    return a / 2.0


halves()
halves()
churn()
print(held[-1][:3], held[-2].sum(), halves.__name__)
