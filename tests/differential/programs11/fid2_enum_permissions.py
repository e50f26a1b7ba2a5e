from enum import Enum, IntEnum, Flag, IntFlag, auto, unique, StrEnum

class Perm(Flag):
    READ = auto()
    WRITE = auto()
    EXEC = auto()
    RW = READ | WRITE
    ALL = READ | WRITE | EXEC

class Mode(IntFlag):
    R = 4
    W = 2
    X = 1

@unique
class Level(IntEnum):
    LOW = 1
    MEDIUM = 5
    HIGH = 10

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, int):
            for m in sorted(cls, reverse=True):
                if value >= m:
                    return m
        return None

class Color(StrEnum):
    RED = auto()
    GREEN = "green"
    BLUE = "blue"

class Planet(Enum):
    MERCURY = (3.303e23, 2.4397e6)
    EARTH = (5.976e24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius ** 2)

p = Perm.READ | Perm.EXEC
print(p, repr(p), bool(p), Perm.WRITE in p, Perm.READ in p)
print(list(Perm), [m.name for m in Perm.ALL])
print(Perm.RW, Perm.ALL & ~Perm.WRITE, Perm(0), repr(Perm(0)))
print(Perm(3), Perm(7) is Perm.ALL)
m = Mode.R | Mode.W
print(m, repr(m), int(m), m & 4, oct(m), Mode(7), f"{m}", f"{Mode.X:>4}")
print(Mode(5) == 5, Mode.R + 1, str(Mode.W), format(Mode.R, "03d"))
print(Level(7), Level(100), Level(1), repr(Level(6)))
print(Level.HIGH > Level.LOW, Level.MEDIUM * 2, sorted([Level.HIGH, Level.LOW, 3]))
print(f"{Level.HIGH}", str(Level.HIGH), format(Level.LOW, ">5"), Level.HIGH.name, Level["MEDIUM"].value)
try:
    Level(0)
except ValueError as e:
    print("ValueError:", e)
print(Color.RED, repr(Color.RED), Color.RED == "red", Color("blue"), Color.GREEN.upper())
print(" ".join(Color), len(Color), f"{Color.BLUE:^9}|")
for pl in Planet:
    print(f"{pl.name:8} {pl.value[0]:.3e} g={pl.gravity:.2f}")
print(Planet.EARTH, repr(Planet.MERCURY))
print(Planet["EARTH"] is Planet.EARTH, Planet((5.976e24, 6.37814e6)).name)
Shape = Enum("Shape", "CIRCLE SQUARE TRIANGLE")
print(list(Shape), Shape.SQUARE.value, Shape(3))
Dyn = IntEnum("Dyn", [("A", 10), ("B", 20)])
print(Dyn.B + 1, Dyn(10), repr(Dyn.A))
print(Level.__members__.keys(), type(Level.LOW).__name__, isinstance(Level.LOW, int))
try:
    Perm.READ.name = "x"
except AttributeError as e:
    print("AttributeError", e)
