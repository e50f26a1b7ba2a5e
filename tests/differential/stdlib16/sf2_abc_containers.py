"""collections.abc mixins for custom containers: a sorted list, a case-insensitive dict, a bitset; registering and isinstance."""
from collections.abc import (Sequence, MutableSequence, Mapping, MutableMapping, Set, MutableSet, Iterable, Iterator,
                             Sized, Container, Hashable, Callable, Reversible, Collection, Generator, KeysView)
import bisect
import itertools

class SortedList(Sequence):
    def __init__(self, items=()):
        self._d = sorted(items)
    def __getitem__(self, i):
        return self._d[i]
    def __len__(self):
        return len(self._d)
    def add(self, x):
        bisect.insort(self._d, x)
    def __repr__(self):
        return f"SortedList({self._d})"
s = SortedList([5, 1, 4, 1])
s.add(3)
print(s, len(s), s[0], s[-1], s[1:3], 4 in s, 9 in s, list(reversed(s)), s.index(4), s.count(1), isinstance(s, Reversible))
try:
    s.index(99)
except ValueError as e:
    print("ValueError:", e)

class CIDict(MutableMapping):
    def __init__(self, *args, **kw):
        self._d = {}
        self.update(*args, **kw)
    def __getitem__(self, k):
        return self._d[k.lower()][1]
    def __setitem__(self, k, v):
        self._d[k.lower()] = (k, v)
    def __delitem__(self, k):
        del self._d[k.lower()]
    def __iter__(self):
        return (orig for orig, _ in self._d.values())
    def __len__(self):
        return len(self._d)
    def __repr__(self):
        return f"CIDict({dict(self.items())})"
h = CIDict({"Content-Type": "text/html"}, Accept="*/*")
h["content-type"] = "application/json"
print(h, h["CONTENT-TYPE"], "accept" in h, h.get("x", "none"), len(h), list(h.keys()), h.setdefault("X-Id", "7"), h.pop("accept"))
print(sorted(h.items()), h == {"content-type": "application/json", "X-Id": "7"}, h.popitem(), isinstance(h.keys(), KeysView))
try:
    h["missing"]
except KeyError as e:
    print("KeyError:", e)
h.clear()
print(h, len(h))

class BitSet(MutableSet):
    def __init__(self, it=()):
        self.bits = 0
        for x in it:
            self.add(x)
    def __contains__(self, x):
        return bool(self.bits >> x & 1)
    def __iter__(self):
        return (i for i in range(self.bits.bit_length()) if self.bits >> i & 1)
    def __len__(self):
        return bin(self.bits).count("1")
    def add(self, x):
        self.bits |= 1 << x
    def discard(self, x):
        self.bits &= ~(1 << x)
    def __repr__(self):
        return f"BitSet({list(self)})"
a, b = BitSet([1, 3, 5, 7]), BitSet([3, 4, 5])
print(a | b, a & b, a - b, a ^ b, a <= BitSet(range(10)), a.isdisjoint(BitSet([0, 2])), len(a), a == BitSet([7, 5, 3, 1]))
a |= BitSet([9])
a -= BitSet([1])
print(a, a.pop(), a, BitSet([2]) < BitSet([2, 3]))
a.remove(7)
try:
    a.remove(100)
except KeyError as e:
    print("KeyError:", e)

class Countdown(Iterator):
    def __init__(self, n):
        self.n = n
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(4)), iter(Countdown(1)).__class__.__name__, list(itertools.islice(Countdown(100), 3)))
for obj in [[], (), "s", {}, set(), frozenset(), range(3), iter([]), (x for x in []), len, 5, SortedList(), CIDict(), BitSet()]:
    print(type(obj).__name__, [abc.__name__ for abc in (Iterable, Iterator, Sized, Container, Hashable, Callable, Sequence,
                                                         MutableSequence, Mapping, MutableMapping, Set, MutableSet, Collection, Generator)
                               if isinstance(obj, abc)])
class Legacy:
    def __len__(self):
        return 0
    def __iter__(self):
        return iter(())
    def __contains__(self, x):
        return False
print(isinstance(Legacy(), Sized), isinstance(Legacy(), Collection), isinstance(Legacy(), Sequence), issubclass(Legacy, Iterable))
Sequence.register(Legacy)
print(isinstance(Legacy(), Sequence), issubclass(list, MutableSequence), issubclass(tuple, MutableSequence), issubclass(bytes, Sequence))
try:
    class Incomplete(Mapping):
        def __getitem__(self, k):
            return 1
    Incomplete()
except TypeError as e:
    print("TypeError:", e)
