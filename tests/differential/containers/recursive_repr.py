# Nested and self-referential container reprs.
a = [1, 2]
a.append(a)
print(a, len(a), a[2] is a)
d = {"k": 1}
d["self"] = d
print(d)
b = [a, d]
print(b)
t = ([],)
t[0].append(t)
print(t)
x = []
y = [x]
x.append(y)
print(x, y)
e = {}
e[1] = [e, {"inner": e}]
print(e)
nested = [[1, [2, [3, [4, [5]]]]], {"a": {"b": {"c": [()]}}}, ((1,), [2], {3})]
print(nested)
print(str(nested) == repr(nested), repr([[], [[]], [[], []]]))
class Node:
    def __init__(self, v):
        self.v = v
        self.kids = []
    def __repr__(self):
        return f"Node({self.v}, {self.kids})"
root = Node(1)
root.kids.append(Node(2))
root.kids[0].kids.append(Node(3))
print(root, [root.kids[0]])
print(repr(["'", '"', "\n"]), [1.0, -0.0, float("inf")], {1: [None, ...]})
