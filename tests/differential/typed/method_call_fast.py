# Calls of method names that go through the runtime (send, next, get, pop, add...).
class Chan:
    def __init__(self):
        self.log = []

    def send(self, x, y=0):
        self.log.append((x, y))
        return len(self.log)

    def next(self):
        return "next"

    def get(self, a, b, c):
        return a + b + c

    @staticmethod
    def pop(x):
        return ("static", x)

    @classmethod
    def add(cls, x):
        return (cls.__name__, x)


c = Chan()
print(c.send(1), c.send(2, 3), c.next(), c.get(1, 2, 3), c.pop(4), c.add(5))
c.send = lambda x: ("instance", x)
print(c.send(7))
print(Chan.send(c, 8), c.log)


def gen():
    x = yield 1
    while True:
        x = yield x * 2


g = gen()
print(next(g), g.send(5), g.send(6))
d = {"a": 1}
print(d.get("a"), d.get("b"), d.pop("a"), d)
try:
    c.get(1)
except TypeError as e:
    print("TypeError", e)


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = 1


s = Slotted()
s.b = 2
s.a += 5
print(s.a, s.b)
try:
    s.c = 3
except AttributeError as e:
    print("AttributeError", e)


class Pair(tuple):
    def __iter__(self):
        return iter(("p", "q"))


a, b = Pair((1, 2))
print(a, b)
for x, y in [(1, 2), [3, 4], "ab", Pair((5, 6))]:
    print(x, y)
try:
    x, y = (1, 2, 3)
except ValueError as e:
    print("ValueError", e)
try:
    x, y = [1]
except ValueError as e:
    print("ValueError", e)
try:
    x, y = None
except TypeError as e:
    print("TypeError", e)
print(2.0 ** 0.5, 0.0 ** 0.5, float("inf") ** 0.5, 1e-300 ** 0.5, 3.0 ** 2, (-3.0) ** 2)
v = 1e200
w = 0.5
for base in (2.0, 1e154, 0.1, float("nan")):
    print(base ** w, base ** 2)
try:
    print(v ** 2)
except OverflowError as e:
    print("OverflowError", e)
