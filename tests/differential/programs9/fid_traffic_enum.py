"""Enums in a state machine: Enum, IntEnum, Flag, StrEnum, unique, auto."""
from enum import Enum, IntEnum, Flag, IntFlag, auto, unique, StrEnum


@unique
class Light(Enum):
    RED = "red"
    YELLOW = "yellow"
    GREEN = "green"

    def next(self):
        order = list(Light)
        return order[(order.index(self) + 1) % len(order)]

    @property
    def stop(self):
        return self is not Light.GREEN


class Priority(IntEnum):
    LOW = 1
    MEDIUM = 5
    HIGH = 10


class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
    RW = R | W


class Mode(IntFlag):
    A = 1
    B = 2
    C = 4


class Color(StrEnum):
    CYAN = auto()
    MAGENTA = "mag"


class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2


state = Light.RED
for _ in range(5):
    print(f"{state.name:<7} stop={state.stop!s:<5} value={state.value!r}")
    state = state.next()
print(Light("green"), Light["YELLOW"], repr(Light.RED), str(Light.RED), format(Light.RED))
print(list(Light), len(Light), Light.RED in Light, [m.value for m in Light])
try:
    Light("blue")
except ValueError as e:
    print("ValueError:", e)
try:
    Light["BLUE"]
except KeyError as e:
    print("KeyError:", e)

print(Priority.HIGH > Priority.LOW, Priority.MEDIUM + 1, sorted([Priority.HIGH, Priority.LOW, 3]))
print(Priority(5), repr(Priority(5)), int(Priority.HIGH), f"{Priority.LOW}", f"{Priority.LOW:>4}", Priority.LOW == 1)
print(max(Priority), Priority.HIGH.name, [p.name for p in sorted(Priority, reverse=True)])

p = Perm.R | Perm.X
print(p, repr(p), Perm.R in p, Perm.W in p, bool(Perm.W & p), Perm.RW, Perm(3), Perm(0))
print(list(Perm), [m.name for m in Perm.RW], ~Perm.R, (Perm.R | Perm.W) == Perm.RW)
print(Mode.A | Mode.C, Mode(7), Mode.B | 8, int(Mode.A | Mode.B), repr(Mode(5)))

print(Color.CYAN, repr(Color.CYAN), Color.MAGENTA.upper(), Color.CYAN == "cyan", f"{Color.MAGENTA}!")
print(Shape.ALIAS_FOR_SQUARE is Shape.SQUARE, list(Shape), Shape.__members__.keys() if False else list(Shape.__members__))
print({Light.RED: 1, Light.GREEN: 2}[Light.GREEN], Light.RED.__class__.__name__, isinstance(Light.RED, Light))

Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, Animal(3))
Planet = Enum("Planet", [("MERCURY", 1), ("VENUS", 2)])
print(Planet.VENUS, Planet.VENUS.value)


class Op(Enum):
    ADD = ("+", lambda a, b: a + b)
    MUL = ("*", lambda a, b: a * b)

    def __init__(self, symbol, fn):
        self.symbol = symbol
        self.fn = fn

    def __call__(self, a, b):
        return self.fn(a, b)


for op in Op:
    print(op.name, op.symbol, op(6, 7))
print(sorted(Light, key=lambda l: l.value), hash(Light.RED) == hash(Light.RED))
