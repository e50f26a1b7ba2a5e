# Object graph snapshots: recursive containers printed safely.
a = [1, 2]
a.append(a)
print(a, repr(a), str(a), len(str(a)))
d = {"name": "root"}
d["self"] = d
d["kids"] = [d, a]
print(d)
t = ([],)
t[0].append(t)
print(t)
class Node:
    def __init__(self, v):
        self.v = v
        self.links = []
    def __repr__(self):
        return f"Node({self.v}, {self.links})"
n = Node(1)
n.links.append(n)
try:
    print(n)
except RecursionError as e:
    print("RecursionError:", e)
m = Node(2)
m.links.append([m.v, {"k": "v"}])
print(m)
from collections import OrderedDict, deque, defaultdict
od = OrderedDict(a=1)
od["me"] = od
print(od)
dq = deque([1])
dq.append(dq)
print(dq)
dd = defaultdict(list)
dd["x"].append(dd)
print(dd)
l1, l2 = [], []
l1.append(l2)
l2.append(l1)
print(l1, l2)
print(a == a, d["self"] is d, [a, a])
nested = [[[[[["deep"]]]]]]
print(nested, str(nested).count("["))
s = set()
fs = frozenset([1, frozenset([2, frozenset()])])
print(fs == frozenset([frozenset([2, frozenset()]), 1]), len(fs))
dk = {}
dk[1] = dk.keys()
print(dk)
dv = {}
dv["v"] = dv.values()
print(dv)
di = {}
di["i"] = di.items()
print(di)
