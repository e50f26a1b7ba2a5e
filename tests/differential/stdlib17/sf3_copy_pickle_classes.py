"""copy and pickle round trips of user classes: __reduce__, __reduce_ex__, __getstate__/__setstate__, __getnewargs__, __slots__, __copy__/__deepcopy__, copyreg."""
import copy
import copyreg
import pickle
from collections import OrderedDict, defaultdict, namedtuple, deque
from dataclasses import dataclass, field
from enum import Enum


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"

    def __eq__(self, o):
        return isinstance(o, Point) and (self.x, self.y) == (o.x, o.y)


class Conn:
    """Drops its live handle when pickled."""

    def __init__(self, host):
        self.host = host
        self.handle = object()
        self.opened = 1

    def __getstate__(self):
        state = self.__dict__.copy()
        del state["handle"]
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.handle = None
        self.opened += 100


class Money:
    __slots__ = ("amount", "currency")

    def __init__(self, amount, currency):
        self.amount = amount
        self.currency = currency

    def __reduce__(self):
        return (Money, (self.amount, self.currency))

    def __repr__(self):
        return f"Money({self.amount}, {self.currency!r})"


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = 1


class Vec(tuple):
    def __new__(cls, *xs):
        return super().__new__(cls, xs)

    def __getnewargs__(self):
        return tuple(self)


class Counted:
    instances = 0

    def __init__(self, v):
        self.v = v

    def __copy__(self):
        Counted.instances += 1
        return Counted(self.v)

    def __deepcopy__(self, memo):
        Counted.instances += 10
        return Counted(copy.deepcopy(self.v, memo))


class Color(Enum):
    RED = 1
    BLUE = 2


@dataclass
class Order:
    id: int
    items: list = field(default_factory=list)
    where: Point = None


Pair = namedtuple("Pair", "left right")


class Temp:
    def __init__(self, c):
        self.c = c


def reduce_temp(t):
    return (Temp, (t.c * 1.0,))


copyreg.pickle(Temp, reduce_temp)

objs = [
    Point(1, 2), Money(5, "EUR"), Vec(1, 2, 3), Color.BLUE, Order(7, ["a", "b"], Point(0, 0)), Pair(1, [2]),
    OrderedDict(a=1, b=2), defaultdict(list, {"k": [1]}), deque([1, 2], maxlen=3), {1, 2}, frozenset([3]),
    (1, (2, [3])), b"bytes", bytearray(b"ba"), 10 ** 30, -1.5, 3 + 4j, None, Ellipsis, range(2, 9, 3), slice(1, 5),
]
for proto in (0, 2, pickle.HIGHEST_PROTOCOL):
    rows = []
    for o in objs:
        back = pickle.loads(pickle.dumps(o, protocol=proto))
        rows.append(type(back).__name__ + ("=" if back == o else "~"))
    print(proto, " ".join(rows))

c = Conn("db.local")
c2 = pickle.loads(pickle.dumps(c))
print(c2.host, c2.handle, c2.opened, sorted(vars(c2)))
c3 = copy.copy(c)
c4 = copy.deepcopy(c)
print(c3.opened, c3.handle is None, c4.opened)
s = Slotted()
s2 = copy.copy(s)
print(s2.a, hasattr(s2, "b"), pickle.loads(pickle.dumps(s)).a)
t = pickle.loads(pickle.dumps(Temp(3)))
print(type(t).__name__, t.c, copy.copy(Temp(4)).c)
k = Counted([1, [2]])
k2, k3 = copy.copy(k), copy.deepcopy(k)
print(Counted.instances, k2.v is k.v, k3.v == k.v, k3.v is k.v)
nested = {"a": [1, 2, {"b": [3]}], "p": Point(1, 1)}
nested["self"] = nested
deep = copy.deepcopy(nested)
print(deep["self"] is deep, deep["a"][2] is not nested["a"][2], deep["p"] == nested["p"], deep["p"] is not nested["p"])
shallow = copy.copy(nested)
print(shallow["a"] is nested["a"], shallow is not nested)
lst = [Point(0, 0)] * 2
dl = copy.deepcopy(lst)
print(dl[0] is dl[1], dl[0] is not lst[0])
print(copy.replace if hasattr(copy, "replace") else "no copy.replace in 3.11")
data = pickle.dumps([Point(1, 2), Point(1, 2)], protocol=2)
print(len(data) > 10, pickle.loads(data), pickle.loads(pickle.dumps(Color)) is Color, pickle.loads(pickle.dumps(Point)) is Point)
for bad in [lambda: pickle.dumps(lambda: 0), lambda: pickle.loads(b"garbage")]:
    try:
        bad()
    except (pickle.PicklingError, pickle.UnpicklingError, AttributeError, TypeError) as e:
        print(type(e).__name__)
