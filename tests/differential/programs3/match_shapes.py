from dataclasses import dataclass
from enum import Enum


class Color(Enum):
    RED = 1
    GREEN = 2


@dataclass
class Circle:
    r: float


@dataclass
class Rect:
    w: float
    h: float


class Vec:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"


def describe(obj):
    match obj:
        case None:
            return "nothing"
        case True | False as b:
            return f"bool {b}"
        case 0 | 0.0:
            return "zero"
        case int(n) if n < 0:
            return f"negative int {n}"
        case int() | float() as num:
            return f"number {num!r}"
        case "":
            return "empty str"
        case str(s) if s.isupper():
            return f"shout {s}"
        case str():
            return f"str of {len(obj)}"
        case []:
            return "empty list"
        case [x]:
            return f"singleton {x!r}"
        case [1, *rest]:
            return f"starts with 1, rest {rest}"
        case (a, b, *_) if a == b:
            return f"pair-start {a}"
        case {"type": "point", "x": x, **others}:
            return f"point x={x} extra={others}"
        case {"type": t}:
            return f"typed {t}"
        case Circle(r=0):
            return "dot"
        case Circle(r):
            return f"circle {r}"
        case Rect(w, h) if w == h:
            return f"square {w}"
        case Rect(w=w):
            return f"rect w={w}"
        case Vec(0, y):
            return f"on y axis at {y}"
        case Vec(x=x, y=0):
            return f"on x axis at {x}"
        case Color.RED:
            return "red!"
        case Color():
            return f"other color {obj.name}"
        case {**kw} if not kw:
            return "empty dict"
        case _:
            return f"unknown {type(obj).__name__}"


cases = [None, True, 0, 0.0, -5, 7, 2.5, "", "HI", "hello", [], [9], [1, 2, 3], (4, 4, 5), (1, 2), [5, 6],
         {"type": "point", "x": 1, "y": 2}, {"type": "line"}, {}, {"k": 1}, Circle(0), Circle(2.5), Rect(3, 3),
         Rect(2, 5), Vec(0, 7), Vec(3, 0), Vec(1, 1), Color.RED, Color.GREEN, b"bytes", range(2), {1, 2}]
for c in cases:
    print(repr(c)[:30].ljust(32), describe(c))


def command(line):
    match line.split():
        case ["go", ("north" | "south" | "east" | "west") as d]:
            return f"moving {d}"
        case ["go", _]:
            return "bad direction"
        case ["take", *items] if items:
            return "taking " + ", ".join(items)
        case ["quit" | "exit"]:
            return "bye"
        case [cmd, *_]:
            return f"unknown command {cmd!r}"
        case []:
            return "empty"


for line in ["go north", "go up", "take sword shield", "take", "exit", "dance now", ""]:
    print(f"{line!r:22} -> {command(line)}")
x = 5
match x:
    case 1:
        print("one")
print("no match fell through")
point = (1, 2)
match point:
    case (0, 0):
        print("origin")
    case (x, 0) | (0, x):
        print("axis", x)
    case (x, y):
        print("general", x, y)
