# enum: IntEnum, StrEnum, Flag, IntFlag, mixins.
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto
import json

class Priority(IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3

p = Priority.MEDIUM
print(p, repr(p), str(p), f"{p}", f"{p:03d}", format(p, "x"), p.name, p.value)
print(p + 1, 1 + p, p * 10, p - Priority.LOW, p / 2, p // 2, p % 2, -p, abs(-p), p ** 2, p << 1, p & 3, p | 4)
print(p == 2, 2 == p, p != 3, p < Priority.HIGH, p > 1, p <= 2, p >= 3, Priority.LOW < Priority.HIGH)
print(sorted([Priority.HIGH, Priority.LOW, Priority.MEDIUM]), max(Priority.LOW, Priority.HIGH))
print(["zero", "one", "two", "three"][p], int(p), float(p), isinstance(p, int), bool(Priority.LOW))
print(Priority(3), Priority["LOW"], p.bit_length(), hash(p) == hash(2))
print(json.dumps({"p": Priority.HIGH, "list": [Priority.LOW]}))
print(sum([Priority.LOW, Priority.HIGH]), round(Priority.HIGH), range(Priority.HIGH)[-1])

class Num(int, Enum):
    ONE = 1
    TWO = 2
print(Num.ONE, repr(Num.TWO), Num.ONE + Num.TWO, f"{Num.TWO}", Num.TWO == 2)

class Mood(StrEnum):
    HAPPY = auto()
    SAD = "sad!"
print(Mood.HAPPY, repr(Mood.HAPPY), repr(Mood.SAD), f"<{Mood.SAD}>", Mood.HAPPY == "happy", Mood.SAD.upper())
print(Mood("happy"), Mood.HAPPY + "-ish", len(Mood.SAD), Mood.HAPPY.startswith("ha"), "ap" in Mood.HAPPY)

class Fruit(str, Enum):
    APPLE = "apple"
print(Fruit.APPLE, repr(Fruit.APPLE), f"{Fruit.APPLE}", Fruit.APPLE == "apple", Fruit.APPLE.value.title())

# Flag
class Perm(Flag):
    R = 4
    W = 2
    X = 1

rw = Perm.R | Perm.W
print(rw, repr(rw), rw.value, rw.name, bool(rw), len(rw))
print(list(rw), list(Perm.R | Perm.X), Perm.W in rw, Perm.X in rw)
print(repr(Perm(0)), str(Perm(0)), bool(Perm(0)), repr(~Perm.R), repr(~rw), repr(rw & Perm.W), repr(rw ^ Perm.R))
print(repr(Perm(7)), Perm(6) is rw, Perm.R | Perm.W | Perm.X)
try:
    Perm(8)
except ValueError as e:
    print("ValueError:", e)
try:
    Perm.R | 1
except TypeError as e:
    print("TypeError:", e)
try:
    1 in rw
except TypeError as e:
    print("TypeError:", e)

class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE
print(Color.RED.value, Color.GREEN.value, Color.BLUE.value, Color.WHITE, repr(Color.WHITE), list(Color.WHITE))
print(repr(Color.RED | Color.GREEN), Color.WHITE & ~Color.RED, Color._member_names_)

# IntFlag
class Mode(IntFlag):
    READ = 4
    WRITE = 2
    EXEC = 1

m = Mode.READ | Mode.WRITE
print(m, repr(m), m == 6, m + 1, repr(Mode.READ | 8), Mode.READ | 8, repr(Mode(0)), repr(~Mode.READ))
print(repr(Mode(9)), m & 2, repr(m & Mode.WRITE), isinstance(m, int), Mode.EXEC in m, list(m))
print(json.dumps([m, Mode.EXEC]), f"{m:b}", int(m))

# flag-driven permission check
def can(user_perms, needed):
    return needed in user_perms
alice = Perm.R | Perm.X
for needed in [Perm.R, Perm.W, Perm.R | Perm.X]:
    print(repr(needed), can(alice, needed))
