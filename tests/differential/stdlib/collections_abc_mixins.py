# collections.abc: ABCs as base classes with mixin methods, and abstract-method errors.
import collections.abc
from collections import abc as cabc

Mapping, MutableMapping = cabc.Mapping, cabc.MutableMapping
Sequence, MutableSequence = collections.abc.Sequence, collections.abc.MutableSequence
Set, MutableSet, Iterator = cabc.Set, cabc.MutableSet, cabc.Iterator
Sized, Container = cabc.Sized, cabc.Container

class Registry(Mapping):
    def __init__(self, **entries):
        self._data = dict(entries)
    def __getitem__(self, key):
        return self._data[key]
    def __iter__(self):
        return iter(self._data)
    def __len__(self):
        return len(self._data)

r = Registry(a=1, b=2)
print(r["a"], len(r), list(r), "a" in r, "z" in r, r.get("z"), r.get("z", 0), r.get("b"))
print(list(r.keys()), list(r.values()), list(r.items()), type(r.keys()).__name__)
print(r == {"a": 1, "b": 2}, r == Registry(a=1, b=2), r != {"a": 1}, dict(r))
print(("a", 1) in r.items(), ("a", 2) in r.items(), 2 in r.values(), sorted(r.keys() | {"c"}), r.keys() & {"a", "x"})

class LowerDict(MutableMapping):
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
    def __repr__(self):
        return f"LowerDict({self._d})"

ld = LowerDict()
ld["A"] = 1
ld.update({"B": 2}, C=3)
ld.update([("D", 4)])
print(ld, ld.setdefault("e", 5), ld.setdefault("A", 9), ld.pop("b"), ld.pop("zz", "dflt"))
print(ld.popitem(), ld)
try:
    ld.pop("missing")
except KeyError as e:
    print("KeyError", e)
ld.clear()
print(ld, len(ld))

class Countdown(Sequence):
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        if not 0 <= i < self.n:
            raise IndexError(i)
        return self.n - i
    def __len__(self):
        return self.n

cd = Countdown(5)
print(list(cd), list(reversed(cd)), 3 in cd, 9 in cd, cd.index(2), cd.count(4), cd[0])
try:
    cd.index(42)
except ValueError:
    print("ValueError from index")

class Stack(MutableSequence):
    def __init__(self):
        self._items = []
    def __getitem__(self, i):
        return self._items[i]
    def __setitem__(self, i, v):
        self._items[i] = v
    def __delitem__(self, i):
        del self._items[i]
    def __len__(self):
        return len(self._items)
    def insert(self, i, v):
        self._items.insert(i, v)

s = Stack()
s.append(1)
s.extend([2, 3, 4])
s += [5]
print(list(s), s.pop(), s.pop(0), list(s))
s.reverse()
s.remove(3)
print(list(s), len(s))
s.clear()
print(list(s))

class Bits(Set):
    def __init__(self, items=()):
        self._s = list(dict.fromkeys(items))
    def __contains__(self, x):
        return x in self._s
    def __iter__(self):
        return iter(self._s)
    def __len__(self):
        return len(self._s)
    def __repr__(self):
        return f"Bits({self._s})"

a, b = Bits([1, 2, 3]), Bits([2, 3, 4])
print(a & b, a | b, a - b, a ^ b, a <= b, Bits([2]) < a, a == Bits([3, 2, 1]), a.isdisjoint(Bits([9])))

class Tags(MutableSet):
    def __init__(self):
        self._s = []
    def __contains__(self, x):
        return x in self._s
    def __iter__(self):
        return iter(self._s)
    def __len__(self):
        return len(self._s)
    def add(self, x):
        if x not in self._s:
            self._s.append(x)
    def discard(self, x):
        if x in self._s:
            self._s.remove(x)

t = Tags()
t.add("x")
t |= ["y", "z"]
t -= ["x"]
print(list(t), len(t))
t.remove("y")
try:
    t.remove("nope")
except KeyError as e:
    print("KeyError", e)
print(list(t))

class Incomplete(Mapping):
    def __getitem__(self, k):
        return k
try:
    Incomplete()
except TypeError as e:
    print("TypeError:", e)
try:
    Sequence()
except TypeError as e:
    print("TypeError:", e)

class Evens(Iterator):
    def __init__(self):
        self.n = 0
    def __next__(self):
        self.n += 2
        if self.n > 6:
            raise StopIteration
        return self.n
print(list(Evens()), type(Evens()).__name__)
print(collections.abc.Mapping is Mapping, issubclass(Registry, Mapping), isinstance(r, Sized), isinstance(ld, Container))
