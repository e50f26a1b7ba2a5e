# Tuple unpacking: exact tuples and lists of the right length are used as they are (an inline
# test); everything else (subclasses, wrong lengths, iterators, strs, dicts) goes through the
# general path, and a list whose targets may run code is read whole before the first store.
from collections import namedtuple

P = namedtuple("P", "x y")


class L(list):
    def __iter__(self):
        print("L.__iter__")
        return iter([10, 20])


class T(tuple):
    def __iter__(self):
        print("T.__iter__")
        return iter(("t0", "t1"))


def gen():
    yield "g0"
    yield "g1"


values = [(1, 2), [3, 4], P(5, 6), L([7, 8]), T((9, 10)), gen(), "ab", {"k1": 1, "k2": 2}, range(2), b"xy"]
for v in values:
    a, b = v
    print(type(v).__name__, a, b)

for bad in [(1, 2, 3), [1], (), [], "abc", iter([1]), 5, None]:
    try:
        a, b = bad
        print("no error", a, b)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

# for loops over pairs, as nbody's `for a, b in pairs`.
pairs = [([1.0, 2.0], [3.0, 4.0]), [[5.0], [6.0]], P([7.0], [8.0])]
total = 0.0
for _ in range(3):
    for a, b in pairs:
        a[0] += b[0] * 0.5
        total += a[0]
print(total, pairs)

# Three targets, nested targets, starred targets.
for x, (y, z), w in [(1, (2, 3), 4), [5, [6, 7], 8], (9, "ab", 10)]:
    print(x, y, z, w)
first, *rest = [1, 2, 3]
print(first, rest)
*init, last = (1, 2, 3)
print(init, last)

# The list being unpacked is changed by storing into a target: CPython reads every item first.
x = [1, 2]
x[1], x[0] = x
print(x)
y = [1, 2]
for y[1], y[0] in [y]:
    pass
print(y)


class Box:
    def __init__(self, data):
        self.data = data

    @property
    def first(self):
        return None

    @first.setter
    def first(self, v):
        self.data.append(v)
        self.data.pop(0)


data = [1, 2]
box = Box(data)
box.first, z = data
print(box.data, z)

d = {}
d["a"], d["b"] = [d.setdefault("c", 3), 4]
print(sorted(d.items()))

# A tuple whose items are unpacked twice, and unpacking into names that swap.
t = (1, 2)
p, q = t
q, p = p, q
print(p, q, t)
m, n = n2 = (3, 4)
print(m, n, n2)
