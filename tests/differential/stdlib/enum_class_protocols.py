# enum: the class-level protocols of EnumType (iteration, len, in, reversed, repr of the class).
from enum import Enum, Flag, IntEnum, auto

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

print(list(Color))
for c in Color:
    print(c.name, c.value)
print(len(Color), Color.RED in Color, list(reversed(Color)), bool(Color))
print([c.name for c in Color if c.value > 1], {c: c.value for c in Color})
print(Color, Enum, repr(Color))

class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
print(list(Perm), len(Perm), Perm)

class Level(IntEnum):
    LOW = 10
    HIGH = 20
print(sum(Level), max(Level), sorted(Level, reverse=True))
Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), [a.value for a in Animal])
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError:", e)
