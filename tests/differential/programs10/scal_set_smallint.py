# Sets of small ints: add / in / discard / remove through the int32 fast path, and the
# elements of equal hash that are not the same value (True, 1.0, -1 and -2), table growth,
# dummy reuse, shrinking, iteration order after add/remove cycles.


class H:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return self.v

    def __eq__(self, other):
        print("eq called", self.v, other)
        return self.v == other

    def __repr__(self):
        return "H(%d)" % self.v


s = {True, 1.0, 0}
s.add(1)
s.add(0)
print(s, 1 in s, 0 in s, 2 in s, False in s)
s.discard(1)
print(s)
t = {-1, -2, 2**31 - 1, -(2**31), 2**31, 2**53, -(2**53)}
t.add(-1)
t.add(-2)
t.add(2**31 - 1)
print(sorted(t), -1 in t, -2 in t, -3 in t, 2**31 in t, 2**53 + 1 in t)
t.discard(-1)
print(sorted(t), -1 in t, -2 in t)
u = {H(5)}
u.add(5)
print(u, 5 in u, 13 in u)
u.discard(5)
print(u)
# add/remove cycles with dummies: the printed order is CPython's table order
diag = set()
log = []
for step in range(200):
    k = (step * 7) % 19 - 9
    if k in diag:
        diag.remove(k)
    else:
        diag.add(k)
    if step % 23 == 0:
        log.append(list(diag))
print(log)
print(list(diag), len(diag))
big = set()
for i in range(3000):
    big.add((i * 37) % 1001 - 500)
for i in range(0, 3000, 3):
    big.discard(i - 1500)
print(len(big), list(big)[:20], sum(big))
for n in range(30):
    g = set()
    for i in range(n):
        g.add(i * 8)
    for i in range(0, n, 2):
        g.remove(i * 8)
    g.add(-8)
    print(n, list(g))
try:
    g.remove(12345)
except KeyError as e:
    print("KeyError", e)
f = frozenset([3, 1, 2])
print(2 in f, 5 in f, f | {7}, {0, 1} | {True})
print({x % 10 for x in range(-20, 20, 3)}, {0.0, 0, False}, {-0.0} | {0})
