# match statements: class patterns with __match_args__, guards, mapping patterns with **rest,
# or-patterns binding, value patterns with dotted names, sequence/star patterns, literals.
from dataclasses import dataclass
from enum import Enum
import collections


class Color(Enum):
    RED = 1
    GREEN = 2


class Consts:
    LIMIT = 10
    NAME = "cfg"


@dataclass
class Point:
    x: int
    y: int = 0


class Polar:
    __match_args__ = ("r", "theta")

    def __init__(self, r, theta):
        self.r, self.theta = r, theta

    def __repr__(self):
        return f"Polar({self.r}, {self.theta})"


class NoArgs:
    def __init__(self):
        self.a = 1

    def __repr__(self):
        return "NoArgs()"


def describe(obj):
    match obj:
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y) | Point(x=y, y=0):
            return f"on an axis at {y}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point(x=px) if px > Consts.LIMIT:
            return f"far point x={px}"
        case Polar(r, theta=0.0):
            return f"polar on x-axis r={r}"
        case Polar(r=0):
            return "polar origin"
        case Color.RED:
            return "red enum"
        case Color():
            return f"other color {obj.name}"
        case Consts.NAME:
            return "the config name"
        case {"type": "user", "name": str(name), **rest} if not rest:
            return f"bare user {name}"
        case {"type": "user", "name": str(name), **rest}:
            return f"user {name} +{sorted(rest)}"
        case {"type": t, "items": [first, *others]}:
            return f"{t} list first={first!r} others={others}"
        case {}:
            return f"some mapping of {len(obj)}"
        case [x, y, *rest] if len(rest) > 2:
            return f"long seq {x},{y} +{len(rest)}"
        case [int() | float() as n, str() as s]:
            return f"num-str pair {n!r} {s!r}"
        case [_, _] | (_, _, _):
            return f"pair or triple {type(obj).__name__}"
        case []:
            return "empty seq"
        case str() | bytes() as text if len(text) > 3:
            return f"long text {text[:3]!r}..."
        case int(n) if n < 0:
            return f"negative int {n}"
        case bool(b):
            return f"bool {b}"
        case 0 | 1 | 2:
            return f"small int {obj}"
        case float("inf") if False:
            return "never"
        case None:
            return "None!"
        case -1.5:
            return "minus one and a half"
        case 1 + 2j:
            return "complex literal"
        case NoArgs(a=1):
            return "NoArgs with a=1"
        case _:
            return f"fallback {obj!r}"


tests = [Point(0, 0), Point(0, 5), Point(7, 0), Point(3, 3), Point(11, 2), Point(4, 5), Polar(2, 0.0), Polar(0, 1), Polar(3, 1),
         Color.RED, Color.GREEN, "cfg", {"type": "user", "name": "ann"}, {"type": "user", "name": "bo", "age": 3, "x": 1},
         {"type": "user", "name": 5}, {"type": "cart", "items": [1, 2, 3]}, {"type": "cart", "items": []}, {}, collections.OrderedDict(a=1),
         [1, 2, 3, 4, 5], [1, "a"], (2.5, "b"), [1, 2], (1, 2, 3), [], (), "hello", b"bytes", "hi", -4, True, False, 0, 2, 3, None, -1.5,
         1 + 2j, NoArgs(), 3.0, range(2), "abc"[:0], [1, 2, 3]]
for t in tests:
    print(f"{t!r:>48} -> {describe(t)}")

for bad in [Point(1, 2)]:
    try:
        match bad:
            case Point(1, 2, 3):
                pass
    except TypeError as e:
        print("TypeError:", e)
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print("TypeError:", e)


class BadArgs:
    __match_args__ = ["x"]


try:
    match BadArgs():
        case BadArgs(1):
            pass
except TypeError as e:
    print("TypeError:", e)
try:
    match 5:
        case print(x):
            pass
except TypeError as e:
    print("TypeError:", e)
cmd = "go north fast"
match cmd.split():
    case ["go", ("north" | "south") as d, *mods]:
        print("going", d, mods)
match {"a": 1, "b": 2}:
    case {"a": 1, **kw}:
        print("kw", kw, type(kw).__name__)
x = 99
match 5:
    case x:
        pass
print("capture overwrote x:", x)
match (1, [2, {"k": (3, 4)}]):
    case (a, [b, {"k": (c, *d)}]):
        print(a, b, c, d)
match "str":
    case [*chars]:
        print("str matched a sequence?!", chars)
    case _:
        print("str is not a sequence pattern")
