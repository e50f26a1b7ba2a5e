# Recursive tree walkers at depths near the limit, and the RecursionError when they overflow.
import sys
print(sys.getrecursionlimit())

class Tree:
    def __init__(self, depth):
        self.child = Tree(depth - 1) if depth > 0 else None
        self.depth = depth
    def height(self):
        return 0 if self.child is None else 1 + self.child.height()
    def walk(self):
        yield self.depth
        if self.child is not None:
            yield from self.child.walk()

def build(depth):
    root = None
    for d in range(depth + 1):
        t = Tree.__new__(Tree)
        t.child, t.depth = root, d
        root = t
    return root

t = build(900)
print(t.height())
print(sum(1 for _ in build(400).walk()))

def count_down(n):
    return 0 if n == 0 else 1 + count_down(n - 1)
print(count_down(950))

def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print("RecursionError:", e)

class Loop:
    def __getattr__(self, name):
        return getattr(self, "x" + name)
try:
    Loop().y
except RecursionError as e:
    print("RecursionError:", type(e).__mro__[1].__name__)

class BadRepr:
    def __repr__(self):
        return repr(self)
try:
    repr(BadRepr())
except RecursionError as e:
    print("repr RecursionError")

def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print(ackermann(2, 3), ackermann(3, 3))

def gen_depth(n):
    if n:
        yield from gen_depth(n - 1)
    yield n
print(sum(gen_depth(300)))

def mutual_even(n):
    return True if n == 0 else mutual_odd(n - 1)
def mutual_odd(n):
    return False if n == 0 else mutual_even(n - 1)
print(mutual_even(800), mutual_odd(801))

def flatten(x):
    if isinstance(x, list):
        for y in x:
            yield from flatten(y)
    else:
        yield x
nested = 0
for i in range(200):
    nested = [i, nested]
print(sum(flatten(nested)))
sys.setrecursionlimit(5000)
print(sys.getrecursionlimit(), count_down(3000))
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print("ValueError:", e)
