"""Layered configuration with ChainMap, namedtuple, deque."""
from collections import ChainMap, namedtuple, deque

defaults = {"host": "localhost", "port": 8080, "debug": False, "workers": 2}
env = {"port": 9000, "debug": True}
cli = {"workers": 8}
config = ChainMap(cli, env, defaults)
print(config["host"], config["port"], config["debug"], config["workers"])
print(len(config), sorted(config), list(config.keys()))
print(config)
print(config.maps[1], config.parents)
config["host"] = "example.com"
print(cli, defaults["host"])
child = config.new_child({"port": 1})
print(child["port"], config["port"], child.parents["port"])
del child["port"]
print(child["port"])
try:
    del config["debug"]
except KeyError as e:
    print("KeyError:", e)
print(dict(config), "debug" in config, config.get("missing", "n/a"))

Point = namedtuple("Point", "x y")
Point3 = namedtuple("Point3", ["x", "y", "z"], defaults=[0])
p = Point(3, 4)
print(p, p.x, p[1], p._asdict(), p._replace(x=10), Point._fields, Point3(1, 2), Point3._field_defaults)
x, y = p
print(x + y, p == (3, 4), isinstance(p, tuple), len(p), p * 2, Point._make([5, 6]))
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    namedtuple("Bad", "a a")
except ValueError as e:
    print("ValueError:", e)
try:
    namedtuple("Bad", "a class")
except ValueError as e:
    print("ValueError:", e)
Renamed = namedtuple("Renamed", "a class _b a", rename=True)
print(Renamed._fields)


class Vec(namedtuple("Vec", "x y")):
    __slots__ = ()

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    @property
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5


print(Vec(1, 2) + Vec(3, 4), Vec(3, 4).norm, repr(Vec(0, 0)))

history = deque(maxlen=3)
for cmd in ["ls", "cd /", "pwd", "echo hi", "exit"]:
    history.append(cmd)
print(history, history.maxlen, list(history))
d = deque([1, 2, 3, 4, 5])
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.appendleft(0)
d.extendleft([-1, -2])
print(d, d.popleft(), d.pop(), d[0], d[-1], d.index(3), d.count(1))
d.remove(3)
d.insert(1, 99)
print(d, len(d), 99 in d, list(reversed(d)))
try:
    deque().pop()
except IndexError as e:
    print("IndexError:", e)
window = deque(maxlen=3)
avgs = []
for v in [10, 20, 30, 40, 50]:
    window.append(v)
    avgs.append(sum(window) / len(window))
print(avgs, deque("abc") == deque("abc"), deque([1]) + deque([2]), deque([1, 2]) * 2)
