# __repr__ and __str__: fallbacks and which one containers use.
class Both:
    def __repr__(self):
        return "Both<repr>"
    def __str__(self):
        return "Both<str>"
class ReprOnly:
    def __repr__(self):
        return "ReprOnly<repr>"
class StrOnly:
    def __str__(self):
        return "StrOnly<str>"
b, r, s = Both(), ReprOnly(), StrOnly()
print(b, r, str(b), repr(b), str(r), repr(r), str(s))
print([b, r], (b,), {"k": b}, {b: 1}, f"{b} {b!r} {r}", "%s %r" % (b, b), "{} {!r}".format(b, b))
print(repr(s).startswith("<__main__.StrOnly object at "), [s].__repr__().startswith("[<__main__.StrOnly"))
class BadRepr:
    def __repr__(self):
        return 5
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError", e)
class BadStr:
    def __str__(self):
        return None
try:
    str(BadStr())
except TypeError as e:
    print("TypeError", e)
try:
    print(BadStr())
except TypeError as e:
    print("TypeError", e)
class Quoting:
    def __repr__(self):
        return "it's \"quoted\"\n"
print(repr(Quoting()), [Quoting()])
class Sub(Both):
    pass
class SubRepr(Both):
    def __repr__(self):
        return "SubRepr"
print(Sub(), repr(Sub()), SubRepr(), str(SubRepr()))
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"{type(self).__name__}({self.x!r}, {self.y!r})"
class Point3(Point):
    pass
print(Point(1, "a"), Point3(1.5, None), [Point(0, [Point(1, 2)])])
print(str(ValueError("v")), repr(ValueError("v")), repr(ValueError("a", 1)), str(ValueError()), repr(ValueError()))
