import enum
from enum import Enum, IntEnum, Flag, IntFlag, StrEnum, auto, unique, EnumMeta

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
print(Color.RED, repr(Color.RED), Color.CRIMSON is Color.RED, list(Color), Color(2), Color["BLUE"], Color.RED.name, Color.RED.value)
print(len(Color), list(Color.__members__), Color.__members__["CRIMSON"], type(Color.RED), isinstance(Color.RED, Color), Color.RED in Color)
print(f"{Color.RED}", f"{Color.RED!r}", format(Color.GREEN), str(Color.BLUE), hash(Color.RED) == hash(Color.RED))
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
try:
    Color["PINK"]
except KeyError as e:
    print("KeyError:", e)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError:", e)

class Prio(IntEnum):
    LOW = 1
    MID = 5
    HIGH = 10
print(Prio.LOW, repr(Prio.MID), Prio.HIGH + 1, Prio.LOW < Prio.HIGH, sorted([Prio.HIGH, Prio.LOW]), f"{Prio.MID}", f"{Prio.MID:>4}", int(Prio.HIGH), Prio(5), Prio.LOW == 1)
print(str(Prio.LOW), format(Prio.LOW, "d"), "%s %d" % (Prio.MID, Prio.MID), [p.name for p in Prio])

class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RW = R | W
print(Perm.R | Perm.W, repr(Perm.R | Perm.X), Perm.RW, Perm(7), repr(Perm(0)), Perm.R in Perm.RW, ~Perm.R, list(Perm), list(Perm.RW) if hasattr(Perm.RW, "__iter__") else "")
print(bool(Perm(0)), (Perm.R | Perm.W | Perm.X).name, Perm.R.value, Perm(6).name, Perm.RW & Perm.W)

class Open(IntFlag):
    RDONLY = 0
    WRONLY = 1
    RDWR = 2
    APPEND = 8
    CREAT = 64
x = Open.WRONLY | Open.CREAT
print(x, repr(x), int(x), x & Open.CREAT, x | 4, repr(Open(3)), Open.RDONLY, repr(~Open.APPEND), x == 65, f"{x}")

class Shape(StrEnum):
    CIRCLE = auto()
    SQUARE = "sq"
print(Shape.CIRCLE, repr(Shape.CIRCLE), Shape.SQUARE.upper(), Shape.CIRCLE == "circle", f"{Shape.SQUARE}", Shape("sq"), "-".join(Shape))

class Auto(Enum):
    A = auto()
    B = auto()
    C = auto()
print([m.value for m in Auto], repr(Auto.B))

class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
print(Planet.EARTH, Planet.EARTH.value, round(Planet.EARTH.gravity, 3), Planet((3.303e+23, 2.4397e6)))

class Ordinal(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() + str(count)
    FIRST = auto()
    SECOND = auto()
print(list(Ordinal), Ordinal.SECOND.value)

class Status(Enum):
    ACTIVE = "active"
    INACTIVE = "inactive"
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.value == value.lower():
                    return m
        return None
    def describe(self):
        return f"{self.name.title()} status"
print(Status("ACTIVE"), Status.INACTIVE.describe())
try:
    Status(3)
except ValueError as e:
    print("ValueError:", e)

try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)
try:
    class Ext(Color):
        PINK = 9
except TypeError as e:
    print("TypeError:", e)
Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, repr(Animal.CAT))
Num = IntEnum("Num", [("ONE", 1), ("TWO", 2)])
print(Num.TWO, repr(Num.ONE))
print(type(Color) is EnumMeta, isinstance(Color, enum.EnumType), Color.RED.__class__.__name__)
print(Perm.__members__.keys(), enum.Flag.__mro__[1].__name__)
class E(Enum):
    _ignore_ = ["tmp"]
    X = 1
    tmp = 5
print(list(E))
print({Color.RED: "r"}[Color.CRIMSON], Color.RED == 1, Color.RED != Color.GREEN)
class M(enum.IntEnum):
    A = 1
print(M.A.__str__(), M.A.__repr__(), M.A.__format__(""), str(M.A + 0))
