# __slots__: restricted attributes, inheritance, defaults.
class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = Point(1, 2)
p.x = 10
print(p.x, p.y, Point.__slots__)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError", e)
try:
    p.__dict__
except AttributeError as e:
    print("AttributeError", e)
class Partial:
    __slots__ = ["a", "b"]
q = Partial()
q.a = 1
try:
    print(q.b)
except AttributeError as e:
    print("AttributeError", e)
del q.a
try:
    del q.a
except AttributeError as e:
    print("AttributeError", e)
class Point3(Point):
    __slots__ = ("z",)
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z
p3 = Point3(1, 2, 3)
print(p3.x, p3.y, p3.z)
try:
    p3.w = 0
except AttributeError as e:
    print("AttributeError", e)
class Loose(Point):
    pass
lo = Loose(1, 2)
lo.anything = "ok"
print(lo.anything, lo.__dict__)
try:
    class Conflict:
        __slots__ = ("v",)
        v = 5
except ValueError as e:
    print("ValueError", e)
class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.b, w.__dict__)
