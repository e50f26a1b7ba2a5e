"""Structural pattern matching over commands, JSON-like events and class patterns."""
from dataclasses import dataclass
from typing import Any


@dataclass
class Point:
    x: int
    y: int


@dataclass
class Rect:
    top_left: Point
    size: tuple


class Circle:
    __match_args__ = ("center", "radius")

    def __init__(self, center, radius):
        self.center, self.radius = center, radius


def run_command(line: str) -> str:
    match line.split():
        case []:
            return "empty"
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return f"going {direction}"
        case ["go", other]:
            return f"cannot go {other!r}"
        case ["take", *items] if items:
            return "taking " + " and ".join(items)
        case ["take"]:
            return "take what?"
        case ["say", *words]:
            return " ".join(words).upper() + "!"
        case [verb, *_] if verb.startswith("#"):
            return "comment"
        case [verb, *rest]:
            return f"unknown verb {verb} ({len(rest)} args)"


for cmd in ["", "go north", "go up", "take lamp key sword", "take", "say hello there", "# note", "dance wildly now"]:
    print(f"{cmd!r:26} -> {run_command(cmd)}")


def handle(event: Any) -> str:
    match event:
        case {"type": "click", "pos": [x, y], **rest}:
            return f"click at ({x}, {y}) extra={rest}"
        case {"type": "key", "key": str(k)} if len(k) == 1:
            return f"key {k!r}"
        case {"type": "key", "key": k}:
            return f"special key {k}"
        case {"type": "batch", "events": [first, *others]}:
            return f"batch of {1 + len(others)} starting with {handle(first)}"
        case {"type": t}:
            return f"unhandled {t}"
        case int() | float() as n if n < 0:
            return f"negative {n}"
        case int(n):
            return f"int {n}"
        case float(f):
            return f"float {f}"
        case (a, b):
            return f"pair {a},{b}"
        case str() as s:
            return f"string {s}"
        case None:
            return "nothing"
        case _:
            return f"unknown {type(event).__name__}"


events = [
    {"type": "click", "pos": [3, 4], "button": 1},
    {"type": "click", "pos": (5, 6)},
    {"type": "key", "key": "q"},
    {"type": "key", "key": "Enter"},
    {"type": "batch", "events": [{"type": "key", "key": "x"}, {"type": "scroll"}]},
    {"type": "scroll", "dy": -3},
    {"pos": [1, 2]},
    -7, 42, 2.5, -0.5, (1, 2), [3, 4], (1, 2, 3), "text", None, True, {1, 2},
]
for ev in events:
    print(handle(ev))


def describe(shape):
    match shape:
        case Point(x=0, y=0):
            return "origin"
        case Point(x=0) | Point(y=0):
            return "on an axis"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point():
            return f"point {shape}"
        case Rect(Point(x, y), (w, h)) if w == h:
            return f"square at {x},{y} side {w}"
        case Rect(size=(w, h)):
            return f"rect {w}x{h}"
        case Circle(Point(x=cx), r) if r > 10:
            return f"big circle at x={cx}"
        case Circle(center, radius=r):
            return f"circle r={r} at {center}"
        case [Point() as p, *_]:
            return f"list starting at {p}"
        case _:
            return "?"


for s in [Point(0, 0), Point(0, 5), Point(3, 3), Point(1, 2), Rect(Point(1, 1), (4, 4)), Rect(Point(0, 0), (2, 3)),
          Circle(Point(9, 9), 20), Circle(Point(1, 1), 2), [Point(7, 8), 1], "nope"]:
    print(describe(s))

HTTP = {200: "OK", 404: "Not Found"}
for code in (200, 301, 404, 418, 500):
    match code:
        case 200 | 201 | 204:
            msg = "success"
        case c if 300 <= c < 400:
            msg = "redirect"
        case 404:
            msg = HTTP[404]
        case 418:
            msg = "teapot"
        case _:
            msg = "error"
    print(code, msg)
