# dict with tuple keys: fast code index and its bail-outs
from collections import namedtuple
P = namedtuple("P", "x y")
d = {}
d[(1, 2)] = "a"
d[(1, 2, 3)] = "b"
d[(-5, 7)] = "c"
print(d[(1, 2)], d.get((1, 2, 3)), (1.0, 2) in d, (True, 2) in d, d.get((1, 2.0)), P(1, 2) in d)
d[(1.0, 2)] = "A"
d[(True, 2, 3)] = "B"
print(d)
d[P(-5, 7)] = "C"
print(d, len(d))
del d[(1, 2)]
print((1, 2) in d, d.get((1, 2), "gone"), d)
d[(1, 2)] = "again"
print(list(d.items()))
d[P(9, 9)] = "p"
print(d[(9, 9)], (9, 9) in d, d.get((9.0, 9)))
d[(9, 9)] = "q"
print(d)
big = {(2 ** 30, 1): 1, (1, 2 ** 26): 2, (0, -2 ** 25): 3, (0, 2 ** 25): 4, (70000, 1, 1): 5, (1, 1, -65536): 6, (1, 1, 65536): 7}
print(big[(2 ** 30, 1)], big[(1, 2 ** 26)], big[(0, -2 ** 25)], big[(0, 2 ** 25)], big[(70000, 1, 1)], big[(1, 1, -65536)], big[(1, 1, 65536)])
print(((0, -2 ** 25 - 1) in big), (1, 1, 65535) in big)
edge = {}
for t in [(16383, -16384), (16384, 0), (-16385, 0), (0, 16384), (-16384, 16383), (511, 511, -512), (510, 511, 511),
          (-512, -512, -512), (512, 0, 0), (0, 512, 0), (0, 0, -513), (2 ** 40, 1), (1, -(2 ** 40)), (3, 4, 5, 6)]:
    edge[t] = len(edge)
print(edge)
print([edge.get(t) for t in [(16383, -16384), (16384, 0), (-16385, 0), (0, 16384), (511, 511, -512), (512, 0, 0),
                             (0, 0, -513), (-512, -512, -512), (16383.0, -16384), (0, 0, 0), (3, 4, 5, 6)]])
for t in list(edge)[::2]:
    del edge[t]
print(edge, (16384, 0) in edge, (511, 511, -512) in edge)
inr = {(16383, -16384): "a", (-16384, 16383): "b", (511, 511, -512): "c", (510, 511, 511): "d", (-512, -512, -512): "e"}
print([inr.get(t) for t in [(16383, -16384), (-16384, 16383), (16384, -16384), (16383, -16385), (-16385, 16383),
                            (511, 511, -512), (512, 511, -512), (511, 512, -512), (511, 511, -513), (510, 511, 511),
                            (-512, -512, -512), (-513, -512, -512), (16383.0, -16384), (True, 1), (1, 1)]])
inr[(True, False)] = "bool"
print(inr.get((1, 0)), (1, 0) in inr, inr)
e = {}
for i in range(-3, 3):
    for j in range(-3, 3):
        e[(i, j)] = i * j
        e[(i, j, i)] = i + j
print(len(e), sum(e[(i, j)] for i in range(-3, 3) for j in range(-3, 3)), e[(-3, 2, -3)])
for k in list(e):
    if sum(k) % 2:
        del e[k]
print(len(e), list(e)[:8])
c = e.copy()
c[(0, 0)] = "zero"
print(c[(0, 0)], e[(0, 0)], c == e, (0, 0, 0) in c)
c.clear()
c[(1, 1)] = 1
c[(1.5, 1)] = 2
print(c, c[(1, 1)], (1.5, 1) in c, c.get((2, 2)))


class H:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return hash((1, 2))

    def __eq__(self, o):
        return o == (1, 2) or isinstance(o, H)

    def __repr__(self):
        return "H()"


f = {(1, 2): "tuple"}
f[H(0)] = "h"
print(f, f[(1, 2)])
g = {H(0): "h"}
print(g.get((1, 2)), (1, 2) in g)
g[(1, 2)] = "t"
print(g)
try:
    f[(1, [2])] = 3
except TypeError as e:
    print("TypeError", e)
try:
    print(f[(3, 4)])
except KeyError as e:
    print("KeyError", e)
print(f.pop((1, 2), None), f)
m = {(i, i + 1): i for i in range(5)}
print(m.pop((2, 3)), m.popitem(), m.setdefault((7, 8), 0), m)
