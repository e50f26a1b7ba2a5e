import pprint
import copy
from collections import OrderedDict, defaultdict, Counter, deque

data = {
    "users": [{"name": f"user{i}", "id": i, "roles": ["admin", "dev"][: i % 3], "score": i * 1.5} for i in range(4)],
    "config": {"debug": True, "paths": ("/usr/local/bin", "/usr/bin", "/bin"), "limits": {"cpu": 4, "mem": "16G"}},
    "matrix": [[i * j for j in range(8)] for i in range(5)],
    "text": "a fairly long string that will need to be wrapped by pprint when the width is small enough " * 2,
    "set": {3, 1, 2}, "fs": frozenset({"b", "a"}), "empty": [], "none": None, "bytes": b"\x00\x01binary data here" * 3,
}
pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint(data, depth=2)
pprint.pprint(data, sort_dicts=False, width=100)
pprint.pprint(data["matrix"], compact=True, width=30)
pprint.pprint(data["users"], indent=4, width=60)
print(pprint.pformat({"b": 1, "a": [1, 2]}), pprint.pformat(list(range(30)), width=20, compact=True))
print(pprint.saferepr({"x": [1, 2]}), pprint.isreadable({"a": 1}), pprint.isreadable(object()), pprint.isrecursive([1]))
cyc = [1, 2]
cyc.append(cyc)
d = {"self": None}
d["self"] = d
import re
noid = lambda s: re.sub(r"id=\d+", "id=N", s)
print(noid(pprint.pformat(cyc)))
print(noid(pprint.pformat(d)))
print(pprint.isrecursive(cyc), noid(pprint.saferepr(cyc)))
pprint.pprint(OrderedDict([("z", 1), ("a", [1] * 30)]))
pprint.pprint(defaultdict(list, {"k": list(range(25))}))
pprint.pprint(Counter("abracadabra" * 3))
pprint.pprint(deque(range(40), maxlen=50))
pprint.pprint({"nested": {"deep": {"deeper": {"deepest": list(range(12))}}}}, width=30)
pprint.pprint(tuple(range(25)), width=30)
pprint.pprint([("a" * 30, "b" * 30), "c" * 70])
pp = pprint.PrettyPrinter(indent=2, width=50, depth=3, compact=False, sort_dicts=True, underscore_numbers=True)
pp.pprint({"big": 12345678901, "lst": [[[[1]]]], "z": 1, "a": 2})
print(pp.pformat(10 ** 12), pprint.pformat(10 ** 12, underscore_numbers=True))

class Node:
    def __init__(self, name, children=()):
        self.name = name
        self.children = list(children)
        self.parent = None
        for c in self.children:
            c.parent = self
    def __repr__(self):
        return f"Node({self.name})"
root = Node("root", [Node("a", [Node("a1")]), Node("b")])
clone = copy.deepcopy(root)
print(clone, clone.children, clone.children[0].parent is clone, clone.children[0] is root.children[0])
shallow = copy.copy(root)
print(shallow.children is root.children)
lst = [[1, 2], {"k": [3]}]
dc = copy.deepcopy(lst)
dc[1]["k"].append(4)
print(lst, dc)
shared = [0]
pair = [shared, shared]
pc = copy.deepcopy(pair)
print(pc[0] is pc[1], pc[0] is shared)
c2 = copy.deepcopy(cyc)
print(c2[2] is c2, c2 is not cyc)
d2 = copy.deepcopy(d)
print(d2["self"] is d2)

class Tracked:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        print("  __copy__ called")
        return Tracked(self.v)
    def __deepcopy__(self, memo):
        print("  __deepcopy__ called, memo has", len(memo) > 0 or "none")
        new = Tracked(copy.deepcopy(self.v, memo))
        return new
t = Tracked([1, [2]])
t2 = copy.deepcopy({"a": t, "b": t})
print(t2["a"] is t2["b"], t2["a"].v == t.v, t2["a"].v is not t.v)
t3 = copy.copy(t)
class Slotted:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = [1]
        self.b = 2
s = copy.deepcopy(Slotted())
print(s.a, s.b)
class WithState:
    def __init__(self):
        self.x = 1
    def __getstate__(self):
        return {"x": self.x * 10}
    def __setstate__(self, st):
        self.x = st["x"] + 1
print(copy.deepcopy(WithState()).x, copy.copy(WithState()).x)
print(copy.copy((1, [2])) is not None, copy.deepcopy((1, 2)), copy.copy("s"), copy.deepcopy(frozenset({1})))
print(copy.replace if hasattr(copy, "replace") else "no replace", copy.Error.__name__)
