"""enum: Flag combinations and iteration (3.11), StrEnum, auto, _missing_, unique, verify, IntEnum."""
import enum
from enum import Enum, Flag, IntEnum, IntFlag, StrEnum, auto, unique, verify, UNIQUE, CONTINUOUS, NAMED_FLAGS


class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RW = R | W
    ALL = R | W | X


print(list(Perm), Perm.RW, repr(Perm.RW), Perm.R | Perm.X, repr(Perm.R | Perm.X))
print(list(Perm.ALL), list(Perm.R | Perm.X), len(Perm.ALL), Perm.X in Perm.RW, Perm.R in Perm.RW)
print(Perm(0), repr(Perm(0)), bool(Perm(0)), ~Perm.R, ~Perm.ALL, Perm.ALL ^ Perm.W, Perm(7).name, Perm(5).name)
print(Perm.RW & Perm.W, Perm["RW"], Perm(6) is Perm.RW, [p.name for p in Perm.__members__.values()])
try:
    Perm(8)
except ValueError as e:
    print("ValueError", e)


class Color(IntFlag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()


print(Color.RED | Color.BLUE, repr(Color.RED | Color.BLUE), Color(3), Color(8), repr(Color(8)), Color.RED + 1, Color.GREEN.value)
print(list(Color(7)), int(Color.BLUE | 16), format(Color.GREEN), f"{Color.RED | Color.GREEN}", str(Color.RED))


class Boundary(Flag, boundary=enum.STRICT):
    A = 1
    B = 2


try:
    Boundary(4)
except ValueError as e:
    print("ValueError", e)


class Keep(Flag, boundary=enum.KEEP):
    A = 1
    B = 2


print(repr(Keep(5)), Keep(5).value)


class Method(StrEnum):
    GET = auto()
    POST = auto()
    CUSTOM = "x-custom"


print(list(Method), Method.GET, repr(Method.GET), Method.GET == "get", Method("post"), Method.GET.upper(), f"{Method.CUSTOM}", Method.GET + "!")


class Level(IntEnum):
    LOW = 1
    MID = 5
    HIGH = 10

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls[value.upper()]
        for m in cls:
            if m.value >= value:
                return m
        return None


print(Level(3), Level("mid"), repr(Level(10)), Level.MID > 2, Level.MID + Level.LOW, sorted([Level.HIGH, Level.LOW]), str(Level.LOW), f"{Level.MID}")
try:
    Level(11)
except ValueError as e:
    print("ValueError", e)


class Planet(Enum):
    MERCURY = (3.303e23, 2.4397e6)
    EARTH = (5.976e24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


print(Planet.EARTH, Planet.EARTH.value, round(Planet.EARTH.gravity, 3), Planet((3.303e23, 2.4397e6)))

try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
        C = 2
        D = 2
except ValueError as e:
    print("ValueError", e)


class Alias(Enum):
    ONE = 1
    UNO = 1


print(list(Alias), Alias.UNO, Alias.UNO is Alias.ONE, list(Alias.__members__))
try:
    @verify(CONTINUOUS)
    class Gaps(IntEnum):
        A = 1
        C = 3
except ValueError as e:
    print("ValueError", e)
try:
    @verify(NAMED_FLAGS)
    class Unnamed(Flag):
        A = 1
        AB = 3
except ValueError as e:
    print("ValueError", e)


class Ordered(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return f"{name.lower()}-{count}"

    ALPHA = auto()
    BETA = auto()


print([m.value for m in Ordered], Ordered("beta-1"))
Dyn = Enum("Dyn", "a b c", start=10)
print(list(Dyn), Dyn.b.value, Enum("D2", [("x", 5), ("y", 6)]).y)
try:
    Method.GET = "z"
except AttributeError as e:
    print("AttributeError", e)
try:
    Level["NOPE"]
except KeyError as e:
    print("KeyError", e)
print(Perm.R.name, Perm.R.value, Perm.R._value_, type(Perm.R).__name__, isinstance(Perm.R, Perm), Level.LOW in Level)
try:
    1 in Level
except TypeError as e:
    print("TypeError", e)
print(hash(Level.LOW) == hash(1), {Level.LOW: "x"}[1], Level.__members__.keys() if False else len(Level))
