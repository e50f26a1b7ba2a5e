"""An LRU cache and a case-insensitive dict via collections.abc, __missing__ and dict subclasses."""
from collections import OrderedDict, UserDict, UserList
from collections.abc import MutableMapping, Mapping, Sequence, Iterable, Hashable


class LRU(MutableMapping):
    def __init__(self, capacity):
        self.capacity = capacity
        self._d = OrderedDict()
        self.evicted = []

    def __getitem__(self, key):
        value = self._d[key]
        self._d.move_to_end(key)
        return value

    def __setitem__(self, key, value):
        if key in self._d:
            self._d.move_to_end(key)
        self._d[key] = value
        if len(self._d) > self.capacity:
            self.evicted.append(self._d.popitem(last=False))

    def __delitem__(self, key):
        del self._d[key]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)

    def __repr__(self):
        return f"LRU({self.capacity}, {dict(self._d)})"


cache = LRU(3)
for k in "abcab":
    cache[k] = ord(k)
cache["d"] = 100
_ = cache["a"]
cache["e"] = 101
print(cache, cache.evicted, len(cache), "b" in cache, list(cache.keys()), sorted(cache._d.items()))
print(cache.get("zz", "default"), cache.pop("a"), cache.setdefault("f", 0), cache)
cache.update({"g": 1, "h": 2})
print(cache, cache.evicted[-2:])
try:
    del cache["nope"]
except KeyError as e:
    print("KeyError:", e)
print(isinstance(cache, Mapping), isinstance({}, MutableMapping), isinstance([], Sequence), isinstance("s", Iterable), isinstance([], Hashable))


class CaseInsensitive(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)

    def __getitem__(self, k):
        return super().__getitem__(k.lower())

    def __contains__(self, k):
        return super().__contains__(k.lower())


h = CaseInsensitive()
h["Content-Type"] = "text/html"
h["ACCEPT"] = "*/*"
print(h, h["content-TYPE"], "accept" in h, len(h), isinstance(h, dict), dict.get(h, "accept"))


class Default(dict):
    def __missing__(self, key):
        return f"<{key}>"


d = Default(name="Ann")
print("Hello {name}, you owe {amount}".format_map(d), d["x"], d.get("x"), "x" in d)


class Histogram(UserDict):
    def add(self, k, n=1):
        self.data[k] = self.data.get(k, 0) + n
        return self

    def __str__(self):
        return "\n".join(f"{k:>6} {'*' * v}" for k, v in sorted(self.items()))


hist = Histogram()
for w in "a b a c b a".split():
    hist.add(w)
print(hist)
print(repr(hist), hist.data, len(hist), hist["a"], isinstance(hist, MutableMapping))


class Stack(UserList):
    def push(self, x):
        self.append(x)
        return self


s = Stack([1, 2]).push(3)
print(s, s[-1], s + [4], type(s + [4]).__name__, s[1:], type(s[1:]).__name__, len(s))


class FrozenView(Mapping):
    def __init__(self, data):
        self._data = dict(data)

    def __getitem__(self, k):
        return self._data[k]

    def __iter__(self):
        return iter(sorted(self._data))

    def __len__(self):
        return len(self._data)


fv = FrozenView({"b": 2, "a": 1})
print(list(fv), dict(fv), fv == {"a": 1, "b": 2}, fv.get("c", 3), "a" in fv, list(fv.values()))
try:
    fv["c"] = 3
except TypeError as e:
    print("TypeError:", e)
try:
    MutableMapping()
except TypeError as e:
    print("TypeError:", str(e)[:60])
