from collections import Counter, defaultdict, OrderedDict, deque, namedtuple, ChainMap, UserDict, UserList, UserString
import collections.abc as cabc

text = "the cat and the hat and the bat sat on the mat".split()
c = Counter(text)
print(c, c.most_common(3), c["dog"], sum(c.values()), c.total(), sorted(c.elements())[:5])
c2 = Counter(a=3, b=1, c=-2)
print(c2 + Counter(a=1), c2 - Counter(a=5), c2 & Counter(a=2, b=5), c2 | Counter(c=1), +c2, -c2)
c2.update("aab")
c2.subtract({"b": 10})
print(c2, repr(Counter()), Counter("aabbc") == Counter("abcab"), Counter(a=1) <= Counter(a=2, b=1))
print(dict(Counter("mississippi").most_common()), list(Counter("zyx")))
dd = defaultdict(list)
for w in text:
    dd[len(w)].append(w)
print(dd, dict(dd), dd.default_factory, repr(defaultdict(int)))
ddd = defaultdict(lambda: defaultdict(int))
ddd["a"]["b"] += 1
print(ddd["a"], "z" in ddd, len(ddd))
try:
    defaultdict(None)["k"]
except KeyError as e:
    print("KeyError", e)
od = OrderedDict.fromkeys("abcde", 0)
od.move_to_end("b")
od.move_to_end("d", last=False)
print(od, od.popitem(), od.popitem(last=False), list(od.keys()), list(reversed(od)))
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == {"b": 2, "a": 1})
dq = deque([1, 2, 3], maxlen=5)
dq.extend([4, 5, 6])
dq.appendleft(0)
print(dq, dq.maxlen, dq.popleft(), dq.pop(), dq)
dq.rotate(2)
print(dq, dq.index(4), dq.count(3), dq[1], dq[-1])
dq.rotate(-3)
dq.extendleft("ab")
print(dq, list(reversed(dq)), deque("xyz") + deque("w"), deque([1]) * 3, repr(deque()))
dq.clear()
try:
    dq.pop()
except IndexError as e:
    print("IndexError", e)
Emp = namedtuple("Emp", "name dept salary", defaults=[50000])
e = Emp("Ann", "eng")
print(e, e._asdict(), e._replace(salary=1), Emp._make(["B", "ops", 3]), Emp._fields, Emp._field_defaults, e.salary, e[0])
P3 = namedtuple("P3", ["x", "y", "z"], rename=False)
print(P3(1, 2, 3), P3(*range(3))._fields, namedtuple("R", "a def b", rename=True)._fields, repr(P3), P3.__doc__)
try:
    Emp("a")
except TypeError as e:
    print("TypeError:", e)
try:
    namedtuple("Bad", "a a")
except ValueError as e:
    print("ValueError:", e)
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], len(cm), sorted(cm), cm.maps, cm.new_child({"c": 4}), cm.parents)
cm["z"] = 9
del cm["a"]
print(cm, dict(cm))
try:
    del cm["b"]
except KeyError as e:
    print("KeyError", e)
class LowerDict(UserDict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
ld = LowerDict({"A": 1})
ld["B"] = 2
print(ld, ld.data, "a" in ld, ld.get("c", 0), repr(ld))
ul = UserList([3, 1, 2])
ul.sort()
print(ul, ul + [4], type(ul + [4]).__name__, ul[1:], type(ul[1:]).__name__)
us = UserString("hello")
print(us.upper(), us[1:3], type(us.upper()).__name__, us + "!", len(us))
print(isinstance([], cabc.MutableSequence), isinstance((), cabc.Sequence), isinstance({}, cabc.Mapping), isinstance(set(), cabc.Set), isinstance(iter([]), cabc.Iterator), isinstance(len, cabc.Callable))
print(issubclass(Counter, dict), issubclass(deque, cabc.Sequence), isinstance(deque(), cabc.MutableSequence), isinstance(range(3), cabc.Reversible), isinstance((x for x in []), cabc.Generator))
class MyMap(cabc.Mapping):
    def __init__(self, d):
        self._d = d
    def __getitem__(self, k):
        return self._d[k]
    def __iter__(self):
        return iter(self._d)
    def __len__(self):
        return len(self._d)
mm = MyMap({"x": 1, "y": 2})
print(list(mm.items()), mm.get("q", "dflt"), "x" in mm, mm == {"x": 1, "y": 2}, list(mm.keys()), list(mm.values()))
try:
    cabc.Sequence()
except TypeError as e:
    print("TypeError:", e)
class Incomplete(cabc.MutableMapping):
    def __getitem__(self, k): pass
try:
    Incomplete()
except TypeError as e:
    print("TypeError:", e)
