import copy

a = [1, 2]
a.append(a)
print(a, len(a), a[2] is a)
d = {"name": "root"}
d["self"] = d
print(d)
b = [a, a]
print(b)
t = ([],)
t[0].append(t)
print(t)


class Node:
    def __init__(self, val, children=None):
        self.val = val
        self.children = children or []
        self.parent = None
        for c in self.children:
            c.parent = self

    def __repr__(self):
        return f"Node({self.val}, {self.children})" if self.children else f"Node({self.val})"

    def depth(self):
        return 0 if self.parent is None else 1 + self.parent.depth()

    def walk(self):
        yield self
        for c in self.children:
            yield from c.walk()


tree = Node("a", [Node("b", [Node("d"), Node("e")]), Node("c", [Node("f", [Node("g")])])])
print(tree)
print([(n.val, n.depth()) for n in tree.walk()])
clone = copy.deepcopy(tree)
clone.children[0].val = "B"
print(tree.children[0].val, clone.children[0].val, clone.children[0].parent is clone, clone.children[0].parent is tree)
shallow = copy.copy(tree)
print(shallow.children is tree.children, shallow is tree)
cyc = [1, [2, 3]]
cyc[1].append(cyc)
cc = copy.deepcopy(cyc)
print(cc, cc[1][2] is cc, cc is cyc)
memo_list = [[0]] * 3
memo_list[0][0] = 9
print(memo_list, [[0] for _ in range(3)])
grid = [[0] * 3 for _ in range(2)]
grid[0][1] = 5
print(grid, grid == [[0, 5, 0], [0, 0, 0]], grid[0] is grid[1])
x = y = []
x.append(1)
print(y, x is y)
s = {1: [2]}
s2 = dict(s)
s2[1].append(3)
print(s, copy.deepcopy(s) == s, copy.deepcopy(s)[1] is s[1])


def make_linked(n):
    head = None
    for i in reversed(range(n)):
        head = {"v": i, "next": head}
    return head


node = make_linked(4)
vals = []
while node:
    vals.append(node["v"])
    node = node["next"]
print(vals, make_linked(2))
