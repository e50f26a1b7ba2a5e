# Stores into instances of __slots__ classes: slots, properties, descriptors, setattr,
# object.__setattr__, subclasses with and without __dict__, and the AttributeErrors.
class P:
    __slots__ = ("x", "_y")

    def __init__(self, x, y):
        self.x = x
        self.y = y  # through the property

    @property
    def y(self):
        return self._y

    @y.setter
    def y(self, v):
        self._y = v * 10


class Desc:
    def __set_name__(self, owner, name):
        self.name = "_" + name

    def __get__(self, obj, typ=None):
        return self if obj is None else getattr(obj, self.name)

    def __set__(self, obj, v):
        object.__setattr__(obj, self.name, v + 1)


class Q:
    __slots__ = ("_d", "plain")
    d = Desc()


class Open(P):
    pass


class More(P):
    __slots__ = ("z",)


class Ro:
    __slots__ = ("a",)

    @property
    def ro(self):
        return 1


p = P(1, 2)
print(p.x, p.y, p._y)
p.x += 5
p.y = 3
print(p.x, p.y)
setattr(p, "x", "via setattr")
object.__setattr__(p, "_y", 99)
print(p.x, p._y)
for target, name in [(p, "w"), (More(1, 1), "w"), (Ro(), "b")]:
    try:
        setattr(target, name, 1)
    except AttributeError as e:
        print("AttributeError:", e)
try:
    p.other = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    object.__setattr__(p, "nope", 1)
except AttributeError as e:
    print("AttributeError:", e)
try:
    Ro().ro = 2
except AttributeError as e:
    print("AttributeError:", e)
q = Q()
q.d = 41
q.plain = "p"
print(q.d, q._d, q.plain)
o = Open(1, 2)
o.extra = "dict ok"
print(o.extra, o.x, o.y, hasattr(o, "__dict__"), hasattr(p, "__dict__"))
m = More(7, 8)
m.z = 9
print(m.x, m.y, m.z)
try:
    del p.x
    print(p.x)
except AttributeError as e:
    print("AttributeError:", e)
p.x = "back"
print(p.x)
nodes = [P(i, i) for i in range(1000)]
print(sum(n.x for n in nodes), sum(n.y for n in nodes))
