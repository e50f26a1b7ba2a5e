"""operator: attrgetter/itemgetter/methodcaller reprs and behaviour, the function forms, in-place forms."""
import operator
from collections import namedtuple

Emp = namedtuple("Emp", "name dept salary")
staff = [Emp("ann", "eng", 120), Emp("bob", "ops", 90), Emp("cid", "eng", 100), Emp("dee", "ops", 95)]

ig = operator.itemgetter(1)
ig2 = operator.itemgetter(2, 0)
ag = operator.attrgetter("salary")
ag2 = operator.attrgetter("dept", "name")
mc = operator.methodcaller("split", ",", 1)
mc2 = operator.methodcaller("replace", "a", old_is="x") if False else operator.methodcaller("center", 9, "*")
print(repr(ig), repr(ig2), repr(ag), repr(ag2), repr(mc), repr(mc2))
print(repr(operator.itemgetter("k")), repr(operator.attrgetter("a.b.c")), repr(operator.methodcaller("f", x=1, y="z")))
print(ig("abc"), ig2([10, 20, 30]), ag(staff[0]), ag2(staff[1]), mc("a,b,c"), mc2("mid"))
print(sorted(staff, key=operator.attrgetter("dept", "salary")))
print(max(staff, key=ag).name, min(staff, key=operator.itemgetter(2)).name)


class Node:
    def __init__(self, v, child=None):
        self.v = v
        self.child = child


n = Node(1, Node(2, Node(3)))
print(operator.attrgetter("child.child.v")(n), operator.attrgetter("v", "child.v")(n))
try:
    operator.attrgetter("nope")(n)
except AttributeError as e:
    print("AttributeError:", e)
try:
    operator.itemgetter(5)([1])
except IndexError as e:
    print("IndexError:", e)
try:
    operator.itemgetter("x")({})
except KeyError as e:
    print("KeyError:", e)
print(operator.itemgetter(slice(1, 3))("hello"), operator.itemgetter(-1)(range(5)))

funcs = ["add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "and_", "or_", "xor", "lt", "le", "eq", "ne", "ge", "gt"]
for name in funcs:
    f = getattr(operator, name)
    print(f"{name:9} {f(13, 3)!r:>20} {f.__name__}")
print(operator.neg(5), operator.pos(-5), operator.abs(-2.5), operator.invert(5), operator.not_(0), operator.truth([]), operator.index(7))
print(operator.concat([1], [2]), operator.contains("abc", "b"), operator.countOf([1, 2, 1, 1], 1), operator.indexOf("xyz", "z"))
print(operator.is_(None, None), operator.is_not(1, None), operator.matmul.__name__)
d = {"a": 1}
operator.setitem(d, "b", 2)
operator.delitem(d, "a")
print(d, operator.getitem(d, "b"), operator.length_hint([1, 2, 3]), operator.length_hint(5, 7))
x = [1, 2]
y = operator.iadd(x, [3])
print(x, y is x, operator.iadd(5, 2), operator.imul("ab", 3), operator.ior({1}, {2}), operator.ipow(2, 10), operator.iconcat([0], [1]))
s = "abc"
print(operator.iadd(s, "d"), s)
try:
    operator.concat(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    operator.indexOf([1, 2], 9)
except ValueError as e:
    print("ValueError:", e)


class V:
    def __init__(self, *c):
        self.c = c

    def __matmul__(self, o):
        return sum(a * b for a, b in zip(self.c, o.c))

    def __repr__(self):
        return f"V{self.c}"


print(operator.matmul(V(1, 2), V(3, 4)), operator.methodcaller("__repr__")(V(9)))
print(list(map(operator.mul, [1, 2, 3], [4, 5, 6])), list(map(operator.itemgetter(0), ["ab", "cd"])))
print(operator.__lt__(1, 2), operator.__add__("a", "b"), operator.__getitem__([5, 6], 1))
inv = {v: k for k, v in sorted(vars(operator).items()) if callable(v) and k in ("add", "sub")}
print(sorted(inv.values()))
import pickle
for obj in (ig, ig2, ag2, mc2, operator.attrgetter("child.v")):
    back = pickle.loads(pickle.dumps(obj))
    print(repr(back))
