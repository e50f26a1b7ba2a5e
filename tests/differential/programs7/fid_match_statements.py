# match statements as scripts use them: literals, captures, guards, sequences with star,
# mappings with **rest, class patterns with __match_args__, or-patterns, value patterns.
from dataclasses import dataclass
from enum import Enum


class Op(Enum):
    ADD = "+"
    SUB = "-"


@dataclass
class Point:
    x: int
    y: int


def describe(v):
    match v:
        case 0 | 0.0:
            return "zero"
        case True:
            return "true"
        case int(n) if n < 0:
            return f"negative {n}"
        case int() | float():
            return "number"
        case "":
            return "empty str"
        case str(s) if s.isupper():
            return "shout " + s
        case [] | ():
            return "empty seq"
        case [x]:
            return f"one {x}"
        case [first, *_, last] if first == last:
            return f"bookends {first}"
        case (a, b, *rest):
            return f"seq {a},{b} +{len(rest)}"
        case {"type": "circle", "r": r, **others}:
            return f"circle {r} {others}"
        case {"type": t}:
            return "shape " + t
        case Point(x=0, y=0):
            return "origin"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point(y=yy):
            return f"point y={yy}"
        case Op.ADD:
            return "plus"
        case None:
            return "none"
        case _:
            return "other " + type(v).__name__


Point.__match_args__ = ("x", "y")
for v in [0, 0.0, True, -3, 7, 2.5, "", "HI", "hi", [], (), [9], [1, 2, 1], (1, 2, 3, 4), {"type": "circle", "r": 2, "c": 1},
          {"type": "sq"}, Point(0, 0), Point(3, 3), Point(1, 2), Op.ADD, Op.SUB, None, {1, 2}, "ab"]:
    print(repr(v), "->", describe(v))


def command(cmd):
    match cmd.split():
        case ["go", ("north" | "south") as d]:
            return "going " + d
        case ["take", *items] if items:
            return "taking " + ", ".join(items)
        case [verb, *_]:
            return "unknown " + verb
        case []:
            return "nothing"


print([command(c) for c in ["go north", "go west", "take a b", "take", "", "look around"]])
