from enum import Enum, IntEnum, Flag, IntFlag, auto, unique


class Perm(Flag):
    READ = auto()
    WRITE = auto()
    EXEC = auto()
    ALL = READ | WRITE | EXEC


class Color(Enum):
    RED = "r"
    GREEN = "g"
    BLUE = "b"

    def describe(self):
        return f"{self.name.lower()} ({self.value})"

    @classmethod
    def parse(cls, s):
        for c in cls:
            if c.value == s or c.name == s.upper():
                return c
        raise ValueError(f"no color {s!r}")


class Priority(IntEnum):
    LOW = 1
    MEDIUM = 5
    HIGH = 10


@unique
class Status(Enum):
    TODO = auto()
    DOING = auto()
    DONE = auto()

    @property
    def next(self):
        members = list(type(self))
        i = members.index(self)
        return members[min(i + 1, len(members) - 1)]


class Mode(IntFlag):
    R = 4
    W = 2
    X = 1


p = Perm.READ | Perm.WRITE
print(p, repr(p))
print(Perm.READ in p, Perm.EXEC in p, bool(Perm(0)))
print(Perm.ALL, list(Perm), [m.name for m in Perm])
print(p & Perm.WRITE, p ^ Perm.ALL)
print(Color.RED, repr(Color.GREEN), Color("b"), Color["RED"])
print(Color.parse("green").describe(), Color.BLUE.describe())
try:
    Color.parse("purple")
except ValueError as e:
    print(e)
try:
    Color("x")
except ValueError as e:
    print(e)
print(Priority.HIGH > Priority.LOW, Priority.MEDIUM + 1, sorted([Priority.HIGH, Priority.LOW, 3]))
print(Priority(5), repr(Priority.LOW), int(Priority.HIGH), f"{Priority.HIGH}")
s = Status.TODO
while True:
    print(s, s.value)
    if s.next is s:
        break
    s = s.next
print(Mode.R | Mode.W, int(Mode.R | Mode.X), Mode(7), repr(Mode(6)))
print(Color.RED == "r", Color.RED is Color("r"), hash(Color.RED) == hash(Color.RED))
print(len(Color), Color.__members__.keys())
d = {Color.RED: 1, Color.BLUE: 2}
print(d)
print(Status.DONE.name, Status["DOING"].value, isinstance(Status.DONE, Status))
match Color.parse("r"):
    case Color.RED:
        print("matched red")
    case _:
        print("other")
print(f"{Color.GREEN!s} {Color.GREEN!r} {Color.GREEN.value:>4}")
