print("_pkg.mod: running, __name__ =", __name__)
from ._util import clamp
def square(x):
    return x * x
def f(x):
    return f"mod.f({x}) -> {clamp(square(x), 0, 50)}"
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
