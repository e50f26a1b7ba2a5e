# Class patterns with positional (__match_args__) and keyword sub-patterns.
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
class Circle:
    __match_args__ = ("center", "radius")
    def __init__(self, center, radius):
        self.center, self.radius = center, radius
class Rect:
    def __init__(self, w, h):
        self.w, self.h = w, h
def describe(shape):
    match shape:
        case Point(0, 0):
            return "origin"
        case Point(x, 0):
            return f"on x-axis at {x}"
        case Point(x=0, y=y):
            return f"on y-axis at {y}"
        case Circle(Point(0, 0), r):
            return f"centered circle r={r}"
        case Circle(center=Point(x, y), radius=r) if r > 10:
            return f"big circle at {x},{y}"
        case Circle():
            return "some circle"
        case Rect(w=w, h=h) if w == h:
            return f"square {w}"
        case Rect(w=w, h=h):
            return f"rect {w}x{h}"
        case Point(x, y):
            return f"point {x},{y}"
        case _:
            return "unknown"
shapes = [Point(0, 0), Point(5, 0), Point(0, 7), Point(2, 3), Circle(Point(0, 0), 4), Circle(Point(1, 1), 20),
          Circle(Point(1, 1), 2), Rect(3, 3), Rect(2, 5), "text"]
for s in shapes:
    print(describe(s))
def builtin_types(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(n) if n < 0:
            return f"negative int {n}"
        case int(n):
            return f"int {n}"
        case float(f):
            return f"float {f}"
        case str() as s if not s:
            return "empty str"
        case str(s):
            return f"str {s!r}"
        case list([first, *_]):
            return f"list starting {first}"
        case dict(d):
            return f"dict with {len(d)} keys"
        case tuple((a, b)):
            return f"pair {a} {b}"
        case _:
            return f"other {type(v).__name__}"
for v in [True, -3, 7, 2.5, "", "hi", [9, 8], {"a": 1}, (1, 2), (1, 2, 3), None]:
    print(builtin_types(v))
try:
    match Rect(1, 2):
        case Rect(1, 2):
            pass
except TypeError as e:
    print("TypeError", e)
try:
    match Point(1, 2):
        case Point(1, 2, 3):
            pass
except TypeError as e:
    print("TypeError", e)
class Sub(Point):
    pass
match Sub(1, 2):
    case Point(a, b):
        print("subclass matches base pattern", a, b)
match Point(1, 2):
    case Point(z=1):
        print("missing attribute matches?")
    case _:
        print("missing attribute makes keyword pattern fail")
