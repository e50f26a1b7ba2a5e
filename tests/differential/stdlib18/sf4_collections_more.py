"""collections: ChainMap, Counter arithmetic and 3.10 comparisons, deque, defaultdict, OrderedDict."""
from collections import ChainMap, Counter, OrderedDict, defaultdict, deque, namedtuple, UserDict, UserList, UserString

defaults = {"color": "red", "user": "guest", "debug": False}
env = {"user": "admin"}
cli = {"debug": True}
cm = ChainMap(cli, env, defaults)
print(cm["color"], cm["user"], cm["debug"], len(cm), sorted(cm), list(cm.keys()))
print(cm)
cm["color"] = "blue"
print(cli, defaults["color"])
child = cm.new_child({"user": "temp"})
print(child["user"], child.parents["user"], child.maps[0], len(child.maps))
del child["user"]
print(child["user"])
try:
    del child["color"]
except KeyError as e:
    print("KeyError", e)
print(cm.get("missing", "dflt"), "user" in cm, dict(cm) == {"color": "blue", "user": "admin", "debug": True})
print(ChainMap({"a": 1}) | {"b": 2}, dict(ChainMap({}, {"x": 1}).parents))
c2 = cm.copy()
c2["new"] = 1
print("new" in cm, "new" in c2, type(c2).__name__)
print(cm.pop("color"), cm.maps[0])
try:
    cm.pop("nothere")
except KeyError as e:
    print("KeyError", e)
print(ChainMap().popitem() if False else "ok")

a = Counter("abracadabra")
b = Counter(a=2, b=5, z=1)
print(a, b)
print(a + b, a - b, a & b, a | b)
print(+Counter(a=1, b=-2), -Counter(a=1, b=-2))
print(a.most_common(2), a.most_common()[-1], a.total(), sorted(a.elements())[:6])
a.subtract({"a": 10, "q": 1})
print(a)
a.update("aaa")
print(a["a"], a["nothing"], "nothing" in a)
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) <= Counter(a=2, b=1), Counter(a=3) < Counter(a=3), Counter(a=1) >= Counter())
print(Counter({"x": 2}) > Counter({"x": 1}), Counter("aab") < Counter("aabb"))
print(repr(Counter()), repr(Counter({"b": 1, "a": 1})), Counter("zyzx").most_common())
c = Counter(["x", "y", "x"])
del c["x"]
print(c, c.fromkeys if False else "fromkeys")
try:
    Counter.fromkeys("abc")
except NotImplementedError as e:
    print("NotImplementedError", e)

d = deque(range(5), maxlen=5)
d.append(5)
print(d, d.maxlen)
d.appendleft(-1)
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.extend([7, 8])
print(d, d.count(8), d.index(8))
d.extendleft([100, 200])
print(d, d[0], d[-1])
d2 = deque([1, 2, 3])
d2.insert(1, 9)
d2.remove(2)
print(d2, d2 * 2, d2 + deque([0]), list(reversed(d2)), 9 in d2)
try:
    deque([1, 2], maxlen=2).insert(0, 5)
except IndexError as e:
    print("IndexError", e)
try:
    deque().pop()
except IndexError as e:
    print("IndexError", e)
print(deque("ab", maxlen=0), deque([[1]]) == deque([[1]]), deque([1, 2]) < deque([1, 3]))
d3 = deque([1, 2, 3, 4])
del d3[1]
d3[0] = 10
print(d3, d3.copy(), d3.clear(), d3)

dd = defaultdict(list)
for k, v in [("a", 1), ("b", 2), ("a", 3)]:
    dd[k].append(v)
print(dd, dict(dd), dd.default_factory)
di = defaultdict(int, {"x": 1})
di["y"] += 2
print(di, repr(defaultdict()), defaultdict(lambda: "?")["k"] if False else "lambda")
print(defaultdict(None, {"q": 1}))
try:
    defaultdict(None)["k"]
except KeyError as e:
    print("KeyError", e)
nested = defaultdict(lambda: defaultdict(int))
nested["a"]["b"] += 1
print({k: dict(v) for k, v in nested.items()}, di.__missing__("z"), di)
print(dd | {"c": [0]}, type(dd | {"c": [0]}).__name__)

od = OrderedDict.fromkeys("abcde", 0)
od.move_to_end("b")
od.move_to_end("d", last=False)
print(od, list(od))
print(od.popitem(), od.popitem(last=False), od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1))
print(list(reversed(od)), od | {"z": 9})
try:
    od.move_to_end("nope")
except KeyError as e:
    print("KeyError", e)
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError", e)

Pt = namedtuple("Pt", "x y z", defaults=[0])
p = Pt(1, 2)
print(p, p._replace(z=5), p._asdict(), Pt._fields, Pt._field_defaults, Pt._make([4, 5, 6]))
try:
    Pt(1)
except TypeError as e:
    print("TypeError", e)
try:
    namedtuple("Bad", ["a", "a"])
except ValueError as e:
    print("ValueError", e)
print(namedtuple("R", "a def", rename=True)._fields)


class Lower(UserDict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)


ud = Lower({"A": 1})
ud["B"] = 2
print(ud, ud.data, "a" in ud, len(ud))
ul = UserList([3, 1, 2])
ul.sort()
print(ul, ul + [4], ul[1:], type(ul[1:]).__name__)
us = UserString("hello")
print(us.upper(), us[1:3], us + "!", type(us.upper()).__name__)
