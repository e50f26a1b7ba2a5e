"""pprint of wide nested data with every option; copy/deepcopy of cycles and custom hooks."""
import pprint
import copy
from dataclasses import dataclass, field
from collections import OrderedDict, defaultdict, Counter, deque, namedtuple

data = {
    "servers": [{"name": f"srv{i:02d}", "ip": f"10.0.0.{i}", "tags": ["web", "prod"] if i % 2 else ["db"],
                 "load": [0.5 * i, 1.25, 3.0], "meta": {"rack": i // 2, "ok": i != 3}} for i in range(1, 5)],
    "version": (3, 11, 4),
    "zeta": set(range(12)),
    "alpha": frozenset({"x", "y"}),
    "long_string": "lorem ipsum dolor sit amet " * 4,
    "bytes": b"\x00\x01binary-data" * 5,
    "big": 12345678901234567890,
    "empty": [[], {}, (), set()],
}
pprint.pprint(data)
print("---- width=120 sort_dicts=False")
pprint.pprint(data["servers"][:2], width=120, sort_dicts=False)
print("---- depth")
pprint.pprint(data, depth=2)
pprint.pprint(data["servers"], depth=1)
print("---- compact")
pprint.pprint(list(range(60)), compact=True, width=50)
pprint.pprint([list(range(8))] * 4, compact=True, width=30)
pprint.pprint([list(range(8))] * 4, width=30)
print("---- indent")
pprint.pprint({"a": [1, {"b": [2, 3] * 6}]}, indent=4, width=30)
print("---- underscore_numbers")
pprint.pprint([10**12, 1234567, 3.5e10], underscore_numbers=True)
pprint.pprint({"n": 10**30}, underscore_numbers=True, width=10)
rec = [1, 2]
rec.append(rec)
d = {"self": None}
d["self"] = d
print(pprint.pformat([rec, d]).count('Recursion on'), pprint.saferepr(rec).split(' with')[0], pprint.isrecursive(rec), pprint.isreadable(d), pprint.isreadable([1, "a"]))
print(pprint.pformat("x" * 100, width=40))
print(pprint.pformat(("a tuple that is rather long", "with several members", 12345, "needs wrap"), width=40))
OD = OrderedDict([("z", list(range(15))), ("a", "short")])
pprint.pprint(OD, width=40)
dd = defaultdict(list, {"k": list(range(20)), "j": [1]})
pprint.pprint(dd, width=40)
pprint.pprint(Counter("mississippi river banks" * 2), width=40)
pprint.pprint(deque(range(30), maxlen=40), width=40)
Pt = namedtuple("Pt", "x y label")
pprint.pprint([Pt(1, 2, "a" * 30), Pt(3, 4, "b" * 30)], width=40)
@dataclass
class Node:
    name: str
    children: list = field(default_factory=list)
    weight: float = 1.0
tree = Node("root", [Node("left", [Node("leaf" * 5)]), Node("right", weight=2.5)])
pprint.pprint(tree, width=50)
pp = pprint.PrettyPrinter(width=30, indent=2, sort_dicts=False)
pp.pprint({"b": list("abcdefghij"), "a": 1})
print(pp.pformat({"q": 1}), pp.isreadable({"q": 1}))
pprint.pp({"c": 1, "b": 2, "a": [3] * 30})

class Graph:
    def __init__(self, name):
        self.name = name
        self.edges = []
a, b = Graph("a"), Graph("b")
a.edges.append(b)
b.edges.append(a)
a2 = copy.deepcopy(a)
print(a2.name, a2.edges[0].name, a2.edges[0].edges[0] is a2, a2 is not a)
lst = [1, [2, 3]]
lst.append(lst)
l2 = copy.deepcopy(lst)
print(l2[2] is l2, l2[1] is not lst[1], copy.copy(lst)[1] is lst[1])
class Tracked:
    copies = 0
    def __init__(self, payload):
        self.payload = payload
    def __copy__(self):
        Tracked.copies += 1
        return Tracked(self.payload)
    def __deepcopy__(self, memo):
        Tracked.copies += 10
        return Tracked(copy.deepcopy(self.payload, memo))
t = Tracked([1, [2]])
t1, t2 = copy.copy(t), copy.deepcopy(t)
print(Tracked.copies, t1.payload is t.payload, t2.payload is t.payload, t2.payload == t.payload)
shared = [0]
pair = copy.deepcopy([shared, shared])
print(pair[0] is pair[1], pair[0] is shared)
class Slotted:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a, self.b = [1], "x"
s2 = copy.deepcopy(Slotted())
print(s2.a, s2.b)
class Reduced:
    def __init__(self, v):
        self.v = v
    def __reduce__(self):
        return (Reduced, (self.v * 2,))
print(copy.copy(Reduced(3)).v, copy.deepcopy(Reduced(3)).v)
class WithState:
    def __init__(self):
        self.x = 1
        self.cache = {"big": 1}
    def __getstate__(self):
        return {"x": self.x}
    def __setstate__(self, st):
        self.__dict__.update(st)
        self.cache = {}
w = copy.deepcopy(WithState())
print(w.x, w.cache)
print(copy.deepcopy((1, "a", None, 2.5)), copy.copy({1: [2]}), copy.deepcopy(frozenset({1})), copy.replace if hasattr(copy, "replace") else "no copy.replace")
memo = {}
x = [1]
y = copy.deepcopy([x, x], memo)
print(id(x) in memo, len(y))
