# Slots that are unset, set, deleted and set again; stores to other names; subclasses with and
# without __slots__; float slots updated in place; copies of slotted instances.
import copy


class P:
    __slots__ = ("x", "y")

    def __init__(self, x):
        self.x = x


p = P(1.5)
for action in ("read y", "del y", "set z"):
    try:
        if action == "read y":
            print(p.y)
        elif action == "del y":
            del p.y
        else:
            p.z = 3
    except AttributeError as e:
        print(action, "AttributeError:", e)
p.y = 2
print(p.x, p.y, hasattr(p, "y"), getattr(p, "q", 7))
del p.x
print(hasattr(p, "x"))
try:
    del p.x
except AttributeError as e:
    print("again AttributeError:", e)
p.x = 0.25
print(p.x)


class Q(P):
    __slots__ = ("w",)


q = Q(3)
q.w = 1
q.y = 2
print(q.x, q.w, q.y)
try:
    q.v = 1
except AttributeError as e:
    print("AttributeError:", e)
c = copy.copy(q)
print(c.x, c.w, c.y)
setattr(q, "x", 9)
object.__setattr__(q, "w", 5)
print(q.x, q.w)


class R(P):
    pass


r = R(4)
r.extra = "dict"
print(r.x, r.extra, sorted(vars(r)))
e = P(1.0)
print(hasattr(e, "y"), copy.copy(e).x)
print(sorted(n for n in dir(q) if not n.startswith("__")))


class V:
    __slots__ = ("a", "b")

    def __init__(self, a, b):
        self.a = a
        self.b = b

    def bump(self, k):
        self.a *= k
        self.b += k


vs = [V(i * 0.5, i) for i in range(5)]
for v in vs:
    v.bump(1.5)
print([(v.a, v.b) for v in vs])
