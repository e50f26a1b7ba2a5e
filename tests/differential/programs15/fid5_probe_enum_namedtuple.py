from enum import Enum, IntEnum, Flag, IntFlag, auto, unique
from typing import NamedTuple, Optional
from collections import namedtuple


class Color(Enum):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    CRIMSON = 1


class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RW = R | W


class Bits(IntFlag):
    A = 1
    B = 2
    C = 8


class Level(IntEnum):
    LOW = 10
    HIGH = 20


print(list(Color), Color.CRIMSON, Color.CRIMSON is Color.RED, Color(2), Color["BLUE"], repr(Color.GREEN))
print(Color.RED.name, Color.RED.value, [m for m in Color.__members__], len(Color), Color.RED in Color)
print(Perm.R | Perm.W, repr(Perm.R | Perm.X), Perm.RW, repr(Perm(7)), Perm(0), repr(Perm(0)), list(Perm))
print(Perm.R in Perm.RW, Perm.X in Perm.RW, bool(Perm(0)), ~Perm.R, (Perm.R | Perm.X) & Perm.RW, Perm.RW.name)
print([p.name for p in Perm(7)], len(Perm(6)), Perm(5).value)
print(Bits.A | Bits.C, repr(Bits(3)), Bits(11), Bits.A + 1, Bits(0), repr(Bits(16 | 1)), int(Bits.C))
print(Level.LOW < Level.HIGH, Level.LOW + 5, sorted([Level.HIGH, 15, Level.LOW]), Level(20), f"{Level.HIGH}", format(Level.LOW, ">6"))
print(f"{Color.RED}", str(Color.RED), format(Color.RED, ""), f"{Perm.RW}", str(Bits.B))
try:
    Color(9)
except ValueError as e:
    print("ValueError:", e)
try:
    Color["PURPLE"]
except KeyError as e:
    print("KeyError:", e)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)


class Planet(Enum):
    MERCURY = (3.303e23, 2.4397e6)
    EARTH = (5.976e24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass, self.radius = mass, radius

    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


print([(p.name, f"{p.gravity:.2f}") for p in Planet], Planet.EARTH.value)


class Emp(NamedTuple):
    name: str
    dept: str = "eng"
    salary: float = 100.0
    manager: Optional[str] = None

    def raise_by(self, pct):
        return self._replace(salary=round(self.salary * (1 + pct / 100), 2))


e = Emp("ann")
print(e, e._asdict(), e._fields, Emp._field_defaults, e.raise_by(12.5), e[0], len(e))
name, dept, *rest = e
print(name, dept, rest, Emp._make(["bob", "ops", 5, "ann"]), e == ("ann", "eng", 100.0, None))
try:
    e.name = "x"
except AttributeError as e2:
    print("AttributeError:", e2)
try:
    Emp()
except TypeError as e3:
    print("TypeError:", e3)
try:
    e._replace(nope=1)
except (ValueError, TypeError) as e4:
    print(type(e4).__name__, e4)
Pt = namedtuple("Pt", "x y", defaults=[0])
print(Pt(1), Pt(1, 2)._replace(x=5), Pt._fields, Pt.__doc__, repr(Pt(x=3)), Pt(1) < Pt(1, 1), hash(Pt(1)) == hash((1, 0)))
R = namedtuple("R", ["a", "def", "a2"], rename=True)
print(R._fields, R(1, 2, 3))
