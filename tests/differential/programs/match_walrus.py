from dataclasses import dataclass


@dataclass
class Point:
    x: float
    y: float


@dataclass
class Circle:
    center: Point
    r: float


@dataclass
class Rect:
    p1: Point
    p2: Point


def describe(shape):
    match shape:
        case Circle(center=Point(x=0, y=0), r=r):
            return f"circle at origin r={r}"
        case Circle(Point(x, y), r) if r > 10:
            return f"big circle at ({x}, {y})"
        case Circle():
            return "some circle"
        case Rect(Point(x1, y1), Point(x2, y2)) if x1 == x2 or y1 == y2:
            return "degenerate rect"
        case Rect(p1, p2):
            return f"rect {abs(p2.x - p1.x) * abs(p2.y - p1.y)}"
        case _:
            return f"unknown {type(shape).__name__}"


for s in [Circle(Point(0, 0), 1), Circle(Point(1, 2), 11), Circle(Point(1, 2), 3),
          Rect(Point(0, 0), Point(0, 5)), Rect(Point(1, 1), Point(4, 3)), "str"]:
    print(describe(s))


def run(cmd):
    match cmd.split():
        case ["go", ("north" | "south" | "east" | "west") as d]:
            return f"going {d}"
        case ["go", *_]:
            return "bad direction"
        case ["take", item, *rest] if rest:
            return f"take {item} and {len(rest)} more"
        case ["take", item]:
            return f"take {item}"
        case ["quit" | "exit"]:
            return "bye"
        case []:
            return "empty"
        case [cmd, *args]:
            return f"unknown {cmd!r} {args}"


for c in ["go north", "go up", "take lamp", "take a b c", "quit", "", "dance wildly now"]:
    print(repr(c), "->", run(c))


def classify(v):
    match v:
        case None:
            return "none"
        case True | False:
            return "bool"
        case int(n) if n < 0:
            return "negative int"
        case int() | float():
            return "number"
        case str() as s if not s:
            return "empty str"
        case str():
            return "str"
        case {"type": "user", "name": str(name), **rest}:
            return f"user {name} extra={sorted(rest)}"
        case {"type": t}:
            return f"typed {t}"
        case (a, b):
            return f"pair {a},{b}"
        case [a, b, c, *_]:
            return f"seq3+ {a}{b}{c}"
        case _:
            return "other"


for v in [None, True, -3, 4.5, "", "x", {"type": "user", "name": "ann", "age": 3}, {"type": 9}, (1, 2), [1, 2, 3, 4], {1}]:
    print(classify(v))

data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print(f"long list ({n} items)")
print([y for x in data if (y := x * 2) > 6], y)
import re
lines = ["key=value", "bad line", "x = 42"]
for line in lines:
    if m := re.match(r"\s*(\w+)\s*=\s*(\w+)", line):
        print(m.group(1), "=>", m.group(2))
    else:
        print("no match:", line)
total = 0
chunks = iter([5, 3, 0, 7])
while (chunk := next(chunks)) != 0:
    total += chunk
print(total)
print((lambda *a, **k: (a, k))(1, 2, z=3))
x = 5
print(0 < x < 10, 0 < x > 3, 1 == 1.0 == True, "a" < "b" < "c", x if x > 3 else -x)
a, *b, c = range(6)
print(a, b, c)
(p, q), r = (1, 2), 3
print(p, q, r)
first, *_ = "hello"
print(first)
d = {"a": 1, **{"b": 2}, "c": 3}
print(d, [*range(3), *"ab"], {*"aab"} == {"a", "b"})
print(d | {"a": 0}, {**d, "d": 4})
d |= {"z": 26}
print(d)
match 42:
    case 1:
        pass
print(describe(Rect(Point(0, 0))))
