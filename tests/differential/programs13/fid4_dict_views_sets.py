# Inventory reconciliation with dict views, set algebra and frozensets.
warehouse = {"bolt": 120, "nut": 300, "washer": 75, "gear": 4}
store = {"nut": 40, "gear": 1, "spring": 9}

k1, k2 = warehouse.keys(), store.keys()
print(k1 & k2, k1 | k2 == {"bolt", "nut", "washer", "gear", "spring"}, sorted(k1 - k2), sorted(k1 ^ k2))
print(type(k1 & k2).__name__, type(k1 - {"bolt"}).__name__, k1 & ["nut", "zzz"], {"nut"} & k1)
print(warehouse.items() & {("nut", 300), ("gear", 5)}, ("bolt", 120) in warehouse.items(), "nut" in k1)
print(k1.isdisjoint({"x"}), k1 == {"bolt", "nut", "washer", "gear"}, k1 <= {"bolt", "nut", "washer", "gear", "z"})
print(len(k1), list(reversed(warehouse)), list(reversed(warehouse.values())), list(reversed(warehouse.items()))[0])
print(warehouse.keys(), store.items(), store.values())
try:
    warehouse.values() & {1}
except TypeError as e:
    print("TypeError:", e)
print(warehouse.values() == warehouse.values(), k1 == k1)

merged = dict(warehouse)
merged |= store
print(merged)
merged |= [("bolt", 0), ("new", 1)]
print(merged)
try:
    merged | [("a", 1)]
except TypeError as e:
    print("TypeError:", e)
print(warehouse | store, store | warehouse)

a, b = {1, 2, 3}, frozenset({2, 3, 4})
for r in [a | b, b | a, a & b, b & a, a - b, b - a, a ^ b, b ^ a, b.union([9]), a.union(b), frozenset() | set()]:
    print(type(r).__name__, sorted(r))
print(frozenset({1, 2}) == {1, 2}, {frozenset({1}): "f"}[frozenset([1])], hash(frozenset()) == hash(frozenset()))
s = {3, 1, 2}
s |= {5}
s -= {1}
s ^= {2, 7}
s &= {3, 5, 7, 8}
print(sorted(s), s.issubset(range(10)), s.issuperset([3]), s < {3, 5, 7, 9}, s > set())
try:
    {1} | [2]
except TypeError as e:
    print("TypeError:", e)
try:
    s.remove(99)
except KeyError as e:
    print("KeyError:", e, repr(e), e.args)
s.discard(99)
print(s.pop() in {3, 5, 7}, len(s))
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e, repr(e))
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
for missing in ["key", 0, (1, 2), None, "", "a'b", ("x",)]:
    try:
        {}[missing]
    except KeyError as e:
        print("KeyError", str(e), repr(e), e.args)
try:
    {[1]: 2}
except TypeError as e:
    print("TypeError:", e)
try:
    {1, {2}}
except TypeError as e:
    print("TypeError:", e)
d = {}
d.setdefault("x", []).append(1)
d.setdefault("x", []).append(2)
print(d, d.get("y"), d.get("y", 0), d.pop("y", "gone"), dict.fromkeys("ab", 0), dict.fromkeys([1, 2]))
try:
    d.pop("y")
except KeyError as e:
    print("KeyError:", e)
d2 = dict(a=1, **{"b": 2})
d2.update([("c", 3)], d=4)
print(d2, dict(zip("xy", [1, 2])), {**d2, "a": 0}, list(d2) == list(d2.keys()))
try:
    for k in d2:
        d2["new"] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    for k in s:
        s.add(100 + k)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print("ValueError:", e)
