"""enum deeper: Flag iteration/boundary/aliases, IntFlag arithmetic, verify/member/nonmember (3.11), auto with _generate_next_value_, pickling members."""
import enum
import pickle
from enum import Enum, Flag, IntFlag, IntEnum, StrEnum, auto, unique, verify, UNIQUE, CONTINUOUS, NAMED_FLAGS

class Perm(Flag):
    NONE = 0
    READ = auto()
    WRITE = auto()
    EXEC = auto()
    ALL = READ | WRITE | EXEC
print([m.name for m in Perm], list(Perm.ALL), Perm.ALL.value, len(Perm.READ | Perm.EXEC))
rw = Perm.READ | Perm.WRITE
print(repr(rw), str(rw), rw.name, Perm.READ in rw, Perm.EXEC in rw, rw & Perm.WRITE, rw ^ Perm.ALL, repr(~rw), repr(Perm.NONE), bool(Perm.NONE))
print(repr(Perm(3)), repr(Perm(7)), Perm(7) is Perm.ALL, [p.name for p in Perm.ALL], Perm["WRITE"])
for v in (8, 9):
    try:
        print(repr(Perm(v)))
    except ValueError as e:
        print("ValueError:", e)
class Opt(IntFlag):
    A = 1
    B = 2
    C = 8
print(repr(Opt.A | Opt.C), repr(Opt(3)), repr(Opt(16)), repr(Opt(19)), Opt.A | 4, type(Opt.A | 4).__name__, Opt.B * 3, ~Opt.A)
print(int(Opt.C), Opt.C == 8, Opt.A < Opt.B, sorted([Opt.C, Opt.A]), hex(Opt.A | Opt.B), f"{Opt.C:04b}", format(Opt.B, "d"))

class Color(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() + str(count)
    RED = auto()
    GREEN = auto()
    BLUE = "custom"
print([(c.name, c.value) for c in Color], Color("green1"))
class Weekday(IntEnum):
    MON = 1
    TUE = auto()
    WED = auto()
    @classmethod
    def from_name(cls, s):
        return cls[s.upper()[:3]]
    @property
    def is_start(self):
        return self is Weekday.MON
print(list(Weekday), Weekday.from_name("tuesday"), Weekday.WED + 1, Weekday.MON.is_start, Weekday(3).name, max(Weekday))
class Http(IntEnum):
    OK = 200
    NOT_FOUND = 404
    def __str__(self):
        return f"{self.value} {self.name.replace('_', ' ').title()}"
print(str(Http.NOT_FOUND), f"{Http.OK}", repr(Http.OK), Http(404) == 404, {Http.OK: "fine"}[200])
@verify(UNIQUE)
class Single(Enum):
    A = 1
    B = 2
try:
    @verify(UNIQUE)
    class Twice(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)
try:
    @verify(CONTINUOUS)
    class Gappy(IntEnum):
        A = 1
        C = 3
except ValueError as e:
    print("ValueError:", e)
class Suit(StrEnum):
    HEARTS = auto()
    SPADES = auto()
print(list(Suit), Suit.HEARTS.upper(), Suit("spades") is Suit.SPADES, "-".join(Suit), Suit.HEARTS + "!")
class Shape(Enum):
    CIRCLE = 1
    ROUND = 1
    SQUARE = 2
print(Shape.ROUND is Shape.CIRCLE, list(Shape), list(Shape.__members__.items())[1][1], Shape._member_map_.keys() if False else len(Shape.__members__))
print(pickle.loads(pickle.dumps(Perm.READ | Perm.WRITE)) == rw, pickle.loads(pickle.dumps(Weekday.TUE)) is Weekday.TUE, pickle.loads(pickle.dumps(Suit.HEARTS)))
print(Perm.READ.__class__.__name__, type(Perm.READ).__mro__[1].__name__, isinstance(Opt.A, int), Color.RED.__class__ is Color, Weekday.__members__["MON"])
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
print([(p.name, round(p.surface_gravity, 3)) for p in Planet], Planet((5.976e+24, 6.37814e6)))
Status = Enum("Status", {"ACTIVE": "a", "INACTIVE": "i"}, module=__name__)
print(list(Status), Status("i"), Status.ACTIVE.value, repr(Status.INACTIVE))
Level = IntEnum("Level", "LOW MID HIGH", start=10)
print(list(Level), Level.MID + 0, Level(12))
print(enum.Flag.__name__, enum.EnumMeta is enum.EnumType, len(Perm), len(Opt))
