# vars() and dir() on simple objects (dunder names filtered out).
class Point:
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm(self):
        return abs(self.x) + abs(self.y)
p = Point(3, -4)
print(vars(p), p.__dict__ is vars(p))
vars(p)["z"] = 0
print(p.z, vars(p))
public = [n for n in dir(p) if not n.startswith("__")]
print(public)
print([n for n in dir(Point) if not n.startswith("__")])
print("__init__" in dir(p), "norm" in dir(Point), "x" in dir(Point), dir(p) == sorted(dir(p)))
class Child(Point):
    extra = True
    def child_method(self):
        pass
c = Child(1, 2)
c.own = "x"
print([n for n in dir(c) if not n.startswith("_")])
for bad in [5, "s", [1]]:
    try:
        vars(bad)
    except TypeError as e:
        print("TypeError", e)
class Slotted:
    __slots__ = ("a",)
try:
    vars(Slotted())
except TypeError as e:
    print("TypeError", e)
print(sorted(k for k in vars(Point) if not k.startswith("__")))
def f():
    local_a = 1
    local_b = "two"
    return sorted(vars())
print(f())
print([n for n in dir([]) if not n.startswith("_")])
print([n for n in dir({}) if not n.startswith("_")])
