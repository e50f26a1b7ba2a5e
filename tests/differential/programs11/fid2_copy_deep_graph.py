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
        return f"Node({self.name!r}, {len(self.children)} kids)"

    def walk(self, depth=0):
        yield depth, self
        for c in self.children:
            yield from c.walk(depth + 1)


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

    def __repr__(self):
        return f"Tracked({self.payload!r})"


tree = Node("root", [Node("a", [Node("a1"), Node("a2")]), Node("b")])
clone = copy.deepcopy(tree)
clone.children[0].name = "A"
clone.children[0].children.append(Node("a3"))
print([(d, n.name) for d, n in tree.walk()])
print([(d, n.name) for d, n in clone.walk()])
print(clone.children[1].parent is clone, clone.children[1].parent is tree, tree.children[0].parent is tree)
shallow = copy.copy(tree)
print(shallow.children is tree.children, shallow is tree, shallow.name)

shared = [1, 2]
data = {"x": shared, "y": shared, "t": (shared, 3), "s": {4, 5}, "f": frozenset({6})}
deep = copy.deepcopy(data)
print(deep["x"] is deep["y"], deep["x"] is shared, deep["t"][0] is deep["x"], deep == data)
cyc = [1]
cyc.append(cyc)
cc = copy.deepcopy(cyc)
print(cc[1] is cc, cc[1] is cyc, repr(cc))
t = (1, "a", None)
print(copy.deepcopy(t) is t, copy.copy([1]) == [1], copy.copy(t) is t)
tr = [Tracked([1, 2]), Tracked({"k": "v"})]
c1 = copy.copy(tr)
c2 = copy.deepcopy(tr)
print(c1[0] is tr[0], c2[0] is tr[0], c2, Tracked.copies)
c3 = [copy.copy(x) for x in tr]
print(c3[0].payload is tr[0].payload, Tracked.copies)

config = {
    "name": "service", "ports": [8080, 8443], "limits": {"cpu": 2.5, "memory": "512Mi", "burst": None},
    "env": [{"key": "MODE", "value": "production"}, {"key": "DEBUG", "value": False}],
    "tags": ("a", "b"), "nested": {"deep": {"deeper": {"deepest": list(range(12))}}},
}
pprint.pprint(config)
pprint.pprint(config, width=40, compact=True)
pprint.pprint(config, depth=2, sort_dicts=False)
print(pprint.pformat(list(range(30)), width=50))
print(pprint.pformat("a long string " * 6, width=30))
print(pprint.isrecursive(cyc), pprint.isreadable(config), pprint.saferepr(config["tags"]))
