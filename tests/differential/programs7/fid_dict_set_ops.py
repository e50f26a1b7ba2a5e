# dict and set operations scripts use: merge operators, views with set operations, popitem order,
# setdefault/get defaults, dict comprehension collisions, update forms, fromkeys sharing, set algebra.
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b, b | a, {**a, **b, "w": 0})
c = dict(a)
c |= b
c |= [("q", 9)]
print(c, c.keys() & b.keys(), a.keys() | {"k"}, a.keys() - b.keys(), a.items() & b.items(), b.keys() ^ a.keys())
print(list(reversed(c)), list(reversed(c.items()))[:2], c.popitem(), c)
d = {}
print(d.setdefault("k", []), d, d.get("m"), d.get("m", 5), d.pop("zz", "dflt"))
d.update(p=1, q=2)
d.update([("r", 3)], s=4)
print(d, len(d), "p" in d, 1 in d.values(), ("p", 1) in d.items())
shared = dict.fromkeys("ab", [])
shared["a"].append(1)
print(shared, dict.fromkeys(range(3)), {k: v for k, v in [("a", 1), ("a", 2)]})
print({1: "int", 1.0: "float", True: "bool"}, {0: "a", False: "b", 0.0: "c"})
try:
    {}.popitem()
except KeyError as e:
    print("KeyError", e)
try:
    for k in a:
        a["new"] = 1
except RuntimeError as e:
    print(e)
s1 = {1, 2, 3, 4}
s2 = {3, 4, 5}
print(s1 & s2, s1 | s2, s1 - s2, s1 ^ s2, s1 <= s2, {3} < s2, s1.isdisjoint({9}), s1.issuperset([1, 2]))
s1 &= {1, 2, 3}
s1 -= {1}
s1 |= {10}
s1 ^= {2, 11}
print(sorted(s1), frozenset([1, 2]) | {3}, {frozenset([1])}, set("hello") == set("olleh"))
s3 = set()
s3.add((1, 2))
s3.discard(99)
try:
    s3.remove(99)
except KeyError as e:
    print("remove:", e)
print(s3, s3.pop(), s3, set([3, 1, 2]), {-1, -2, 0}, {"only"})
print(sorted({"b": 1, "a": 2}), min({"b": 1, "a": 2}), dict(zip("abc", range(3))), list({"z": 1, "a": 2}.values()))
