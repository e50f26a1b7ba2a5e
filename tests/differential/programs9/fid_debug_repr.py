"""Debug printing of big and self-referencing structures with reprlib and recursive_repr."""
import reprlib
from reprlib import recursive_repr, Repr
from collections import deque


class Graph:
    def __init__(self, name):
        self.name = name
        self.edges = []

    def link(self, other):
        self.edges.append(other)
        other.edges.append(self)

    @recursive_repr()
    def __repr__(self):
        return f"<{self.name} -> {self.edges}>"


a, b, c = Graph("a"), Graph("b"), Graph("c")
a.link(b)
b.link(c)
print(a)
print([c, a])


class Tree(list):
    @recursive_repr(fillvalue="<loop>")
    def __repr__(self):
        return "Tree(" + ", ".join(map(repr, self)) + ")"


t = Tree([1, 2])
t.append(t)
print(t, repr(Tree()), Tree.__repr__.__name__)

log_repr = Repr()
log_repr.maxlist = 4
log_repr.maxstring = 20
log_repr.maxdict = 2
log_repr.maxlevel = 2
events = [{"id": i, "payload": "x" * (i * 7), "tags": list(range(i))} for i in range(8)]
print(log_repr.repr(events))
print(log_repr.repr({"alpha": 1, "beta": [1, [2, [3, [4]]]], "gamma": 3}))
print(log_repr.repr("a very long message that goes on and on"))
print(reprlib.repr(list(range(100))), reprlib.repr(tuple(range(3))), reprlib.repr((1,)))
print(reprlib.repr(set("abcdefghij")), reprlib.repr(frozenset({3, 1, 2})), reprlib.repr(set()), reprlib.repr(frozenset()))
print(reprlib.repr(2 ** 200), reprlib.repr(12345), reprlib.repr(3.14159), reprlib.repr(None))
print(reprlib.repr(deque(range(10))), reprlib.repr({}), reprlib.repr({i: str(i) for i in range(10)}))
print(reprlib.repr([[[[[[[1]]]]]]]), reprlib.repr("quote's"), reprlib.repr("x" * 40))
print(reprlib.repr({1, "a"}), reprlib.repr([{"k": (1, 2, 3, 4, 5, 6, 7, 8)}]))


class Loud:
    def __repr__(self):
        return "L" * 50


class Broken:
    def __repr__(self):
        raise RuntimeError("nope")


print(reprlib.repr(Loud()), reprlib.repr([Loud()]), reprlib.repr(Broken()).startswith("<Broken instance at 0x"))


class BytesRepr(Repr):
    def repr_bytes(self, obj, level):
        return f"<{len(obj)} bytes>"

    def repr_Graph(self, obj, level):
        return f"Graph({obj.name}, {len(obj.edges)} edges)"


br = BytesRepr()
print(br.repr([b"abc", b"", a]), br.repr({"data": b"\x00" * 100}), br.maxlevel, br.fillvalue)
br.fillvalue = "~"
print(br.repr(list(range(10))), br.repr("y" * 50))
