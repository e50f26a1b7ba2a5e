# dict method corners: setdefault, pop with/without default, popitem LIFO, fromkeys sharing, update forms,
# views (set ops, reversed, mapping), get with unhashable keys, equality with views, copy semantics.
d = {"b": 2, "a": 1}
print(d.setdefault("c", []), d.setdefault("a", 99), d.setdefault("z"), d)
d["c"].append(1)
print(d.pop("z"), d.pop("nope", "dflt"), d.pop("nope", None), d)
try:
    d.pop("nope")
except KeyError as e:
    print("KeyError", e)
print(d.popitem(), d.popitem(), d)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError", e)
f = dict.fromkeys("abc", [])
f["a"].append(1)
print(f, dict.fromkeys([1, 2]), dict.fromkeys(range(3), 0), dict.fromkeys(""))
u = {}
u.update({"x": 1}, y=2)
u.update([("z", 3), ("x", 10)])
u.update(w=4)
u.update()
print(u)
for bad in [lambda: u.update([("a", 1, 2)]), lambda: u.update([1]), lambda: u.update(5), lambda: u.update({}, {}), lambda: dict([("a",)]),
            lambda: {[]: 1}, lambda: u.get([]), lambda: [] in u, lambda: u[{}], lambda: u.setdefault({}, 1), lambda: dict(1, 2)]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
k = u.keys()
v = u.values()
it = u.items()
print(k, v, it, len(k), "x" in k, 10 in v, ("x", 10) in it, ("x", 1) in it, list(reversed(k)), list(reversed(it))[0])
print(k & {"x", "q"}, k | ["q"], k - {"x"}, k ^ {"x", "new"}, it & {("z", 3)}, k == {"x", "y", "z", "w"}, k == ["x"], k.isdisjoint({"q"}))
print(v == v, u.values() == u.values(), list(v) == list(u.values()))
u["new"] = 0
print(len(k), list(k)[-1], list(v)[-1])
c = u.copy()
c["x"] = "changed"
print(u["x"], c["x"], c == u, c != u, {1: 2} == {1: 2.0}, {1: 2} == {True: 2}, {"a": 1, "b": 2} == {"b": 2, "a": 1})
nested = {"l": [1]}
shallow = dict(nested)
shallow["l"].append(2)
print(nested, {**nested, "m": 3}, dict(nested, l=0), dict(zip("ab", range(2))), dict([(1, 2), [3, 4], "xy"]))
print({1: "int", 1.0: "float", True: "bool"}, {0: "a", False: "b", 0.0: "c", -0.0: "d"}, {(1, 2): "t", (1, 2.0): "u"})
order = {}
for key in ["b", "a", "c", "a", "b"]:
    order[key] = order.get(key, 0) + 1
del order["a"]
order["a"] = 9
print(order, list(order), sorted(order), sorted(order.items(), key=lambda kv: -kv[1]), max(order, key=order.get), min(order.values()))
print(d | {"q": 1}, {"q": 1} | d, repr({}), str({"k": "v"}), {"k": {"n": [1, {"d": ()}]}}, dict(a=1) == dict({"a": 1}))
rec = {}
rec["self"] = rec
print(rec, len(str(rec)))
class Key:
    def __init__(self, v): self.v = v
    def __hash__(self): return hash(self.v)
    def __eq__(self, o): return isinstance(o, Key) and o.v == self.v
    def __repr__(self): return f"Key({self.v})"
kd = {Key(1): "one", Key(2): "two"}
print(kd[Key(1)], Key(3) in kd, kd.get(Key(2)), kd, {Key(1), Key(1)}, len({Key(1): 1, Key(1): 2}))
print(sorted({"b": 1, "a": 2}.items()), list({"x": 1}.items())[0], type({}.keys()).__name__, type({}.items()).__name__, type(iter({})).__name__)
