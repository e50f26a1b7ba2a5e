"""copy (shallow/deep, custom hooks, cycles) and pprint of nested data."""
import copy
import pprint


class Node:
    def __init__(self, name, children=None):
        self.name = name
        self.children = children or []
        self.parent = None
        for c in self.children:
            c.parent = self

    def __repr__(self):
        return f"Node({self.name!r}, {len(self.children)} children)"


class Config:
    def __init__(self, values):
        self.values = values
        self.copies = 0

    def __copy__(self):
        print("  Config.__copy__")
        new = Config(self.values)
        new.copies = self.copies + 1
        return new

    def __deepcopy__(self, memo):
        print("  Config.__deepcopy__", len(memo) >= 0)
        new = Config(copy.deepcopy(self.values, memo))
        new.copies = self.copies + 10
        return new


tree = Node("root", [Node("a", [Node("a1")]), Node("b")])
shallow = copy.copy(tree)
deep = copy.deepcopy(tree)
print(shallow.children is tree.children, deep.children is tree.children, deep.children[0].parent is deep)
print(deep.children[0].children[0].parent.parent is deep, deep.children[0].parent.name)

cfg = Config({"a": [1, 2]})
c1 = copy.copy(cfg)
c2 = copy.deepcopy(cfg)
print(c1.values is cfg.values, c2.values is cfg.values, c1.copies, c2.copies, c2.values == cfg.values)

data = {"list": [1, [2, 3]], "tuple": (1, [2]), "set": {1, 2}, "str": "s"}
data["self"] = data
d2 = copy.deepcopy(data)
print(d2["self"] is d2, d2["list"][1] is data["list"][1], d2["tuple"][1] is data["tuple"][1])
t = (1, 2, (3, 4))
print(copy.deepcopy(t) is t, copy.copy([1, 2]) == [1, 2], copy.copy(5), copy.deepcopy("x"))
memo_shared = [1, 2]
pair = [memo_shared, memo_shared]
cp = copy.deepcopy(pair)
print(cp[0] is cp[1], cp[0] is memo_shared)

inventory = {
    "warehouse": {"north": {"apples": 120, "pears": 40, "plums": [1, 2, 3]}, "south": {"kiwis": 7}},
    "orders": [{"id": i, "items": ["apple"] * i, "paid": i % 2 == 0} for i in range(1, 4)],
    "tags": ("fresh", "organic", "local"),
    "long_text": "lorem ipsum dolor sit amet " * 3,
    "numbers": list(range(30)),
    "empty": {},
    "nested_empty": [[], {}, ()],
}
pprint.pprint(inventory)
pprint.pprint(inventory, width=60, depth=2)
pprint.pprint(inventory["orders"], compact=True, width=50)
pprint.pprint({"b": 1, "a": 2, "c": {"z": 1, "y": 2}}, sort_dicts=False)
print(pprint.pformat(list(range(12)), width=20))
print(pprint.pformat({"key": "x" * 70}))
print(pprint.pformat(("single",)), pprint.pformat(set(range(3))), pprint.pformat(frozenset()), pprint.saferepr(data["list"]))
print(pprint.isrecursive(data), pprint.isreadable({"a": 1}), pprint.isreadable(tree))
pp = pprint.PrettyPrinter(indent=4, width=40)
pp.pprint({"alpha": [1, 2, 3], "beta": {"gamma": "delta", "epsilon": list("abcdefghij")}})
