# Ints past 2**53 and 2**64 as dict keys and set elements: equal floats find them, insertion
# order, deletion, equality between dicts, copies, and many keys with the same low 64 bits.
M = 2**64
d = {}
for i in range(3000):
    d[i * M] = i
    d[(i << 70) + 1] = -i
print(len(d), d[5 * M], d[(7 << 70) + 1], 2999 * M in d, 3000 * M in d, d.get(-M, "none"))
print(sum(d[k] for k in range(0, 3000 * M, M)))
keys = list(d)[:6]
print(keys, [type(k).__name__ for k in keys])
f = {2.0**64: "f", 2.0**80: "g", 2**53 + 2: "h"}
print(f[2**64], f[2**80], f[float(2**53 + 2)], 2**64 in f, 2.0**64 in {2**64: 1}, list(f))
e = {2**100: 1, -(2**100): 2, 2**100 + 1: 3}
print(e, e[-(2**100)], {2**100: 1, -(2**100): 2, 2**100 + 1: 3} == e, e == {2**100: 1})
del e[2**100]
print(e, 2**100 in e, e.pop(-(2**100)), e, e.copy(), dict(e) == e)
e[2.0**100] = "x"
e[2**100] = "y"
print(e, list(e.keys()), [type(k).__name__ for k in e])
s = set(i << 66 for i in range(2000))
print(len(s), (5 << 66) in s, (5 << 65) in s, float(3 << 66) in s, 2.0**70 in s)
s.discard(10 << 66)
print(len(s), sorted(s)[:4], sorted(s, reverse=True)[0] == 1999 << 66)
print({2**64, 2**65, 2.0**64, -(2**64)}, frozenset({2**70, 2**71}) == frozenset({2.0**70, 2.0**71}))
memo = {}
def ways(mask):
    if mask in memo:
        return memo[mask]
    r = 1 if mask == 0 else 0
    bit = 1 << 100
    while bit:
        if mask & bit and mask - bit >= 0:
            r += ways(mask - bit) if bit < (1 << 102) else 0
            break
        bit >>= 1
    memo[mask] = r
    return r
print(ways((1 << 100) | (1 << 90)), len(memo))
from collections import Counter
c = Counter([2**80, 2**80, 3 * 2**80, 2.0**80])
print(c.most_common(2), c[2**80])
