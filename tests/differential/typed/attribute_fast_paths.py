# Inline attribute reads and stores must keep Python's semantics for every kind of object.
class P:
    count = 0

    def __init__(self):
        self.x = 1
        self.none = None
        self._v = 10

    def meth(self):
        return "meth", self.x

    @property
    def v(self):
        P.count += 1
        return self._v

    @v.setter
    def v(self, value):
        self._v = value * 2

    @property
    def fn_prop(self):
        P.count += 100
        return lambda: "from prop"


class G:
    def __getattr__(self, name):
        return "missing:" + name


class S:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = 1


class Guard:
    def __setattr__(self, name, value):
        object.__setattr__(self, name, ("guarded", value))


p = P()
print(p.x, p.none, p.meth(), p.meth.__name__, p.v, p.count)
m = p.meth
print(m())
p.v = 5
print(p.v, P.count)
f = p.fn_prop
print(f(), P.count)
p.x += 41
p.y = [1]
p.y += [2]
print(p.x, p.y)
p.extra = lambda: "own function"
print(p.extra())
g = G()
g.real = 3
print(g.real, g.other)
s = S()
s.b = 2
s.a += 5
print(s.a, s.b)
try:
    s.c = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    print(S().b)
except AttributeError as e:
    print("AttributeError:", e)
q = Guard()
q.z = 1
print(q.z)
n = None
try:
    n.x
except AttributeError as e:
    print("AttributeError:", e)
try:
    n.x = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    p.nothing
except AttributeError as e:
    print("AttributeError:", e)
print((5).real, "abc".upper(), [].append is not None, P.count, P.meth(p))
del p.x
try:
    print(p.x)
except AttributeError as e:
    print("AttributeError:", e)
