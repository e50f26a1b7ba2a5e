# Every dict method.
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d.get("a", 99))
print(d.setdefault("c", 3), d.setdefault("a", 100), d.setdefault("n"), d)
print(d.pop("n"), d.pop("zz", "dflt"), d)
try:
    d.pop("zz")
except KeyError as e:
    print("KeyError", e)
print(d.popitem(), d)
d.update({"x": 10}, y=20)
d.update([("z", 30), ("a", -1)])
d.update(w=0)
print(d)
print(list(d.keys()), list(d.values()), list(d.items()))
print(dict.fromkeys(["p", "q"]), dict.fromkeys("ab", []), dict.fromkeys(range(3), 0))
shared = dict.fromkeys("xy", [])
shared["x"].append(1)
print(shared)
c = d.copy()
c["new"] = 1
print(len(d), len(c), "new" in d, "new" in c)
c.clear()
print(c, bool(c))
e = {}
try:
    e.popitem()
except KeyError as ex:
    print("KeyError", ex)
print(dict(a=1, b=2), dict([("k", "v"), ["k2", "v2"]]), dict({"m": 1}, n=2), dict(), dict(zip("ab", [1, 2])))
for bad in [lambda: dict([1, 2]), lambda: dict([("a",)]), lambda: dict(1), lambda: d.update(5), lambda: d.get(),
            lambda: {}.fromkeys(1)]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
inv = {v: k for k, v in {"one": 1, "two": 2}.items()}
print(inv, inv[1])
print({"a": 1} == {"a": 1.0}, {"a": 1, "b": 2} == {"b": 2, "a": 1}, {} == dict(), {"a": 1} != {"a": 2})
m = {"k": [1]}
m2 = m.copy()
m2["k"].append(2)
print(m, m2)
