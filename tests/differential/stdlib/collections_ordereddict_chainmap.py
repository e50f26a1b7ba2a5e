# collections.OrderedDict and ChainMap.
from collections import OrderedDict, ChainMap

od = OrderedDict()
od["b"] = 2
od["a"] = 1
od["c"] = 3
print(od)
print(list(od), list(od.keys()), list(od.values()), list(od.items()))
print(od.keys(), od.values(), od.items())
od.move_to_end("b")
print(od)
od.move_to_end("c", last=False)
print(od)
od.move_to_end("c", False)
print(od)
print(od.popitem(), od)
print(od.popitem(last=False), od)
od.update([("x", 10), ("y", 20)], z=30)
print(od)
print(list(reversed(od)))
print(repr(OrderedDict()), OrderedDict([(1, "one"), (2, "two")]))
print(OrderedDict.fromkeys("abc", 0))
print(OrderedDict.fromkeys([3, 1]))

# equality: order matters only between OrderedDicts
a = OrderedDict([("x", 1), ("y", 2)])
b = OrderedDict([("y", 2), ("x", 1)])
print(a == b, a != b, a == dict(b), dict(a) == b, a == {"x": 1, "y": 2})
print(a == OrderedDict(x=1, y=2))

# copy, isinstance, setdefault, pop
c = a.copy()
c["z"] = 3
print(type(c).__name__, c, a)
print(isinstance(a, dict), isinstance(a, OrderedDict))
print(a.setdefault("w", 0), a)
print(a.pop("w"), a.pop("nope", None), a)
del a["x"]
print(a, len(a), "y" in a)
print(a | {"q": 1}, type(a | {"q": 1}).__name__)

# errors
for bad in [lambda: OrderedDict().popitem(), lambda: a.move_to_end("missing"), lambda: a["missing"]]:
    try:
        bad()
    except KeyError as e:
        print("KeyError", repr(e))

# recursive repr
r = OrderedDict()
r["self"] = r
print(r)

# LRU cache with move_to_end
class LRU:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = OrderedDict()

    def get(self, key):
        if key not in self.data:
            return -1
        self.data.move_to_end(key)
        return self.data[key]

    def put(self, key, value):
        self.data[key] = value
        self.data.move_to_end(key)
        if len(self.data) > self.capacity:
            self.data.popitem(last=False)

lru = LRU(2)
lru.put(1, 1)
lru.put(2, 2)
print(lru.get(1))
lru.put(3, 3)
print(lru.get(2), lru.get(3), list(lru.data.items()))

# ---------------------------------------------------------------- ChainMap
defaults = {"color": "red", "user": "guest", "size": 1}
env = {"user": "admin"}
cli = {"size": 3}
cm = ChainMap(cli, env, defaults)
print(cm)
print(cm["color"], cm["user"], cm["size"], len(cm), sorted(cm))
print(list(cm), list(cm.keys()), list(cm.values()), list(cm.items()))
print(cm.get("nope"), cm.get("nope", 0), "color" in cm, "nope" in cm, bool(cm), bool(ChainMap()))
print(cm.maps[0] is cli, cm.parents, cm.parents.parents)
child = cm.new_child()
child["color"] = "blue"
print(child, child["color"], cm["color"])
print(cm.new_child({"extra": True}))
print(cm.new_child(size=99)["size"])
cm["new"] = 1
print(cli)
del cm["new"]
print(cli)
try:
    del cm["color"]
except KeyError as e:
    print("KeyError", e)
try:
    cm["nothing"]
except KeyError as e:
    print("KeyError", e)
print(cm.pop("size"), cli)
try:
    cm.pop("size")
except KeyError as e:
    print("KeyError", e)
try:
    ChainMap({}).popitem()
except KeyError as e:
    print("KeyError", e)
print(ChainMap({"a": 1}).popitem())
c2 = cm.copy()
c2["k"] = "v"
print(c2.maps[0], cm.maps[0])
print(ChainMap.fromkeys(["a", "b"], 0))
print(ChainMap({"a": 1}, {"b": 2}) == {"a": 1, "b": 2})
print(dict(ChainMap({"a": 1}, {"a": 2, "b": 3})))
cm.clear()
print(cm)
print(repr(ChainMap()))
print(cm.keys(), ChainMap({"k": 1}).items())
cm2 = ChainMap({1: "a"}, {2: "b"})
cm2.update({3: "c"})
print(cm2, cm2.setdefault(4, "d"), cm2.setdefault(1, "z"))

# variable lookup chain
import builtins
scopes = ChainMap({"x": 1}, {"x": 2, "y": 3}, {"z": 4})
for name in "xyzw":
    print(name, scopes.get(name, "undefined"))
