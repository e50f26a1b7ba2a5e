# Recursive containers print `[...]`/`{...}`; user __repr__ recursing through containers;
# reprlib.recursive_repr; repr of nested mixed containers, sets, frozensets, bytes.
import reprlib

a = [1, 2]
a.append(a)
print(a, repr(a), str(a))
d = {"k": 1}
d["self"] = d
print(d)
b = [a, d, (a,)]
print(b)
t = ([],)
t[0].append(t)
print(t)


class Node:
    def __init__(self, name):
        self.name = name
        self.children = []

    @reprlib.recursive_repr()
    def __repr__(self):
        return f"Node({self.name!r}, {self.children!r})"


n = Node("root")
n.children.append(Node("leaf"))
n.children.append(n)
print(n)
print(repr(set()), repr(frozenset()), {1}, frozenset({2}), {(): [], "": {}}, [b"\x00'\"", "it's", 'say "hi"'])
print(repr("\n\t\\\x7f\u200b"), ascii("naïve ✓"), repr(b"\xff\n"), repr(bytearray(b"ab")))
r = reprlib.Repr()
r.maxlist = 3
print(r.repr(list(range(10))), reprlib.repr("x" * 50), reprlib.repr(set(range(20))))
print([[[[]]]], [(1,)], (1,), ((),), [None, True, ...], {1: {2: {3: {}}}})
