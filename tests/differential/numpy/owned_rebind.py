# Arrays rebound in loops: the runtime reuses the data of an array a variable no longer holds
# (pyjs: lower/owned.rs), which must never be visible.
import numpy as np

n = 2000
a = np.linspace(0.0, 1.0, n)
b = np.arange(n) * 0.5

kept = []


class Keeper:
    __array_ufunc__ = None

    def __radd__(self, other):
        kept.append(other)
        return other

    def __rmul__(self, other):
        kept.append(other)
        return 7


# Rebinding in a loop, plain operands only.
acc = 0.0
for i in range(5):
    c = a * 2.0 + b
    d = c * c - a / (b + 1.0)
    acc += float(d.sum())
    e = np.sqrt(np.abs(d)) + np.maximum(a, 0.25)
    acc += float(e.mean())
print(round(acc, 6))

# The old value handed to a user dunder: it must stay intact.
x = a * 3.0
y = x + Keeper()
x = a * 4.0
x = a * 5.0
print(kept[0][:3], kept[0][-1], y is kept[0])
z = a * 1.5
w = z * Keeper()
z = a + 1.0
z = a + 2.0
print(kept[1][:3], kept[1][-1], w)

# A variable whose value escapes (list, view, return) keeps it.
hist = []
for i in range(3):
    v = a * float(i)
    hist.append(v)
print([float(h[-1]) for h in hist])

views = []
for i in range(3):
    u = b + float(i)
    views.append(u[:2])
print([h.tolist() for h in views])


def f(k):
    r = a * k
    s = r + 1.0
    r = a * (k + 1)
    return s


outs = [f(k) for k in range(3)]
print([float(o[-1]) for o in outs])


def g():
    t = a * 2.0
    m = t > 1.0
    t = b * 2.0
    return m


masks = [g() for _ in range(3)]
print([int(m.sum()) for m in masks])

# Temporaries: both operands of the outer operator are dead.
p = (a * 2.0) * (b * 3.0) - (a + 1.0) / (b + 2.0)
q = np.sqrt(np.abs(a - 0.5)) + np.exp(a * 0.1)
for i in range(3):
    p = (a * 2.0) * (b * 3.0) - (a + 1.0) / (b + 2.0)
    q = np.sqrt(np.abs(p)) + np.exp(a * 0.1)
print(round(float(p.sum()), 6), round(float(q.sum()), 6))
r = a * 2.0
s = r
r = a * 3.0
print(float(s[-1]), float(r[-1]))

# Values derived through methods, ufuncs and builtins are new arrays: they survive the rebinding.
copies = []
for i in range(3):
    cv = a * float(i + 1)
    copies.append(cv.copy())
    copies.append(np.abs(cv))
    copies.append(cv.round(2))
    copies.append(abs(cv))
    total = float(cv.sum()) + float(cv.max()) + len(cv)
print([float(c[-1]) for c in copies], round(total, 6))


def gen():
    for i in range(3):
        gv = b * float(i)
        yield float(gv.sum())
        gv = gv + 1.0
        yield float(gv.mean())


print(list(gen()))
