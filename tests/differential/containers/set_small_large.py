# Sets below and above the size where pyjs starts indexing elements by a Map: membership,
# equal keys of different types, removal, growth and shrinking, and CPython's iteration order.
nan = float("nan")
s = {1, 2.0, True, nan, -0.0, (1, 2), frozenset({3})}
print(len(s), 1 in s, 2 in s, 1.0 in s, nan in s, float("nan") in s, 0 in s, (1, 2) in s, frozenset({3}) in s)
print({3} in s, {True, 1, 1.0}, {0, -0.0, False}, sorted(s - {nan}, key=repr))


class K:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return hash(self.v)

    def __eq__(self, other):
        return (self.v == other.v) if isinstance(other, K) else self.v == other

    def __repr__(self):
        return f"K({self.v})"


t = {K(1), 2, "a"}
print(1 in t, K(2) in t, "a" in t, K("a") in t, len(t))
t.add(1)
t.discard(K(2))
print(len(t), sorted(map(repr, t)))

for n in (5, 20, 24, 25, 26, 40, 100):
    u = set(range(0, 3 * n, 3))
    v = {x * -7 for x in range(n)}
    print(n, len(u), 3 * (n - 1) in u, 3 * n in u, list(u)[:8], list(v)[:6], -7 in v, 7 in v)
    for x in range(0, 3 * n, 6):
        u.remove(x)
    print(len(u), list(u)[:8], 3 in u, 0 in u)
    u.update(range(1000, 1000 + n))
    print(len(u), list(u)[-5:], 1000 in u)
    while len(u) > 3:
        u.pop()
    print(sorted(u))

words = set()
for i in range(60):
    words.add("w%d" % (i % 37))
    if i % 5 == 0:
        words.discard("w%d" % (i // 2))
print(len(words), "w3" in words, "w0" in words, sorted(words)[:5])
a = set(range(30))
b = set(range(20, 50))
print(sorted(a & b), len(a | b), sorted(a ^ b)[:5], a <= set(range(40)), a.isdisjoint({100}), a == set(range(30)))
fz = frozenset(range(30))
print(hash(fz) == hash(frozenset(range(29, -1, -1))), fz == a, {fz: 1}[frozenset(a)])
c = a.copy()
c.clear()
c.add(5)
print(c, len(a), set() == c - {5})
