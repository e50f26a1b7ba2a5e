# collections.namedtuple and typing.NamedTuple.
from collections import namedtuple
from typing import NamedTuple

Point = namedtuple("Point", ["x", "y"])
p = Point(1, 2)
print(p, p.x, p.y, p[0], p[-1], len(p))
print(p == (1, 2), (1, 2) == p, p == Point(1, 2), p != Point(2, 1), p < Point(1, 3))
x, y = p
print(x, y, list(p), tuple(p), p + (3,), p * 2, p[:1])
print(isinstance(p, tuple), isinstance(p, Point), type(p).__name__, type(p))
print(Point._fields, Point(x=5, y=6), Point(7, y=8))
print(p._asdict(), p._replace(y=20), Point._make([9, 10]), Point._make(range(2)))
print(hash(p) == hash((1, 2)), {p: "point"}[(1, 2)])
print(Point.__doc__, Point.__name__)
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
print(max(Point(1, 9), Point(2, 0)), p.count(1), p.index(2))
print(f"{p}", str(p), repr(p), [p])

# field specs and options
P3 = namedtuple("P3", "a b c")
P4 = namedtuple("P4", "a, b,   c")
print(P3(1, 2, 3), P4._fields)
Q = namedtuple("Q", ["a", "b", "c"], defaults=[5, 6])
print(Q(1), Q(1, 2), Q(1, 2, 3), Q._field_defaults)
R = namedtuple("R", ["abc", "def", "ghi", "abc", "_x"], rename=True)
print(R._fields)
Empty = namedtuple("Empty", [])
print(Empty(), Empty._fields, len(Empty()))

# errors
for args in [(1,), (), (1, 2, 3)]:
    try:
        Point(*args)
    except TypeError as e:
        print("TypeError:", e)
for kwargs in [{"x": 1, "z": 2}]:
    try:
        Point(**kwargs)
    except TypeError as e:
        print("TypeError:", e)
try:
    Point(1, 2, x=2)
except TypeError as e:
    print("TypeError:", e)
try:
    p.x = 10
except AttributeError as e:
    print("AttributeError:", e)
try:
    p._replace(z=3)
except ValueError as e:
    print("ValueError:", e)
try:
    Point._make([1])
except TypeError as e:
    print("TypeError:", e)
for fields in ["a a", "a 1b", "a class", "_a b"]:
    try:
        namedtuple("T", fields)
    except ValueError as e:
        print("ValueError:", e)
try:
    namedtuple("T", "a b", defaults=[1, 2, 3])
except TypeError as e:
    print("TypeError:", e)

# subclassing a namedtuple
class Vec(namedtuple("Vec", "x y")):
    __slots__ = ()

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    @property
    def norm2(self):
        return self.x ** 2 + self.y ** 2

v = Vec(1, 2) + Vec(3, 4)
print(v, v.norm2, type(v).__name__, v._replace(x=0))

# match statement on namedtuples
def where(pt):
    match pt:
        case Point(0, 0):
            return "origin"
        case Point(x=0):
            return "on y axis"
        case Point(x, 0):
            return f"on x axis at {x}"
        case _:
            return "elsewhere"
for pt in [Point(0, 0), Point(0, 3), Point(4, 0), Point(1, 1)]:
    print(where(pt))

# typing.NamedTuple
class Employee(NamedTuple):
    name: str
    dept: str = "eng"
    salary: int = 100

    def describe(self):
        return f"{self.name} works in {self.dept}"

e = Employee("ann")
print(e, e.describe(), e.salary, e[0], Employee._fields, Employee._field_defaults)
print(Employee("bob", "ops", 5), Employee(name="cy", salary=1))
print(e._replace(dept="hr"), e._asdict(), isinstance(e, tuple), e == ("ann", "eng", 100))
n, d, s = e
print(n, d, s)
try:
    Employee()
except TypeError as err:
    print("TypeError:", err)

Pair = NamedTuple("Pair", [("left", int), ("right", int)])
pr = Pair(1, right=2)
print(pr, pr.left, Pair._fields)

try:
    class Bad(NamedTuple):
        a: int = 1
        b: int
except TypeError as err:
    print("TypeError:", err)

# records grouped and sorted
Row = namedtuple("Row", "city temp")
rows = [Row("oslo", 3), Row("rome", 18), Row("lima", 18), Row("nome", -5)]
print(sorted(rows, key=lambda r: (-r.temp, r.city)))
print(min(rows, key=lambda r: r.temp).city, [r.city for r in rows if r.temp > 0])
