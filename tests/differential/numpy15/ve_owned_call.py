# Variables bound to calls of functions that return fresh arrays (`a = make(r)`), read only as
# operands, reduction/linalg arguments: each rebinding pools the old array. Values the callee or
# the caller also keeps elsewhere (a list, an alias, a global, a decorated or generator
# function, a method, a function returning a kept array) must stay intact.
import numpy as np

KEEP = []


def make(n, seed):
    i = np.arange(n).reshape(n, 1)
    j = np.arange(n).reshape(1, n)
    m = np.sin(0.37 * i * (seed + 1) + 0.11 * j * j) + np.cos(0.05 * (i + 2 * j))
    return m + n * np.eye(n)


def kept(n):
    v = np.ones(n) * 2.0
    KEEP.append(v)
    return v


def deco(f):
    def w(*args):
        r = f(*args)
        KEEP.append(r)
        return r
    return w


@deco
def made(n):
    return np.arange(n) * 1.5


class Box:
    def get(self, n):
        return np.ones(n) * 3.0


def main():
    total = 0.0
    first = None
    for r in range(6):
        a = make(6, r)
        if first is None:
            first = a.copy()
        inv = np.linalg.inv(a)
        x = np.linalg.solve(a, np.arange(6.0))
        total += float(np.max(np.abs(inv @ a - np.eye(6)))) < 1e-12
        total += float(np.linalg.norm(a @ x - np.arange(6.0))) < 1e-9
        total += float(np.trace(a)) + float(np.linalg.det(a))
        c = a @ a
        total += float(np.trace(c))
    print(round(total, 6), float(c.sum()), float(first.sum()))
    k = None
    for r in range(3):
        k = kept(4)
        k = k + 1.0
    print(k, [list(v) for v in KEEP])
    for r in range(3):
        q = made(3)
        q = q * 2.0
    print(q, [list(v) for v in KEEP[3:]])
    b = Box()
    for r in range(3):
        z = b.get(2)
        z = z + r
    print(z)


main()
g = make(4, 1)
alias = g
g = make(4, 2)
print(float(alias.sum()), float(g.sum()))
