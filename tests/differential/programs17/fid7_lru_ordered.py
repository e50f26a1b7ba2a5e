# An LRU cache class on OrderedDict with __len__/__contains__/__getitem__/__iter__/__repr__, eviction
# callbacks, stats, a memoizing decorator built on it, and comparison with functools.lru_cache.
from collections import OrderedDict
from functools import lru_cache, wraps


class LRU:
    def __init__(self, capacity, on_evict=None):
        if capacity <= 0:
            raise ValueError(f"capacity must be positive, got {capacity}")
        self.capacity = capacity
        self.data = OrderedDict()
        self.on_evict = on_evict
        self.hits = self.misses = 0

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
            if self.on_evict:
                self.on_evict(k, v)

    def __delitem__(self, key):
        del self.data[key]

    def __len__(self):
        return len(self.data)

    def __contains__(self, key):
        return key in self.data

    def __iter__(self):
        return reversed(self.data)

    def __repr__(self):
        inner = ", ".join(f"{k!r}: {v!r}" for k, v in reversed(self.data.items()))
        return f"LRU({self.capacity}, {{{inner}}})"

    def __bool__(self):
        return True

    def peek_oldest(self):
        return next(iter(self.data.items()), None)


evicted = []
c = LRU(3, on_evict=lambda k, v: evicted.append((k, v)))
for k in "abc":
    c[k] = k.upper()
print(c, len(c), "a" in c, "z" in c, list(c))
c.get("a")
c["d"] = "D"
print(c, evicted)
c["b"] = "B2"
c["e"] = "E"
print(c, evicted, c.peek_oldest())
try:
    c["zzz"]
except KeyError as e:
    print("KeyError", e)
del c["e"]
print(c, len(c), c.hits, c.misses, bool(LRU(1)), len(LRU(1)))
try:
    del c["nope"]
except KeyError as e:
    print("KeyError", e)
try:
    LRU(0)
except ValueError as e:
    print("ValueError", e)


def memo(capacity):
    def deco(fn):
        cache = LRU(capacity)

        @wraps(fn)
        def wrapper(*args):
            if args in cache:
                return cache[args]
            r = fn(*args)
            cache[args] = r
            return r

        wrapper.cache = cache
        return wrapper
    return deco


@memo(100)
def fib(n):
    """Fibonacci numbers."""
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(90), fib.__name__, fib.__doc__, len(fib.cache), fib.cache.hits, fib.cache.misses)


@lru_cache(maxsize=4)
def square(n):
    return n * n


for n in [1, 2, 3, 1, 4, 5, 1, 2, 6]:
    square(n)
print(square.cache_info())
square.cache_clear()
print(square.cache_info(), square(3), square.cache_info().hits)


@lru_cache(maxsize=None)
def ways(n, coins):
    if n == 0:
        return 1
    if n < 0 or not coins:
        return 0
    return ways(n - coins[0], coins) + ways(n, coins[1:])


print(ways(100, (1, 5, 10, 25, 50)), ways.cache_info().currsize > 0, ways.cache_info().maxsize)
od = OrderedDict.fromkeys("abcde", 0)
od.move_to_end("a")
od.move_to_end("e", last=False)
print(od, list(od), od.popitem(), od.popitem(last=False), od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1), repr(OrderedDict()))
try:
    od.move_to_end("zz")
except KeyError as e:
    print("KeyError", e)
sim = LRU(2)
trace = []
for key in [1, 2, 1, 3, 2, 1, 4, 4, 1]:
    hit = key in sim
    sim[key] = key * 10
    trace.append("H" if hit else "M")
print("".join(trace), sim, list(sim.data))
