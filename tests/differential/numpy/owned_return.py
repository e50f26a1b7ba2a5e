# The owned arrays of a function are dead at its `return` (pyjs reuses their data:
# lower/owned.rs), except where a `finally` may still read them.
import numpy as np

a = np.linspace(0.0, 1.0, 5000)


def step(x, k):
    y = x * k
    z = y + 1.0
    if k > 2:
        return float(np.sum(z)) + float(y.mean())
    w = np.sqrt(z) - y
    return w.max()


def keep(x):
    y = x * 2.0
    try:
        return float(y.sum())
    finally:
        print(float(y[0]), float(y[-1]))


def pair(x):
    u = x * 2.0
    v = np.abs(u - 1.0)
    return u, v


def rec(n):
    t = a * float(n)
    if n == 0:
        return float(t.sum())
    return rec(n - 1) + float(t.max())


out = []
for k in range(5):
    out.append(step(a, float(k)))
    b = a * 3.0
    out.append(float(b[10]))
print(out)
print(keep(a))
ps = [pair(a), pair(a + 1.0)]
print([(float(p[0][-1]), float(p[1][-1])) for p in ps])
print(rec(4))
