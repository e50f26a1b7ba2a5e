# pprint: pformat/pprint line breaking for nested containers, options, and recursion.
import pprint

data = {
    "name": "example",
    "numbers": list(range(30)),
    "nested": {"a": [1, 2, {"deep": ("x", "y", "z")}], "b": {"c": {"d": {"e": [None, True, False, 1.5]}}}},
    "tuple1": (1,),
    "empty": [[], (), {}, set(), frozenset()],
    "set": {3, 1, 2},
    "fs": frozenset({"b", "a"}),
    10: "int key",
    "long string": "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua.",
}
pprint.pprint(data)
print(pprint.pformat(data, width=40))
print(pprint.pformat(data, indent=4, width=60))
print(pprint.pformat(data, depth=2))
print(pprint.pformat(data, width=120, sort_dicts=False))
print(pprint.pformat(list(range(40)), compact=True, width=50))
print(pprint.pformat([list(range(8)) for _ in range(4)], compact=True, width=30))
print(pprint.pformat([list(range(8)) for _ in range(4)], width=30))
print(pprint.pformat({"k%02d" % i: i * i for i in range(12)}, width=30))
print(pprint.pformat((1, (2, (3, (4, (5, (6,)))))), width=10))
print(pprint.pformat([[1, [2, [3, [4]]]]], depth=3), pprint.pformat({"a": {"b": {}}}, depth=1))
print(pprint.pformat(123456789, underscore_numbers=True), pprint.pformat([10**9, 2.5], underscore_numbers=True))
print(pprint.pformat("short"), pprint.pformat(""), pprint.pformat(None), pprint.pformat(3.0))
print(pprint.pformat("a long line of text " * 8, width=40))
print(pprint.pformat(["a long line of text " * 4, "multi\nline\nstring that is long enough to need wrapping here"], width=30))
print(pprint.pformat({"key": "value " * 20}, width=50))
print(pprint.pformat({(1, 2): [3, 4], (0, 9): "x", "s": 1, 2.5: None}, width=20))
print(pprint.pformat({1, "a", (2,), None}, width=5))
print(pprint.pformat([{"id": i, "tags": ["t%d" % j for j in range(i)]} for i in range(5)], width=45))

# recursion
lst = [1, 2]
lst.append(lst)
d = {"self": None}
d["self"] = d
print(pprint.saferepr([1, {"a": (2, 3)}, "x"]), pprint.isreadable([1, 2]), pprint.isreadable(lst), pprint.isrecursive(lst))
print(pprint.saferepr(lst).startswith("[1, 2, <Recursion on list with id="), pprint.isrecursive(d))

# PrettyPrinter objects and a subclass overriding format()
pp = pprint.PrettyPrinter(indent=2, width=30, compact=True)
print(pp.pformat(data["nested"]), pp.isreadable(data), pp.isrecursive(lst))
pp.pprint(list("abcdefghijklmnopqrstuvwxyz"))

class HexPrinter(pprint.PrettyPrinter):
    def format(self, object, context, maxlevels, level):
        if isinstance(object, int) and not isinstance(object, bool):
            return hex(object), True, False
        return super().format(object, context, maxlevels, level)
print(HexPrinter(width=20).pformat([255, 16, {"n": 4096}, True]))

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
print(pprint.pformat([Point(i, i * i) for i in range(6)], width=40))

pprint.pp({"b": 1, "a": [2] * 30})
for bad in [lambda: pprint.PrettyPrinter(indent=-1), lambda: pprint.PrettyPrinter(width=0), lambda: pprint.PrettyPrinter(depth=0)]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
