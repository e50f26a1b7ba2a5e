# copy.copy and copy.deepcopy: builtins, instances, memo, __copy__/__deepcopy__, cycles.
import copy
from collections import Counter, OrderedDict, defaultdict, deque, namedtuple

nested = [1, [2, 3], {"k": [4, 5]}, (6, [7])]
shallow = copy.copy(nested)
deep = copy.deepcopy(nested)
print(shallow == nested, shallow is nested, shallow[1] is nested[1])
print(deep == nested, deep[1] is nested[1], deep[2]["k"] is nested[2]["k"], deep[3] is nested[3])
nested[1].append(99)
nested[2]["k"].append(100)
print(shallow, deep)

# immutables come back as themselves
for v in [1, 2.5, "s", None, True, (1, 2), frozenset({1}), range(3), len]:
    print(repr(v), copy.copy(v) is v, copy.deepcopy(v) is v)
t = (1, [2])
print(copy.deepcopy(t) is t, copy.deepcopy(t) == t)
print(copy.deepcopy((1, "a", (2,))) == (1, "a", (2,)))

# dicts and sets
d = {"a": [1], "b": {"c": 2}}
dc = copy.copy(d)
dd = copy.deepcopy(d)
d["a"].append(2)
print(dc, dd, type(dc).__name__)
s = {1, 2, 3}
sc = copy.copy(s)
sc.add(4)
print(sorted(s), sorted(sc), type(copy.deepcopy(s)).__name__)

# cycles and shared references
a = [1]
a.append(a)
b = copy.deepcopy(a)
print(b[1] is b, b[0], len(b))
shared = [0]
pair = [shared, shared]
pc = copy.deepcopy(pair)
print(pc[0] is pc[1], pc[0] is shared)
cyc = {"name": "root"}
cyc["self"] = cyc
cc = copy.deepcopy(cyc)
print(cc["self"] is cc, cc is cyc)

# instances
class Node:
    def __init__(self, value, children=None):
        self.value = value
        self.children = children or []

    def __repr__(self):
        return f"Node({self.value}, {self.children})"

tree = Node(1, [Node(2), Node(3, [Node(4)])])
tc = copy.copy(tree)
td = copy.deepcopy(tree)
tree.children[0].value = 20
print(tc.children is tree.children, tc.children[0].value)
print(td, td.children[0] is tree.children[0], type(td).__name__)

class WithCopy:
    def __init__(self, items):
        self.items = items
    def __copy__(self):
        print("  __copy__ called")
        return WithCopy(list(self.items))
    def __deepcopy__(self, memo):
        print("  __deepcopy__ called, memo is a", type(memo).__name__)
        return WithCopy(copy.deepcopy(self.items, memo))

w = WithCopy([[1]])
w2 = copy.copy(w)
w3 = copy.deepcopy(w)
w.items[0].append(2)
print(w2.items, w3.items)
w4 = copy.deepcopy({"w": w, "again": w})
print(w4["w"] is w4["again"])

class Stateful:
    def __init__(self):
        self.data = [1, 2]
        self.cache = "expensive"
    def __getstate__(self):
        state = self.__dict__.copy()
        del state["cache"]
        return state
    def __setstate__(self, state):
        self.__dict__.update(state)
        self.cache = "rebuilt"

st = copy.deepcopy(Stateful())
print(st.data, st.cache)

class Slotted:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

sl = copy.deepcopy(Slotted([1], 2))
print(sl.x, sl.y)

# memo argument
memo = {}
orig = [1, 2]
c1 = copy.deepcopy(orig, memo)
c2 = copy.deepcopy(orig, memo)
print(c1 is c2, id(orig) in memo)

# collections
cnt = Counter("hello")
print(copy.copy(cnt), copy.deepcopy(cnt), type(copy.deepcopy(cnt)).__name__)
od = OrderedDict(b=[1], a=[2])
odc = copy.deepcopy(od)
od["b"].append(3)
print(odc, type(odc).__name__)
dd2 = defaultdict(list, {"x": [1]})
ddc = copy.deepcopy(dd2)
ddc["y"].append(5)
print(ddc, dd2)
dq = deque([[1], [2]], maxlen=5)
dqc = copy.deepcopy(dq)
dq[0].append(9)
print(dqc, copy.copy(dq))
P = namedtuple("P", "x y")
p = P([1], 2)
pc = copy.deepcopy(p)
p.x.append(5)
print(pc, type(pc).__name__, copy.copy(p) is p)

# exceptions in copy
class Err(Exception):
    pass
e = copy.copy(Err("boom", 1))
print(type(e).__name__, e.args)
print(copy.Error.__name__, issubclass(copy.Error, Exception))
