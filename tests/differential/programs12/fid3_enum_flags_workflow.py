from enum import Enum, IntEnum, Flag, IntFlag, auto, unique


class Perm(Flag):
    READ = auto()
    WRITE = auto()
    EXEC = auto()
    ADMIN = READ | WRITE | EXEC


class Stage(IntEnum):
    DRAFT = 1
    REVIEW = 2
    APPROVED = 3
    PUBLISHED = 4

    def next(self):
        return Stage(min(self + 1, Stage.PUBLISHED))


@unique
class Color(Enum):
    RED = "r"
    GREEN = "g"
    BLUE = "b"

    @property
    def pretty(self):
        return self.name.title()

    @classmethod
    def parse(cls, s):
        for c in cls:
            if c.value == s or c.name == s.upper():
                return c
        raise ValueError(f"no color {s!r}")


class Mode(IntFlag):
    R = 4
    W = 2
    X = 1


print(Perm.READ | Perm.WRITE, repr(Perm.READ | Perm.EXEC))
print(Perm.ADMIN, list(Perm), Perm.ADMIN.value)
print(Perm.WRITE in Perm.ADMIN, Perm.EXEC in (Perm.READ | Perm.WRITE), bool(Perm(0)), Perm(0))
p = Perm.READ
p |= Perm.WRITE
print(p, p & Perm.WRITE, p ^ Perm.READ, ~p, [m.name for m in p])
print(Stage.REVIEW > Stage.DRAFT, Stage.REVIEW + 1, Stage(3), Stage["PUBLISHED"], Stage.DRAFT.next().next())
print([s.name for s in Stage], sorted([Stage.APPROVED, Stage.DRAFT, Stage.REVIEW]), int(Stage.APPROVED))
print(f"{Stage.REVIEW}", str(Stage.REVIEW), repr(Stage.REVIEW), format(Stage.REVIEW, "03d"))
print(Color.parse("g"), Color.parse("blue").pretty, repr(Color.RED), Color("b").name)
try:
    Color.parse("purple")
except ValueError as e:
    print(e)
try:
    Color("x")
except ValueError as e:
    print(e)
print(list(Color.__members__), Color.RED in Color, isinstance(Color.RED, Color), len(Color))
print(Mode.R | Mode.W, repr(Mode(7)), Mode(6) & 2, int(Mode.R | Mode.X), Mode.R + 1, f"{Mode.W | Mode.X}")
print({Color.RED: 1, Color.BLUE: 2}[Color("r")], Color.RED is Color["RED"], hash(Color.RED) == hash(Color.RED))
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("unique:", e)


class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2


print(list(Shape), Shape.ALIAS_FOR_SQUARE, Shape(2).name, list(Shape.__members__.keys()))

transitions = {
    Stage.DRAFT: {"submit": Stage.REVIEW},
    Stage.REVIEW: {"approve": Stage.APPROVED, "reject": Stage.DRAFT},
    Stage.APPROVED: {"publish": Stage.PUBLISHED},
}
state = Stage.DRAFT
for action in ["submit", "reject", "submit", "approve", "archive", "publish"]:
    nxt = transitions.get(state, {}).get(action)
    if nxt is None:
        print(f"{state.name:<9} --{action}--> (invalid)")
        continue
    print(f"{state.name:<9} --{action}--> {nxt.name}")
    state = nxt
print(state, state == 4, state.value, Stage.__members__["DRAFT"])


class Planet(Enum):
    MERCURY = (3.303e23, 2.4397e6)
    EARTH = (5.976e24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


for pl in Planet:
    print(pl.name, f"{pl.gravity:.3f}", pl.value)


class Weekday(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()

    MON = auto()
    TUE = auto()


print(Weekday.MON.value, Perm.READ.value, Perm.EXEC.value, [m.value for m in Stage])
