import bisect
import copy
import pprint
import operator
from string import Template
from collections import ChainMap, deque, OrderedDict, defaultdict, Counter
from enum import Enum, Flag, IntFlag, auto
import os.path


class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

    @property
    def hex(self):
        return {1: "#f00", 2: "#0f0", 3: "#00f"}[self.value]


rw = Perm.R | Perm.W
print(rw, Perm.R in rw, Perm.X in rw, bool(Perm.R & Perm.X), list(Color), Color.CRIMSON is Color.RED, Color.RED.hex)
print(Color(3).name, Color["GREEN"], [c.name for c in Color], Color.RED == 1, repr(Perm.X))

grades = [60, 70, 80, 90]
letters = "FDCBA"
print([letters[bisect.bisect(grades, s)] for s in [33, 60, 75, 89, 90, 100]])
sl = []
for v in [5, 1, 4, 1, 9, 2]:
    bisect.insort(sl, v)
print(sl, bisect.bisect_left(sl, 1), bisect.bisect_right(sl, 1), bisect.bisect_left(sl, 7))

nested = {"a": [1, 2, {"b": [3, 4]}], "c": (5, 6)}
shallow = copy.copy(nested)
deep = copy.deepcopy(nested)
nested["a"][2]["b"].append(99)
print(shallow["a"][2]["b"], deep["a"][2]["b"], shallow is nested, shallow["a"] is nested["a"])


class Pt:
    def __init__(self, x, tags):
        self.x, self.tags = x, tags

    def __repr__(self):
        return f"Pt({self.x}, {self.tags})"


p1 = Pt(1, ["a"])
p2 = copy.deepcopy(p1)
p2.tags.append("b")
print(p1, p2, copy.copy(p1).tags is p1.tags)

data = {"users": [{"name": f"user{i}", "roles": ["admin", "dev"][: i % 3], "meta": {"age": 20 + i, "active": i % 2 == 0}} for i in range(3)], "version": (1, 2, 3), "empty": {}}
pprint.pprint(data)
pprint.pprint(list(range(30)), width=40)
print(pprint.pformat({"k": "v" * 10, "z": [1] * 5}, width=20))

t = Template("Hello $name, you owe $$${amount}.")
print(t.substitute(name="Ann", amount="3.50"), t.safe_substitute(name="Bob"))
try:
    t.substitute(name="x")
except KeyError as e:
    print("KeyError", e)

defaults = {"color": "red", "size": "M"}
user = {"size": "L"}
cm = ChainMap(user, defaults)
print(cm["color"], cm["size"], len(cm), sorted(cm), dict(cm))
cm2 = cm.new_child({"color": "blue"})
print(cm2["color"], cm2.parents["color"], cm2.maps[0])

print(operator.add(2, 3), operator.mul("ab", 2), operator.itemgetter(0, -1)("xyz"), operator.attrgetter("x")(p1))
print(operator.methodcaller("upper")("abc"), operator.neg(5), operator.contains([1, 2], 2), operator.getitem({"a": 1}, "a"))
print(sorted([("b", 2), ("a", 2), ("c", 1)], key=operator.itemgetter(1, 0)))

print(os.path.join("a", "b", "c.txt"), os.path.splitext("archive.tar.gz"), os.path.basename("/x/y/z.py"), os.path.dirname("/x/y/z.py"))
print(os.path.split("/a/b"), os.path.normpath("a/./b/../c"), os.path.isabs("/x"), os.path.splitext("noext"))

dq = deque([1, 2, 3])
dq.extendleft([0, -1])
dq.extend([4, 5])
print(dq, dq.count(1), dq.index(3), dq.maxlen)
dq.remove(0)
print(dq, dq[2], list(dq)[-2:])
od = OrderedDict.fromkeys("abc", 0)
od["a"] += 1
print(od, list(od.items()), od == {"a": 1, "b": 0, "c": 0})
dd = defaultdict(lambda: "N/A")
dd["x"] = "set"
print(dd["x"], dd["y"], dict(dd), dd.default_factory())
tree = lambda: defaultdict(tree)
root = tree()
root["a"]["b"]["c"] = 1
print(root["a"]["b"]["c"], list(root["a"].keys()))
cnt = Counter(a=3, b=1)
cnt.subtract({"a": 1, "c": 2})
print(cnt, list(cnt.elements()), cnt.most_common()[-1], sum(cnt.values()))
print(dict.fromkeys(range(3)), {k: v for k, v in zip("ab", [1, 2])}, dict(zip("xy", (9, 8)), z=7))
dct = {"b": 2, "a": 1}
print(sorted(dct), list(reversed(dct)), dct.pop("z", "none"), dct.popitem(), dct, dct.setdefault("q", []), dct)
print(Template("$x").substitute({}))
