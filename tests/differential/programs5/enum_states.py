"""enum: Enum, IntEnum, StrEnum-free Flag, auto, unique, _missing_, members."""
from enum import Enum, IntEnum, Flag, IntFlag, auto, unique


class Status(Enum):
    PENDING = "pending"
    ACTIVE = "active"
    DONE = "done"
    FINISHED = "done"

    @property
    def is_final(self):
        return self is Status.DONE

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str) and value.lower() != value:
            return cls(value.lower())
        return None

    def __str__(self):
        return self.value.upper()


print(Status.PENDING, repr(Status.ACTIVE), Status("done"), Status("ACTIVE"), Status.FINISHED is Status.DONE)
print(list(Status), len(Status), [m.name for m in Status], list(Status.__members__))
print(Status.DONE.is_final, Status["PENDING"].value, Status.DONE.name, f"{Status.DONE}", format(Status.ACTIVE, ">10"))
try:
    Status("unknown")
except ValueError as e:
    print("ValueError:", e)
try:
    Status["NOPE"]
except KeyError as e:
    print("KeyError:", e)
try:
    Status.PENDING.value = "x"
except AttributeError as e:
    print("AttributeError:", e)
print(isinstance(Status.DONE, Status), type(Status.DONE).__name__, Status.DONE == "done", hash(Status.DONE) == hash(Status.DONE))


class Priority(IntEnum):
    LOW = auto()
    MEDIUM = auto()
    HIGH = auto()
    CRITICAL = 10


print(list(Priority), Priority.HIGH + 1, Priority.LOW < Priority.HIGH, sorted([Priority.CRITICAL, Priority.LOW, 5]))
print(Priority(2), repr(Priority(10)), int(Priority.MEDIUM), f"{Priority.HIGH}", f"{Priority.HIGH:>4}", str(Priority.LOW), Priority.HIGH == 3)


class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RW = R | W


rw = Perm.R | Perm.W
print(rw, repr(rw), rw is Perm.RW, Perm.R in rw, Perm.X in rw, bool(Perm.R & Perm.X), list(Perm), ~Perm.R)
print(Perm(7), repr(Perm(0)), Perm(5).name, [p.name for p in Perm(7)], len(Perm(6)))


class Color(IntFlag):
    RED = 1
    GREEN = 2
    BLUE = 4


print(Color.RED | Color.BLUE, Color(3), Color.RED | 8, int(Color.GREEN | Color.BLUE), Color.BLUE > 3)


class Planet(Enum):
    MERCURY = (3.303e23, 2.4397e6)
    EARTH = (5.976e24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


for p in Planet:
    print(f"{p.name:8} {p.gravity:6.2f} {p.value}")

try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)


class Shape(Enum):
    CIRCLE = auto()
    SQUARE = auto()

    def describe(self):
        match self:
            case Shape.CIRCLE:
                return "round"
            case Shape.SQUARE:
                return "four corners"


print([s.describe() for s in Shape], Shape.CIRCLE.value, Shape(2))
Animal = Enum("Animal", "CAT DOG BIRD")
print(list(Animal), Animal.DOG.value, Animal["BIRD"])
Size = Enum("Size", [("S", 1), ("M", 2)])
print(Size.M, Size(1), {Size.S: "small"}[Size.S])
print(Status.__members__["FINISHED"], dir(Status.DONE)[:3] if False else "ok")
