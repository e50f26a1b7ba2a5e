# A geometry command interpreter using every match pattern kind.
from dataclasses import dataclass
import enum

class Color(enum.Enum):
    RED = "r"
    GREEN = "g"

class Consts:
    ORIGIN = (0, 0)
    LIMIT = 100

@dataclass
class Point:
    x: int
    y: int

class Circle:
    __match_args__ = ("center", "r")
    def __init__(self, center, r):
        self.center, self.r = center, r

class Rect:
    def __init__(self, w, h):
        self.w, self.h = w, h

def describe(shape):
    match shape:
        case Point(x=0, y=0):
            return "origin point"
        case Point(0, y) if False:
            return "never"
        case Circle(Point(x, y), r) if r > Consts.LIMIT:
            return f"huge circle at {x},{y}"
        case Circle(Point(x=0) as c, r=1 | 2 as r):
            return f"small circle on y-axis {c} r={r}"
        case Circle(center, r):
            return f"circle {center} {r}"
        case Rect(w=w, h=h) if w == h:
            return f"square {w}"
        case Rect(w=w):
            return f"rect width {w}"
        case Color.RED:
            return "red!"
        case Color():
            return f"other color {shape.name}"
        case Consts.ORIGIN:
            return "origin tuple"
        case (x, y) | [x, y, _]:
            return f"pair-ish {x} {y}"
        case [first, *middle, last] if middle:
            return f"seq {first}..{last} ({len(middle)} inside)"
        case {"type": "poly", "points": [_, _, _, *_] as pts, **rest}:
            return f"polygon {len(pts)} extra={sorted(rest)}"
        case {"type": str(t), **rest} if not rest:
            return f"bare {t}"
        case {"type": t}:
            return f"typed {t}"
        case str() as s if len(s) < 3:
            return f"short str {s!r}"
        case str(s):
            return f"str {s!r} (not a sequence)"
        case int(n) | float(n) if n < 0:
            return f"negative {n}"
        case bool(b):
            return f"bool {b}"
        case int() | float():
            return "number"
        case None:
            return "none"
        case _:
            return f"unknown {type(shape).__name__}"

tests = [Point(0, 0), Point(0, 5), Circle(Point(1, 1), 500), Circle(Point(0, 3), 2), Circle(Point(0, 3), 7),
         Circle((1, 2), 3), Rect(4, 4), Rect(4, 5), Color.RED, Color.GREEN, (0, 0), (1, 2), [1, 2, 3],
         [1, 2, 3, 4], [1], {"type": "poly", "points": [1, 2, 3, 4], "color": "red", "id": 7},
         {"type": "poly", "points": [1, 2]}, {"type": "line"}, {"type": 5}, "ab", "abcdef", "xy",
         -3, -2.5, True, False, 7, 3.5, None, {1, 2}, b"ab", range(2)]
for t in tests:
    print(repr(t) if not isinstance(t, (Circle, Rect)) else type(t).__name__, "->", describe(t))

def parse(cmd):
    match cmd.split():
        case ["go", ("north" | "south" | "east" | "west") as d]:
            return f"going {d}"
        case ["go", *_]:
            return "go where?"
        case ["take", item, "from", place] | ["grab", item, place]:
            return f"take {item} @ {place}"
        case ["drop", *items] if items:
            return f"drop {', '.join(items)}"
        case []:
            return "empty"
        case [verb, *_]:
            return f"unknown verb {verb}"
for c in ["go north", "go up", "go", "take lamp from desk", "grab key box", "drop a b c", "drop", "", "dance now"]:
    print(repr(c), "->", parse(c))

match {"a": 1, "b": 2}:
    case {"a": 1, **kw}:
        print("rest", kw)
match [1, [2, [3, 4]]]:
    case [a, [b, [c, d]]]:
        print(a + b + c + d)
x = 5
match 5:
    case y if y == x:
        print("captured", y)
try:
    match Point(1, 2):
        case Rect(1, 2):
            pass
except TypeError as e:
    print("TypeError:", e)
class Many:
    __match_args__ = ("a",)
    a = 1
try:
    match Many():
        case Many(1, 2):
            pass
except TypeError as e:
    print("TypeError:", e)
