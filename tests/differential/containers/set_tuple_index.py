# Sets of small-int tuples (a tuple-code index answers membership without hashing) and the
# cases that must bail out: equal tuples with floats/bools, namedtuples, user hashes,
# removal, clear, copies, set algebra and iteration order.
from collections import namedtuple

P = namedtuple("P", "x y")
seen = set()
for i in range(-3, 4):
    for j in range(-3, 4):
        if (i * j) % 3:
            seen.add((i, j))
print(len(seen), (1, 1) in seen, (0, 1) in seen, (1.0, 1) in seen, (True, True) in seen, P(1, 1) in seen)
print(list(seen)[:6])
seen.add((1.0, 1))
seen.add((True, 2))
seen.add(P(2, 2))
print(len(seen), sorted(seen)[:4])
seen.discard((1, 1))
print((1, 1) in seen, (1.0, 1) in seen, len(seen))
seen.remove((2, 1))
try:
    seen.remove((2, 1))
except KeyError as e:
    print("KeyError", e)
t = {(0, 0), (1, 2, 3), (-512, 511, 0), (16383, -16384)}
print((0, 0) in t, (1, 2, 3) in t, (0.0, 0) in t, (1, 2, 3.0) in t, (16384, 0) in t, (-512, 511, 0) in t)
t.add((0.0, 0))
t.add((1, 2, 3.0))
print(len(t), t)
t.add((16384, 0))
t.add("s")
t.add(5)
print(len(t), (16384, 0) in t, (0, 0) in t, 5 in t, "s" in t)
u = t.copy()
u.discard((0, 0))
print((0, 0) in u, (0, 0) in t, len(u), len(t))
u.clear()
u.add((9, 9))
print(u, (9, 9) in u, (9, 8) in u)
a = {(i, i) for i in range(10)}
b = {(i, i) for i in range(5, 15)}
print(sorted(a & b), sorted(a - b)[:3], len(a | b), len(a ^ b), (7, 7) in (a & b), (3, 3) in (a - b))
a &= b
print(sorted(a), (5, 5) in a, (4, 4) in a)
a -= {(5, 5)}
print((5, 5) in a, len(a))
a ^= {(5, 5), (6, 6)}
print((5, 5) in a, (6, 6) in a, len(a))
a |= {(100, 100)}
print((100, 100) in a)
f = frozenset({(1, 2), (3, 4)})
print((1, 2) in f, (2, 1) in f, f | {(5, 6)}, {(1, 2)} <= f, f.isdisjoint({(2, 1)}))
g = set(f)
print(g.pop() in f, len(g))


class H:
    def __hash__(self):
        return hash((1, 2))

    def __eq__(self, o):
        return o == (1, 2) or isinstance(o, H)


h = {(1, 2)}
print(H() in h)
h.add(H())
print(len(h), (1, 2) in h)
h2 = {H()}
print((1, 2) in h2)
h2.add((1, 2))
print(len(h2))
try:
    {(1, [2])}
except TypeError as e:
    print("TypeError", e)
try:
    (1, [2]) in {(1, 2)}
except TypeError as e:
    print("TypeError", e)
visited = set()
stack = [(0, 0)]
while stack:
    x, y = stack.pop()
    if (x, y) in visited or not (0 <= x < 30 and 0 <= y < 30) or (x * y) % 7 == 3:
        continue
    visited.add((x, y))
    stack.extend([(x + 1, y), (x, y + 1), (x - 1, y), (x, y - 1)])
print(len(visited), list(visited)[:5])
print({(1, 2), (3, 4), (5, 6), (7, 8)}, {(0, 0), (1, 2, 3), (-512, 511, 0)})
print({8, 16, 24, 32, 1, 9}, {-1, -2, 7, 15, 23})
