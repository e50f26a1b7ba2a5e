"""abc: abstract classes, abstract properties, register, collections.abc checks."""
from abc import ABC, abstractmethod, ABCMeta
from collections.abc import Iterable, Iterator, Mapping, MutableMapping, Sequence, Sized, Callable, Hashable, Container
import math


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @property
    @abstractmethod
    def name(self):
        ...

    def describe(self):
        return f"{self.name} with area {self.area():.2f}"

    def __lt__(self, other):
        return self.area() < other.area()


class Circle(Shape):
    def __init__(self, r):
        self.r = r

    def area(self):
        return math.pi * self.r ** 2

    @property
    def name(self):
        return "circle"


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2

    name = "square"


class Half(Shape):
    def area(self):
        return 0


try:
    Shape()
except TypeError as e:
    print("TypeError:", e)
try:
    Half()
except TypeError as e:
    print("TypeError:", e)
shapes = [Circle(1), Square(3), Circle(0.5)]
for s in sorted(shapes):
    print(s.describe())
print(Shape.__abstractmethods__, Circle.__abstractmethods__, isinstance(Circle(1), Shape), type(Shape).__name__)


class Plugin(metaclass=ABCMeta):
    @abstractmethod
    def run(self):
        pass

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Plugin and any("run" in B.__dict__ for B in C.__mro__):
            return True
        return NotImplemented


class Duck:
    def run(self):
        return "quack"


print(issubclass(Duck, Plugin), isinstance(Duck(), Plugin), issubclass(int, Plugin))


class Serializer(ABC):
    pass


Serializer.register(dict)
print(issubclass(dict, Serializer), isinstance({}, Serializer), isinstance([], Serializer))


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


class Registry(MutableMapping):
    def __init__(self):
        self._d = {}

    def __getitem__(self, k):
        return self._d[k.lower()]

    def __setitem__(self, k, v):
        self._d[k.lower()] = v

    def __delitem__(self, k):
        del self._d[k.lower()]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


r = Registry()
r["Alpha"] = 1
r.update({"BETA": 2}, gamma=3)
print(dict(r), r.get("ALPHA"), "beta" in r, r.pop("Gamma"), r.setdefault("delta", 4), len(r), list(r.items()))
print(isinstance(r, Mapping), isinstance(r, dict), r == {"alpha": 1, "beta": 2, "delta": 4})
for obj in [[1], (1,), "s", {1: 2}, {1}, Countdown(2), iter([]), 5, len, None, r]:
    checks = [isinstance(obj, t) for t in (Iterable, Iterator, Sequence, Mapping, Sized, Callable, Hashable, Container)]
    print(f"{type(obj).__name__:14}", "".join("X" if c else "." for c in checks))
print(list(Countdown(3)), sum(Countdown(4)))


class BadSeq(Sequence):
    pass


try:
    BadSeq()
except TypeError as e:
    print("TypeError:", e)
