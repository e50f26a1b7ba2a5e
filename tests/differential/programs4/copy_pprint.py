import copy
import pprint


class Config:
    def __init__(self, name, options, parent=None):
        self.name = name
        self.options = options
        self.parent = parent

    def __repr__(self):
        return f"Config({self.name!r}, {self.options!r})"


class Tracked:
    copies = 0

    def __init__(self, items):
        self.items = items

    def __copy__(self):
        Tracked.copies += 1
        return Tracked(self.items)

    def __deepcopy__(self, memo):
        Tracked.copies += 10
        return Tracked(copy.deepcopy(self.items, memo))


base = Config("base", {"debug": False, "paths": ["/a", "/b"]})
child = Config("child", {"nested": {"x": [1, 2]}}, parent=base)
shallow = copy.copy(child)
deep = copy.deepcopy(child)
shallow.options["nested"]["x"].append(3)
print(child.options, deep.options, shallow.parent is base, deep.parent is base, deep.parent.options == base.options)
lst = [[1, 2], [3]]
lst.append(lst)
dup = copy.deepcopy(lst)
print(dup[2] is dup, dup[0] is not lst[0], len(dup))
t = Tracked([1, [2]])
c1 = copy.copy(t)
c2 = copy.deepcopy(t)
print(Tracked.copies, c1.items is t.items, c2.items == t.items, c2.items[1] is t.items[1])
tup = (1, [2])
print(copy.copy(tup) is tup, copy.deepcopy(tup) is tup, copy.deepcopy((1, 2)) == (1, 2))
s = {1, 2}
print(copy.copy(s) == s, copy.copy(s) is s)

data = {
    "users": [
        {"id": i, "name": f"user{i}", "roles": ["admin", "dev"][: i % 3], "meta": {"score": i * 1.5, "tags": list("abc")[:i]}}
        for i in range(4)
    ],
    "settings": {"theme": "dark", "features": {"beta": True, "limits": (10, 20, 30)}, "empty": {}},
    "matrix": [[i * j for j in range(6)] for i in range(4)],
    "long_text": "lorem ipsum dolor sit amet " * 4,
}
pprint.pprint(data)
pprint.pprint(data["matrix"], width=30)
pprint.pprint(data["settings"], indent=4, width=40)
print(pprint.pformat(list(range(30)), width=50, compact=True))
pprint.pprint({"b": 1, "a": [1, 2], "c": {"z": 0, "y": 1}}, sort_dicts=False)
pprint.pprint(data, depth=2)
print(pprint.pformat({"k": "v" * 100}))
print(pprint.isreadable({"a": 1}), pprint.saferepr([1, {2: "x"}]))
pprint.pprint(set(range(12)))
pprint.pprint([("tuple", i, {"k": i}) for i in range(5)], width=40)
