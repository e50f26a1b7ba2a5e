"""match: class patterns with __match_args__, mappings, sequences, guards, or-patterns, captures."""
from dataclasses import dataclass


@dataclass
class Point:
    x: float
    y: float


@dataclass
class Circle:
    center: Point
    radius: float


@dataclass
class Rect:
    corner: Point
    w: float
    h: float


class Tri:
    __match_args__ = ("a", "b", "c")

    def __init__(self, a, b, c):
        self.a, self.b, self.c = a, b, c


def area(shape):
    match shape:
        case Circle(radius=r) if r < 0:
            raise ValueError(f"negative radius {r}")
        case Circle(Point(0, 0), r):
            return f"centered circle, area {3.14159 * r * r:.2f}"
        case Circle(_, r):
            return f"circle, area {3.14159 * r * r:.2f}"
        case Rect(Point(x, y), w, h) if w == h:
            return f"square at ({x}, {y}) side {w}"
        case Rect(w=w, h=h):
            return f"rect {w}x{h}"
        case Tri(a, b, c) if a + b <= c or a + c <= b or b + c <= a:
            return "degenerate triangle"
        case Tri(a, b, c):
            s = (a + b + c) / 2
            return f"triangle, area {(s * (s - a) * (s - b) * (s - c)) ** 0.5:.3f}"
        case _:
            return f"unknown {type(shape).__name__}"


shapes = [Circle(Point(0, 0), 1), Circle(Point(1, 2), 2), Rect(Point(1, 1), 3, 3), Rect(Point(0, 0), 2, 5),
          Tri(3, 4, 5), Tri(1, 1, 5), "nope", Circle(Point(0, 0), -1)]
for s in shapes:
    try:
        print(area(s))
    except ValueError as e:
        print("ValueError:", e)


def handle(event):
    match event:
        case {"type": "click", "pos": [x, y], **rest}:
            return f"click at {x},{y} extra={rest}"
        case {"type": "key", "key": str(k)} if len(k) == 1:
            return f"key {k!r}"
        case {"type": "key", "key": k}:
            return f"special key {k}"
        case {"type": ("scroll" | "wheel") as kind, "delta": int() | float() as d}:
            return f"{kind} by {d}"
        case {"type": t}:
            return f"unhandled {t}"
        case [("move" | "go"), *path] if path:
            return f"path {'/'.join(path)}"
        case [first, *_, last]:
            return f"seq {first}..{last}"
        case [] | ():
            return "empty"
        case str() | bytes() as raw:
            return f"raw {raw!r}"
        case int(n) if n < 0:
            return "negative"
        case 0 | 1 | 2 as small:
            return f"small {small}"
        case None:
            return "none"
        case True:
            return "true?"
        case _:
            return "other"


events = [{"type": "click", "pos": [3, 4], "button": 1}, {"type": "key", "key": "a"}, {"type": "key", "key": "Enter"},
          {"type": "wheel", "delta": -2.5}, {"type": "scroll", "delta": "x"}, ["go", "a", "b"], ["move"], [1, 2, 3],
          [], (), "text", b"raw", -5, 2, None, True, 1.0, {"pos": 1}, 7]
for e in events:
    print(f"{e!r:45} -> {handle(e)}")


def classify(cmd):
    match cmd.split():
        case ["quit" | "exit"]:
            return "bye"
        case ["load", filename]:
            return f"loading {filename}"
        case ["save", *names] if names:
            return f"saving {len(names)} files"
        case ["set", key, ("on" | "off") as value]:
            return f"{key}={value == 'on'}"
        case _:
            return f"unknown command {cmd!r}"


for c in ["quit", "load a.txt", "save x y z", "save", "set debug on", "set debug maybe", ""]:
    print(classify(c))
