import json, re, sys
from typing import List, Dict, Optional
from enum import Enum
from abc import ABC, abstractmethod

class Shape(ABC):
    @abstractmethod
    def area(self) -> float: ...
    def __lt__(self, other):
        return self.area() < other.area()
    def __repr__(self):
        return f"{self.__class__.__name__}(area={self.area():.3f})"

class Circle(Shape):
    def __init__(self, r): self.r = r
    def area(self): return 3.141592653589793 * self.r ** 2

class Rect(Shape):
    def __init__(self, w, h): self.w, self.h = w, h
    def area(self): return self.w * self.h

shapes = [Circle(1), Rect(2, 3), Circle(0.5)]
print(sorted(shapes))
print(max(shapes), min(shapes, key=lambda s: s.area()))
try:
    Shape()
except TypeError as e:
    print(e)

class Color(Enum):
    RED = 1
    GREEN = 2
print(Color.RED, Color(2), Color["GREEN"].value, list(Color))

data = {"name": "x", "vals": [1, 2.5, None, True], "nested": {"a": "é"}}
s = json.dumps(data, indent=2, sort_keys=True)
print(s)
print(json.loads(s) == data, json.dumps(data, ensure_ascii=False))
print(re.findall(r"(\w+)@(\w+)\.com", "a@b.com, c@d.com"))
print(re.sub(r"(\d+)", lambda m: str(int(m.group(1)) * 2), "a1b22c333"))
m = re.match(r"(?P<first>\w+) (?P<last>\w+)", "Jane Doe")
print(m.group("last"), m.groupdict(), m.span())

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

g = fib()
print([next(g) for _ in range(15)])

def gen_send():
    total = 0
    while True:
        x = yield total
        if x is None: break
        total += x
    return total

gs = gen_send(); next(gs); gs.send(5); print(gs.send(10))

class Stack:
    def __init__(self): self._items = []
    def push(self, x): self._items.append(x); return self
    def __len__(self): return len(self._items)
    def __iter__(self): return reversed(self._items)
    def __bool__(self): return bool(self._items)
    def __getitem__(self, i): return self._items[i]
st = Stack().push(1).push(2).push(3)
print(len(st), list(st), st[-1], bool(Stack()), 2 in st)

def deco(tag):
    def wrap(f):
        def inner(*a, **k):
            print(f"[{tag}] {f.__name__}{a}{k}")
            return f(*a, **k)
        return inner
    return wrap

@deco("log")
def add(a, b=2, *, c=3):
    return a + b + c
print(add(1, c=10))
print(sys.argv[0][-5:] if False else "ok")
class Matrix:
    def __init__(self, rows): self.rows = rows
    def __matmul__(self, o):
        return Matrix([[sum(a*b for a, b in zip(r, c)) for c in zip(*o.rows)] for r in self.rows])
    def __eq__(self, o): return self.rows == o.rows
    def __repr__(self): return f"Matrix({self.rows})"
print(Matrix([[1,2],[3,4]]) @ Matrix([[5,6],[7,8]]))
x: Optional[int] = None
print(x or "default", [1,2,3][1:] , "a,b,,c".split(","), "  x ".strip())
nums = [5, 3, 8, 1]
nums.sort(key=lambda n: -n); print(nums, nums.index(3), nums.count(8))
print(f"{3.0}", f"{1e20}", f"{1/7:.3e}", f"{42:08.3f}", f"{'x':^7}|", f"{12345678:,}")
print(str(1e-5), 1e16, 123456789.0 * 10, float("inf"), -0.0, 0.1 + 0.2)
while True:
    try:
        raise ValueError("boom")
    except ValueError as e:
        print("caught", e)
        break
    finally:
        print("finally")
