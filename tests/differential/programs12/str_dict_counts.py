# `d[k] = d.get(k, 0) + 1` on exact dicts: str keys (non-ASCII, astral), keys equal across
# types (1 == 1.0 == True), float and bool values, big ints, unhashable keys, user keys with
# __hash__/__eq__, str subclass keys, dict subclasses, key order, and evaluation order.
counts = {}
for w in "the cat and the hat and the bat ünï 😀 ünï 😀 😀".split():
    counts[w] = counts.get(w, 0) + 1
print(counts)

mixed = {}
for k in [1, 1.0, True, 2, 2.0, 0, False, 0.0, -0.0, "1", None, (1, 2), (1.0, 2), 3.5]:
    mixed[k] = mixed.get(k, 0) + 1
print(mixed, list(mixed))

vals = {"a": 0.5, "b": True, "c": 2**53 - 1, "d": "s", "e": 1.0, "f": -3}
for k in "abcef":
    vals[k] = vals.get(k, 0) + 1
print(vals)
try:
    vals["d"] = vals.get("d", 0) + 1
except TypeError as e:
    print("TypeError", e)
big = {}
for i in range(3):
    big["x"] = big.get("x", 2**60) + 1
    big["y"] = big.get("y", 0) + 10**20
print(big)
try:
    bad = {}
    key = [1]
    bad[key] = bad.get(key, 0) + 1
except TypeError as e:
    print("TypeError", e)


class K:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return hash(self.v)

    def __eq__(self, other):
        return self.v == (other.v if isinstance(other, K) else other)

    def __repr__(self):
        return f"K({self.v!r})"


uk = {}
for k in ["a", K("a"), 1, K(1), "b", K(2)]:
    uk[k] = uk.get(k, 0) + 1
print(uk)


class S(str):
    pass


sk = {}
for k in [S("x"), "x", S("y"), "y", "x"]:
    sk[k] = sk.get(k, 0) + 1
print(sk, [type(k).__name__ for k in sk])


class D(dict):
    def get(self, k, d=None):
        print("D.get", k)
        return dict.get(self, k, d)

    def __setitem__(self, k, v):
        print("D.set", k, v)
        dict.__setitem__(self, k, v)


dd = D()
for w in ["p", "q", "p"]:
    dd[w] = dd.get(w, 0) + 1
print(dd)

c2 = {}
c2["lit"] = c2.get("lit", 0) + 1
c2["lit"] = c2.get("lit", 0) + 1
c2[5] = c2.get(5, 100) + -1
print(c2)


def local_counts(words):
    c = {}
    for w in words:
        c[w] = c.get(w, 0) + 1
    return sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))


print(local_counts("b a c a b a".split()))
print(local_counts(["é", "e", "é", "\U0001F600", "\U0001F600"]))


def unbound():
    d = {}
    try:
        d[k] = d.get(k, 0) + 1
    except NameError as e:
        print("NameError", e)
    k = 1
    return d


print(unbound())
