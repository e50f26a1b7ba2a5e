# Objects with __hash__/__eq__ as dict keys and set members.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"P({self.x},{self.y})"
d = {Point(1, 2): "a"}
print(d[Point(1, 2)], Point(1, 2) in d, Point(2, 1) in d, d)
d[Point(1, 2)] = "b"
print(d, len(d))
s = {Point(0, 0), Point(0, 0), Point(1, 1)}
print(len(s), Point(1, 1) in s)
class NoHash:
    def __eq__(self, other):
        return True
try:
    {NoHash(): 1}
except TypeError as e:
    print("TypeError", e)
print(NoHash.__hash__)
class Default:
    pass
a, b = Default(), Default()
dd = {a: 1, b: 2}
print(len(dd), dd[a], dd[b], a in dd, Default() in dd)
class Collide:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return 42
    def __eq__(self, other):
        return isinstance(other, Collide) and self.v == other.v
    def __repr__(self):
        return f"C{self.v}"
cd = {Collide(i): i for i in range(5)}
print(cd, cd[Collide(3)], Collide(9) in cd)
del cd[Collide(2)]
print(cd, list(cd.values()))
class EqInt:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, other):
        return self.v == other
mixed = {1: "one", 2: "two"}
print(mixed[EqInt(1)], EqInt(2) in mixed, EqInt(3) in mixed)
calls = []
class Loud:
    def __hash__(self):
        calls.append("hash")
        return 1
    def __eq__(self, other):
        calls.append("eq")
        return self is other
x = Loud()
ld = {x: 1}
ld[x] = 2
print(ld[x], calls.count("hash") >= 3, "eq" in calls)
class BadHash:
    def __hash__(self):
        return "nope"
try:
    {BadHash()}
except TypeError as e:
    print("TypeError", e)
