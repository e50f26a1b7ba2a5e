import pickle
from collections import OrderedDict, namedtuple, defaultdict, Counter, deque


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"

    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)


class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance
        self.log = ["opened"]
        self._cache = {"expensive": True}

    def __getstate__(self):
        state = self.__dict__.copy()
        del state["_cache"]
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self._cache = {}


class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius

    def __reduce__(self):
        return (Temperature, (self.celsius,))

    def __repr__(self):
        return f"Temperature({self.celsius})"


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self, a, b):
        self.a = a
        self.b = b


class Tree:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)

    def total(self):
        return self.value + sum(c.total() for c in self.children)


Pair = namedtuple("Pair", "left right")

p = Point(1, 2.5)
data = pickle.dumps(p)
print(len(data), data)
q = pickle.loads(data)
print(q, q == p, q is p, type(q).__name__)

a = Account("ann", 100)
b = pickle.loads(pickle.dumps(a))
print(b.owner, b.balance, b.log, b._cache, sorted(vars(b)))
print(len(pickle.dumps(a)))

t = pickle.loads(pickle.dumps([Temperature(21.5), Temperature(-3)]))
print(t, len(pickle.dumps(Temperature(1))))

s = pickle.loads(pickle.dumps(Slotted(1, [2])))
print(s.a, s.b, type(s).__name__)

tree = Tree(1, [Tree(2, [Tree(4)]), Tree(3)])
t2 = pickle.loads(pickle.dumps(tree))
print(t2.total(), t2.children[0].children[0].value, len(pickle.dumps(tree)))

pr = Pair(Point(0, 0), "r")
pr2 = pickle.loads(pickle.dumps(pr))
print(pr2, type(pr2).__name__, pr2.left)

for proto in (2, 3, 4, 5):
    d = pickle.dumps(Point(3, 4), protocol=proto)
    print(proto, len(d), pickle.loads(d))

od = OrderedDict([("z", 1), ("a", 2)])
print(pickle.loads(pickle.dumps(od)))
dd = defaultdict(list, {"k": [1]})
dd2 = pickle.loads(pickle.dumps(dd))
dd2["new"].append(5)
print(dict(dd2), dd2.default_factory)
print(pickle.loads(pickle.dumps(Counter("abracadabra"))).most_common(2))
print(pickle.loads(pickle.dumps(deque([1, 2, 3], maxlen=5))))

import io
buf = io.BytesIO()
pickle.dump({"points": [Point(i, i * i) for i in range(3)]}, buf)
buf.seek(0)
print(pickle.load(buf))

shared = Point(9, 9)
lst = pickle.loads(pickle.dumps([shared, shared]))
print(lst[0] is lst[1])
for v in (deque([1, 2, 3], maxlen=5), deque("ab"), OrderedDict(a=1, b=[2]), defaultdict(int, x=1), defaultdict(None, y=2), Counter("hello")):
    d = pickle.dumps(v)
    print(len(d), d, pickle.loads(d) == v, type(pickle.loads(d)).__name__)
