d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it)
d["d"] = 4
print(len(k), list(v), ("d", 4) in it, "a" in k, 2 in v)
print(k & {"a", "z"}, k | {"z"}, k - {"a"}, k ^ {"a", "q"}, {"b"} <= k, k.__class__.__name__)
print(it & {("a", 1), ("b", 3)}, sorted(it - {("a", 1)}))
print(k.isdisjoint({"x"}), k == {"a", "b", "c", "d"}, list(reversed(k)), list(reversed(it))[0])
del d["b"]
print(list(k), repr(v), sorted(k, reverse=True))
try:
    for key in d:
        d[key + "x"] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
print(d)
s1, s2 = {1, 2, 3, 4}, {3, 4, 5}
print(s1 | s2, s1 & s2, s1 - s2, s1 ^ s2, s1 <= s2, {3, 4} < s1, s1 >= {1}, s1 > s1)
print(s1.union([9], (8,)), s1.intersection(range(3)), s1.difference({1}, {2}), s1.symmetric_difference([1, 10]))
s3 = set(s1)
s3 |= {7}
s3 &= {1, 2, 7}
s3 -= {2}
s3 ^= {100}
print(sorted(s3), s3.issubset(range(200)), s3.issuperset([1]), s1.isdisjoint(s2))
fs = frozenset([1, 2, 2, 3])
print(fs, fs | {4}, type(fs | {4}).__name__, type({4} | fs).__name__, hash(fs) == hash(frozenset({3, 2, 1})))
print({fs: "frozen"}[frozenset({1, 2, 3})], frozenset(), set(), {frozenset(): 1})
s4 = {1, 2}
s4.add(2)
s4.discard(9)
print(s4.pop(), s4)
try:
    s4.remove(42)
except KeyError as e:
    print("KeyError:", e)
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
print({1, 1.0, True}, {0, False, 0.0}, {(1, 2), (1, 2)}, len({"a", "A"}))
print(d | {"z": 26}, {**d, "a": 0}, dict.fromkeys("ab", []), dict(zip("xy", (1, 2))), dict([("k", "v")], w=1))
d2 = {"a": 1}
d2 |= {"b": 2}
d2.update(c=3)
d2.update([("d", 4)])
print(d2, d2.setdefault("a", 9), d2.setdefault("e", 5), d2.pop("zz", None), d2.popitem(), d2)
print({k: v for k, v in sorted(d2.items(), key=lambda kv: -kv[1])}, {1: "a"} == {1.0: "a"})
print(list({3: 0, 1: 0, 2: 0}), {"x": 1}.get("y"), {"x": 1}.get("y", "dflt"), dict(a=1).items() == {("a", 1)})
