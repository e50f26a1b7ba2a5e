# Tuple hashes (a one-entry cache for tuples of plain values): equal tuples of different
# types, repeated keys, nested tuples, big ints, and objects whose hash changes.
print(hash(()), hash(()) == hash(tuple()), {(): 1}[()])
print(hash((1, 2)), hash((1, 2)), hash((2, 1)), hash((1,)), hash(()), hash((1, 2, 3, 4)), hash((1, 2, 3, 4, 5)))
print(hash((1, 2)) == hash((1.0, 2)) == hash((True, 2)), hash((-1, 0)), hash((-2, 0)), hash((2**61, 2**64)))
print(hash((True, False)), hash((0.5, -0.25)), hash((2**53 + 1, -(2**70))), hash(((1, 2), 3)), hash((1, (2, 3))))
d = {}
for i in range(200):
    k = (i % 10, i % 3)
    d[k] = d.get(k, 0) + 1
    if (i % 3, i % 10) in d:
        d[(i % 3, i % 10)] += 1
print(len(d), sorted(d.items())[:8])
e = {(1, 2): "int", (1.0, 2.0): "float", (True, 2): "bool"}
print(e, e[(1, 2.0)], (1.0, 2) in e)
f = {("a", 1): 1}
f[("a", 1)] += 1
f[("a", True)] += 1
print(f, ("a", 1.0) in f, ("b", 1) in f)
nan = float("nan")
g = {(nan, 1): "x"}
print((nan, 1) in g, (float("nan"), 1) in g)
z = {(0.0, 1): "zero"}
print(z[(-0.0, 1)], z[(0, 1)], (False, 1) in z)
s = set()
for i in range(100):
    s.add((i % 7, i % 5))
    s.add((i % 5, i % 7))
print(len(s), sorted(s)[:10])


class Key:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return hash(self.v)

    def __eq__(self, other):
        return isinstance(other, Key) and self.v == other.v

    def __repr__(self):
        return "Key(%r)" % self.v


k = Key(1)
t = (k, 2)
h = {t: "first"}
print(t in h, (Key(1), 2) in h)
k.v = 5
print(t in h, (Key(5), 2) in h, (Key(1), 2) in h)
big = {(2**70, i): i for i in range(5)}
print(big[(2**70, 3)], (2**70, 3.0) in big, (2**70 + 1, 3) in big)
print(len({(i, j) for i in range(30) for j in range(30) if (i + j) % 7 == 0}))
print([(1, 2) == (1, 2.0), (1, "a") == (1, "a"), hash((1, "a")) == hash((1, "a"))])
