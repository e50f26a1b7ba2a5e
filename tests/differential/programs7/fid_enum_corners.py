# enum: Enum, IntEnum, auto, Flag, unique values, aliases, iteration, lookup.
from enum import Enum, IntEnum, Flag, IntFlag, auto


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1  # alias


class Level(IntEnum):
    LOW = auto()
    MID = auto()
    HIGH = auto()


class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()


class Mode(IntFlag):
    A = 1
    B = 2
    C = 4


class Planet(Enum):
    MERCURY = (3.303e23, 2.4397e6)
    EARTH = (5.976e24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


print(list(Color), Color.CRIMSON is Color.RED, Color(2), Color["BLUE"])
print(repr(Color.RED), str(Color.GREEN), Color.RED.name, Color.RED.value)
print(len(Color), [m for m in Color.__members__])
print(Level.MID, repr(Level.HIGH), Level.LOW + 1, Level.HIGH > Level.LOW, sorted([Level.HIGH, Level.LOW]))
print(int(Level.MID), f"{Level.MID}", f"{Level.MID:>5}", Level(3).name)
rw = Perm.R | Perm.W
print(rw, Perm.R in rw, Perm.X in rw, bool(Perm.R & Perm.X), repr(Perm.W))
print(Mode.A | Mode.C, int(Mode.A | Mode.B), Mode.B & 3)
print(round(Planet.EARTH.gravity, 3), Planet.MERCURY.mass)
try:
    Color(7)
except ValueError as e:
    print(e)
try:
    Color["PINK"]
except KeyError as e:
    print("KeyError", e)
print({Color.RED: "r"}[Color.CRIMSON])
print(isinstance(Level.LOW, int), type(Color.RED).__name__)
