# Tag clouds and ID pools printed as sets: CPython's set iteration order and numeric hashes.
pools = [
    {-1, -2, 5, 1000, 2**40, 0.5, 7.25},
    {1 << 33, 2**31 - 1, -(2**31), 10**9 + 7, 3, -3},
    {-1, -2},
    {0.1, 0.2, 0.3, 1.5, -1.5, 1e300, -1e-300},
    {(1, 2), (2, 1), (0, 0), (-1, -1)},
    set(range(-5, 6)),
    {x * x for x in range(-4, 5)},
    {2**64, 2**63, -(2**63), 2**61 - 1, 2**61},
]
for p in pools:
    print(p, len(p))
s = set()
for i in [17, 33, 1, 49, 65, 2, 98, -7, -8, 129, 257]:
    s.add(i)
    if i % 3 == 0:
        s.discard(33)
print(s)
s.update(range(100, 130, 7))
print(s)
s -= {1, 2}
print(s, s.pop(), s)
tags = {"python", "js", "rust", "go", "c", "zig", "ocaml", "lisp"}
print(tags, sorted(tags)[:3])
words = "the quick brown fox jumps over the lazy dog the end".split()
print(set(words), frozenset(words[:4]), {w[0] for w in words})
print(set("abracadabra"), frozenset("hello") | {"z"}, {"a", "b"} ^ {"b", "c"})
for v in [0, 1, -1, -2, 2**61 - 1, 2**61, -(2**61), 10**20, 0.5, -0.5, 1e-300, 3.14, float("inf"), -float("inf"),
          (1, 2), (1, (2, 3)), (), ((),), (-1, -2), (0.5, "a") if False else (0.5, 2), frozenset(), frozenset({1, 2})]:
    print(repr(v), hash(v))
print(hash("") == 0, hash(b"") == 0, hash(True), hash(False), hash(1.0) == hash(1), hash(complex(1, 0)) == 1)
d = {}
for k in [3.0, 3, True, 1, 1.0, -0.0, 0, 2**53, float(2**53)]:
    d[k] = d.get(k, 0) + 1
print(d)
