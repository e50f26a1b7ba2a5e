from dataclasses import dataclass
from typing import Union


@dataclass
class Point:
    x: float
    y: float


@dataclass
class Circle:
    center: Point
    radius: float


@dataclass
class Line:
    start: Point
    end: Point


class Vec:
    __match_args__ = ("dx", "dy")

    def __init__(self, dx, dy):
        self.dx, self.dy = dx, dy


def describe(shape):
    match shape:
        case Point(x=0, y=0):
            return "origin"
        case Point(x=0) | Point(y=0):
            return "on an axis"
        case Point(x, y) if x == y:
            return f"diagonal point at {x}"
        case Point():
            return "some point"
        case Circle(Point(0, 0), r):
            return f"centered circle r={r}"
        case Circle(center=c, radius=r) if r > 10:
            return f"big circle at ({c.x}, {c.y})"
        case Line(Point(x1, y1), Point(x2, y2)) if x1 == x2:
            return "vertical line"
        case Line(start=s, end=e):
            return f"line of length {((e.x - s.x) ** 2 + (e.y - s.y) ** 2) ** 0.5:.2f}"
        case Vec(0, 0):
            return "zero vector"
        case Vec(dx, dy):
            return f"vector {dx},{dy}"
        case _:
            return f"unknown {type(shape).__name__}"


for s in [Point(0, 0), Point(0, 5), Point(3, 3), Point(1, 2), Circle(Point(0, 0), 2), Circle(Point(1, 1), 20),
          Circle(Point(1, 1), 1), Line(Point(1, 0), Point(1, 9)), Line(Point(0, 0), Point(3, 4)), Vec(0, 0), Vec(1, -1), 42]:
    print(describe(s))


def run(cmd):
    match cmd:
        case {"op": "add", "args": [a, b]}:
            return a + b
        case {"op": "neg", "args": [a]}:
            return -a
        case {"op": "sum", "args": [*nums]} if all(isinstance(n, int) for n in nums):
            return sum(nums)
        case {"op": "echo", **rest}:
            return rest
        case {"op": str(op)}:
            return f"unsupported {op}"
        case [("set" | "put") as verb, str() as key, value]:
            return f"{verb} {key}={value!r}"
        case ["get", key] | ("fetch", key):
            return f"get {key}"
        case [first, *middle, last] if middle:
            return f"{first}..{last} ({len(middle)} in between)"
        case (int() | float()) as num if num < 0:
            return "negative"
        case int(n) | float(n):
            return n * 2
        case "quit" | "exit":
            return "bye"
        case str() as text if text.startswith("#"):
            return "comment"
        case None:
            return "nothing"
        case True:
            return "yes"
        case {"op": _}:
            return "bad op value"
        case _:
            return "?"


cmds = [{"op": "add", "args": [2, 3]}, {"op": "neg", "args": [4]}, {"op": "sum", "args": [1, 2, 3]},
        {"op": "sum", "args": [1, "x"]}, {"op": "echo", "a": 1, "b": 2}, {"op": "mul"}, ["set", "k", [1]],
        ("put", "z", None), ["get", "k"], ("fetch", 1), [1, 2, 3, 4], -3.5, 21, 2.5, "quit", "# hi", None,
        True, {"op": 5}, "other", [1, 2], (1,)]
for c in cmds:
    print(f"{c!r:42} -> {run(c)!r}")

Number = Union[int, float]


def classify(v: Number):
    match v:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case x if x < 0:
            return "neg"
    return "large"


print([classify(v) for v in (0, 2, -1, 100, 3.0, 0.0)])
