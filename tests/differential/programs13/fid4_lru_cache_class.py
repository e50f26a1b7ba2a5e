# An LRU cache with OrderedDict, stats, __repr__, __contains__/__len__/__delitem__, and eviction callbacks.
from collections import OrderedDict

class LRU:
    def __init__(self, capacity, on_evict=None):
        if capacity <= 0:
            raise ValueError(f"capacity must be positive, got {capacity!r}")
        self.capacity = capacity
        self.data = OrderedDict()
        self.hits = self.misses = 0
        self.on_evict = on_evict or (lambda k, v: None)
    def get(self, key, default=None):
        if key in self.data:
            self.hits += 1
            self.data.move_to_end(key)
            return self.data[key]
        self.misses += 1
        return default
    def __getitem__(self, key):
        sentinel = object()
        v = self.get(key, sentinel)
        if v is sentinel:
            raise KeyError(key)
        return v
    def __setitem__(self, key, value):
        if key in self.data:
            self.data.move_to_end(key)
        self.data[key] = value
        while len(self.data) > self.capacity:
            k, v = self.data.popitem(last=False)
            self.on_evict(k, v)
    def __delitem__(self, key):
        del self.data[key]
    def __contains__(self, key):
        return key in self.data
    def __len__(self):
        return len(self.data)
    def __iter__(self):
        return iter(reversed(self.data))
    def __repr__(self):
        items = ", ".join(f"{k!r}: {v!r}" for k, v in self.data.items())
        return f"LRU({self.capacity}, {{{items}}}, hits={self.hits}, misses={self.misses})"

evicted = []
c = LRU(3, on_evict=lambda k, v: evicted.append((k, v)))
for k in "abcab":
    c[k] = ord(k)
c["d"] = 100
print(c, evicted)
print(c.get("a"), c.get("zz", "none"), c["b"], list(c), len(c), "c" in c, "a" in c)
try:
    c["missing"]
except KeyError as e:
    print("KeyError:", e, repr(e))
del c["d"]
try:
    del c["d"]
except KeyError as e:
    print("KeyError:", e)
c[(1, 2)] = [3]
c[None] = "none-key"
c[2.5] = {"x": 1}
print(c, evicted[-2:])
for bad in [0, -1]:
    try:
        LRU(bad)
    except ValueError as e:
        print("ValueError:", e)
def fib_cached():
    cache = LRU(50)
    def fib(n):
        if n < 2:
            return n
        v = cache.get(n)
        if v is None:
            v = fib(n - 1) + fib(n - 2)
            cache[n] = v
        return v
    return fib, cache
fib, cache = fib_cached()
print(fib(80), cache.hits, cache.misses, len(cache))
od = OrderedDict(a=1, b=2, c=3)
od.move_to_end("a", last=False)
od.move_to_end("b")
print(od, list(od.keys()), od.popitem(), od == OrderedDict(a=1, c=3), od == {"c": 3, "a": 1}, OrderedDict(a=1, c=3) == OrderedDict(c=3, a=1))
try:
    od.move_to_end("zz")
except KeyError as e:
    print("KeyError:", e)
print(repr(OrderedDict()), OrderedDict([(1, 2)]) | {3: 4}, list(reversed(od)), od.copy() is not od)
