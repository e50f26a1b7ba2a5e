# dataclasses: generated __init__/__repr__/__eq__, defaults, field(), fields, asdict, astuple, replace.
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError, MISSING
from typing import ClassVar, List

@dataclass
class Point:
    x: int
    y: int = 0

p = Point(1, 2)
print(p, Point(5), Point(x=3, y=4), Point(7, y=8))
print(p == Point(1, 2), p != Point(2, 1), p == (1, 2), Point.__match_args__)
print(p.x, p.y, repr(p), str(p), [p], {"k": p})
p.x = 10
print(p)
print(Point.__hash__ is None, is_dataclass(p), is_dataclass(Point), is_dataclass(3))

@dataclass
class Inventory:
    name: str
    unit_price: float
    quantity: int = 0
    tags: List[str] = field(default_factory=list)
    registry: ClassVar[int] = 0
    internal: str = field(default="hidden", repr=False)
    id_: int = field(default=0, compare=False)

    def total(self) -> float:
        return self.unit_price * self.quantity

a = Inventory("widget", 2.5, 4)
b = Inventory("widget", 2.5, 4, id_=99)
print(a, a.total(), a == b, a.tags is b.tags)
a.tags.append("new")
print(a.tags, b.tags, Inventory.registry, a.internal)
print([f.name for f in fields(Inventory)], [f.name for f in fields(a)])
print(fields(Point)[0].type, fields(Point)[1].default, fields(Inventory)[3].default is MISSING)
print(fields(Inventory)[3].default_factory is list, fields(Inventory)[4].repr, fields(Inventory)[5].compare)
print(asdict(a))
print(astuple(a))
print(replace(a, quantity=10), a.quantity)

# nested asdict / astuple
@dataclass
class Line:
    start: Point
    end: Point
    label: str = ""

ln = Line(Point(0, 0), Point(3, 4), "diag")
print(ln)
print(asdict(ln))
print(astuple(ln))
print(asdict(Line(Point(1, 1), Point(2, 2)), dict_factory=lambda kv: [k for k, _ in kv]))

@dataclass
class Bag:
    items: list
    mapping: dict
    pair: tuple

bag = Bag([Point(1, 2), [Point(3, 4)]], {"p": Point(5, 6)}, (Point(7, 8), 9))
print(asdict(bag))
print(astuple(bag))

# __post_init__ and init=False
@dataclass
class Rect:
    w: float
    h: float
    area: float = field(init=False)

    def __post_init__(self):
        self.area = self.w * self.h

r = Rect(2, 3)
print(r, r.area)
print(replace(r, w=10))

# errors
for call in [lambda: Point(), lambda: Point(1, 2, 3), lambda: Point(1, z=3), lambda: Point(1, x=1), lambda: Rect(1, 2, 3)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
for call in [lambda: fields(3), lambda: asdict(Point), lambda: astuple({}), lambda: replace(1)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
try:
    replace(r, area=5)
except ValueError as e:
    print("ValueError:", e)
try:
    replace(p, z=1)
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Mutable:
        items: list = []
except ValueError as e:
    print("ValueError:", e)
try:
    field(default=1, default_factory=list)
except ValueError as e:
    print("ValueError:", e)

# user-defined methods are kept
@dataclass
class Custom:
    v: int
    def __repr__(self):
        return f"<Custom {self.v}>"
    def __eq__(self, other):
        return True
print(Custom(1), Custom(1) == Custom(2), Custom.__hash__)

# docstring and empty dataclass
@dataclass
class Empty:
    pass
print(Empty(), Empty() == Empty(), fields(Empty), Point.__doc__)

# sorting and grouping records
@dataclass
class Student:
    name: str
    grade: int
students = [Student("ann", 90), Student("bob", 85), Student("cy", 90)]
print(sorted(students, key=lambda s: (-s.grade, s.name)))
print(max(students, key=lambda s: s.grade).name, [s.name for s in students if s.grade > 86])
