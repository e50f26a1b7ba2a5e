"""copy and pickle on an object graph: cycles, shared references, __deepcopy__/__copy__, __reduce__, __getstate__."""
import copy
import pickle
from collections import OrderedDict, defaultdict, namedtuple
from dataclasses import dataclass, field
from enum import Enum
from fractions import Fraction
from decimal import Decimal


class Node:
    def __init__(self, name):
        self.name = name
        self.edges = []
        self.parent = None

    def __repr__(self):
        return f"Node({self.name}, edges={[e.name for e in self.edges]}, parent={self.parent.name if self.parent else None})"


a, b, c = Node("a"), Node("b"), Node("c")
a.edges = [b, c]
b.edges = [a]
c.parent = a
b.parent = a
graph = {"root": a, "all": [a, b, c]}
g2 = copy.deepcopy(graph)
print(g2["root"], g2["all"])
print(g2["root"] is g2["all"][0], g2["all"][1].edges[0] is g2["root"], g2["root"] is not a, g2["all"][2].parent is g2["root"])
shallow = copy.copy(graph)
print(shallow["root"] is a, shallow is not graph, shallow["all"] is graph["all"])
lst = [1, [2, 3]]
lst.append(lst)
dl = copy.deepcopy(lst)
print(dl[2] is dl, dl[1] is not lst[1], repr(dl))
memo = {}
x = [1, 2]
y1 = copy.deepcopy([x, x], memo)
print(y1[0] is y1[1], id(x) in memo, len(memo) >= 2)


class Resource:
    copies = 0

    def __init__(self, handle, cache=None):
        self.handle = handle
        self.cache = cache if cache is not None else {}

    def __copy__(self):
        Resource.copies += 1
        return Resource(self.handle, self.cache)

    def __deepcopy__(self, memo):
        Resource.copies += 10
        r = Resource(self.handle + "-clone", copy.deepcopy(self.cache, memo))
        memo[id(self)] = r
        return r


r = Resource("h1", {"k": [1]})
r1, r2 = copy.copy(r), copy.deepcopy(r)
print(r1.handle, r1.cache is r.cache, r2.handle, r2.cache == r.cache, r2.cache is r.cache, Resource.copies)
holder = [r, r]
h2 = copy.deepcopy(holder)
print(h2[0] is h2[1], h2[0].handle, Resource.copies)


class Slotted:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


s2 = copy.deepcopy(Slotted([1], 2))
print(s2.x, s2.y, copy.copy(Slotted(1, 2)).y)


class Color(Enum):
    RED = 1


@dataclass
class Shape:
    kind: str
    points: list = field(default_factory=list)
    color: Color = Color.RED


Pair = namedtuple("Pair", "left right")
print(copy.deepcopy(Color.RED) is Color.RED, copy.deepcopy(Shape("tri", [(0, 0), (1, 1)])), copy.replace(Pair(1, 2), left=5) if hasattr(copy, "replace") else Pair(1, 2)._replace(left=5))
print(copy.copy(3) == 3, copy.deepcopy((1, 2)) == (1, 2), copy.deepcopy(frozenset({1})), copy.copy(OrderedDict(a=1)), copy.deepcopy(defaultdict(list, {"a": [1]})))
print(copy.deepcopy(len) is len, copy.copy(Node) is Node)


class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance
        self._lock = object()

    def __getstate__(self):
        state = self.__dict__.copy()
        del state["_lock"]
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self._lock = "restored"


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __reduce__(self):
        return (Point, (self.x, self.y))

    def __eq__(self, o):
        return (self.x, self.y) == (o.x, o.y)


payload = {
    "ints": [0, -1, 2 ** 70, 255, 65536], "floats": [1.5, float("inf"), -0.0], "text": "héllo ☃", "bytes": b"\x00\xff",
    "tuple": (1, (2, 3)), "set": {3, 1, 2}, "fs": frozenset("ab"), "none": None, "bools": [True, False],
    "nested": {"a": {"b": [1, {"c": 2}]}}, "frac": Fraction(3, 4), "dec": Decimal("1.10"), "color": Color.RED,
    "shape": Shape("sq", [1, 2]), "pair": Pair("l", "r"), "od": OrderedDict(z=1, a=2), "complex": 1 + 2j,
    "bytearray": bytearray(b"ab"), "point": Point(1, 2), "range": range(2, 10, 3),
}
for proto in range(0, pickle.HIGHEST_PROTOCOL + 1):
    data = pickle.dumps(payload, protocol=proto)
    back = pickle.loads(data)
    print(proto, back == payload, type(back["shape"]).__name__, back["color"] is Color.RED, back["point"] == Point(1, 2))
acct = Account("ann", 10)
acct2 = pickle.loads(pickle.dumps(acct))
print(acct2.owner, acct2.balance, acct2._lock)
shared = [1, 2]
outer = [shared, shared, {"again": shared}]
back = pickle.loads(pickle.dumps(outer))
print(back[0] is back[1], back[2]["again"] is back[0])
cyc = {"name": "loop"}
cyc["self"] = cyc
back = pickle.loads(pickle.dumps(cyc))
print(back["self"] is back, back["name"])
print(pickle.dumps([1, "a", None], protocol=2), pickle.dumps((1, 2.5), protocol=4), pickle.dumps({"k": b"v"}, protocol=0))
for bad in [lambda: None, (x for x in [])]:
    try:
        pickle.dumps(bad)
    except (pickle.PicklingError, TypeError, AttributeError) as e:
        print(type(e).__name__, str(e).split(' at ')[0])
try:
    pickle.loads(b"\x80\x04garbage")
except Exception as e:
    print(type(e).__name__)
try:
    pickle.loads(b"")
except EOFError as e:
    print("EOFError", e)
