# Arity errors of direct calls, constructors, keyword-only parameters, and **/* misuse.
def outer():
    def inner(a, b=1):
        return a + b
    return inner
f = outer()
def pair(a, b=2):
    return a, b
class Shape:
    def __init__(self, w=1):
        self.w = w
    def area(self, scale):
        return scale
    @classmethod
    def make(cls, n):
        return cls()
    @staticmethod
    def helper(x, *, flag):
        return x
def kwonly(*, a, b, c=3):
    return a + b + c
calls = [
    lambda: pair(1, 2, 3),
    lambda: pair(*[1, 2], *[3]),
    lambda: pair(),
    lambda: f(),
    lambda: Shape(1, 2),
    lambda: Shape(w=1, h=2),
    lambda: (lambda: 0)(1),
    lambda: Shape.helper(1, 2),
    lambda: Shape.helper(1),
    lambda: kwonly(),
    lambda: kwonly(a=1),
    lambda: kwonly(1, a=1, b=2),
    lambda: sorted([3, 1], key=lambda a, b: a),
    lambda: f(*None),
    lambda: f(**None),
    lambda: f(1, **{"b": 2}, b=3),
    lambda: dict(**{"a": 1}, a=2),
]
for call in calls:
    try:
        print(call())
    except TypeError as e:
        print("TypeError", e)
print(f(1), f(1, 2), Shape().area(3), Shape.helper(4, flag=True), kwonly(a=1, b=2))
print(f.__qualname__, f.__defaults__, kwonly.__kwdefaults__, Shape.area.__defaults__)
