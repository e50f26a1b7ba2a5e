"""collections.abc registration and isinstance, abc with abstract properties and their error texts."""
import abc
import collections.abc as cabc
from collections import OrderedDict, defaultdict, deque, Counter, ChainMap, UserDict, UserList


class Shape(abc.ABC):
    @property
    @abc.abstractmethod
    def area(self):
        ...

    @abc.abstractmethod
    def name(self):
        ...

    @classmethod
    @abc.abstractmethod
    def unit(cls):
        ...

    def describe(self):
        return f"{self.name()} with area {self.area:.2f} {self.unit()}"


class Square(Shape):
    def __init__(self, s):
        self.s = s

    @property
    def area(self):
        return self.s * self.s

    def name(self):
        return "square"

    @classmethod
    def unit(cls):
        return "m2"


class Half(Shape):
    def name(self):
        return "half"


for cls in (Shape, Half):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)

print(Square(3).describe())
print(sorted(Shape.__abstractmethods__), sorted(Half.__abstractmethods__), Square.__abstractmethods__)
print(getattr(Shape.area.fget, "__isabstractmethod__", False), Shape.area.__isabstractmethod__)
print(isinstance(Square(1), Shape), issubclass(Square, abc.ABC), type(Shape).__name__)


class Plugin(metaclass=abc.ABCMeta):
    @abc.abstractmethod
    def run(self):
        pass


class External:
    def run(self):
        return "external run"


Plugin.register(External)
print(isinstance(External(), Plugin), issubclass(External, Plugin), External.__mro__ == (External, object))
print(Plugin.register(int) is int, isinstance(3, Plugin))


class SizedThing:
    def __len__(self):
        return 4


class IterThing:
    def __iter__(self):
        return iter([1, 2])


class NoIter:
    __iter__ = None


print(isinstance(SizedThing(), cabc.Sized), isinstance(IterThing(), cabc.Iterable), isinstance(NoIter(), cabc.Iterable))
print(isinstance(SizedThing(), cabc.Collection), issubclass(IterThing, cabc.Iterator))

values = [
    [], (), {}, set(), frozenset(), "", b"", bytearray(), range(3), iter([]), (x for x in []),
    OrderedDict(), defaultdict(int), deque(), Counter(), ChainMap(), UserDict(), UserList(),
    {}.keys(), {}.values(), {}.items(), memoryview(b""), 1, 1.5, None, len,
]
abcs = [
    cabc.Iterable, cabc.Iterator, cabc.Generator, cabc.Sized, cabc.Container, cabc.Collection,
    cabc.Sequence, cabc.MutableSequence, cabc.Set, cabc.MutableSet, cabc.Mapping,
    cabc.MutableMapping, cabc.Hashable, cabc.Callable, cabc.Reversible, cabc.ByteString,
    cabc.KeysView, cabc.ValuesView, cabc.ItemsView, cabc.MappingView,
]
for v in values:
    row = "".join("1" if isinstance(v, a) else "." for a in abcs)
    print(f"{type(v).__name__:>20} {row}")


class Bag(cabc.MutableSet):
    def __init__(self, items=()):
        self._d = {}
        for i in items:
            self.add(i)

    def __contains__(self, x):
        return x in self._d

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)

    def add(self, x):
        self._d[x] = True

    def discard(self, x):
        self._d.pop(x, None)

    def __repr__(self):
        return f"Bag({list(self._d)})"


b = Bag([3, 1, 2])
print(b, b | {9}, b & {1, 2, 7}, b - {1}, b ^ {2, 5}, b <= {1, 2, 3, 4}, b.isdisjoint([8]))
b |= {4}
b -= {3}
print(b, len(b), b.pop(), b, 2 in b)
b.remove(2)
try:
    b.remove(99)
except KeyError as e:
    print("KeyError", e)


class Table(cabc.Mapping):
    def __init__(self, **kw):
        self._kw = kw

    def __getitem__(self, k):
        return self._kw[k]

    def __iter__(self):
        return iter(self._kw)

    def __len__(self):
        return len(self._kw)


t = Table(a=1, b=2)
print(list(t.items()), list(t.keys()), t.get("z", 0), "a" in t, t == {"a": 1, "b": 2}, dict(t))
print(repr(t.keys())[:20], isinstance(t.values(), cabc.ValuesView))


class Seq(cabc.Sequence):
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * 10

    def __len__(self):
        return 4


s = Seq()
print(list(s), list(reversed(s)), s.index(20), s.count(10), 30 in s)
try:
    s.index(99)
except ValueError as e:
    print("ValueError", e)
try:
    cabc.Sequence()
except TypeError as e:
    print(e)
