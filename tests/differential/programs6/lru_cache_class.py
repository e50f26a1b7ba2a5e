from collections import OrderedDict
from functools import lru_cache, wraps, cache, partial, reduce
import time


class LRUCache:
    def __init__(self, capacity):
        if capacity <= 0:
            raise ValueError("capacity must be positive")
        self.capacity = capacity
        self.data = OrderedDict()
        self.hits = self.misses = 0

    def get(self, key, default=None):
        if key in self.data:
            self.data.move_to_end(key)
            self.hits += 1
            return self.data[key]
        self.misses += 1
        return default

    def put(self, key, value):
        if key in self.data:
            self.data.move_to_end(key)
        self.data[key] = value
        while len(self.data) > self.capacity:
            old, _ = self.data.popitem(last=False)
            print(f"  evict {old!r}")

    def __contains__(self, key):
        return key in self.data

    def __len__(self):
        return len(self.data)

    def __iter__(self):
        return iter(self.data)

    def __repr__(self):
        items = ", ".join(f"{k!r}: {v!r}" for k, v in self.data.items())
        return f"LRUCache({self.capacity}, {{{items}}})"


c = LRUCache(3)
for k in "abcab":
    c.put(k, ord(k))
print(c)
c.get("a")
c.put("d", 100)
c.put("e", 101)
print(c, len(c), "b" in c, list(c), c.get("zz", -1), c.hits, c.misses)
try:
    LRUCache(0)
except ValueError as e:
    print("ValueError:", e)


def memoize(maxsize=2):
    def deco(fn):
        store = LRUCache(maxsize)

        @wraps(fn)
        def wrapper(*args):
            if args in store:
                return store.get(args)
            result = fn(*args)
            store.put(args, result)
            return result
        wrapper.cache = store
        return wrapper
    return deco


@memoize(maxsize=4)
def slow_square(n):
    """Square n slowly."""
    print(f"  computing {n}")
    return n * n


print([slow_square(n) for n in [1, 2, 1, 3, 4, 5, 1]])
print(slow_square.__name__, slow_square.__doc__, slow_square.__wrapped__(9), slow_square.cache)


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(90), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())


@lru_cache(maxsize=2)
def tag(x, *, upper=False):
    return x.upper() if upper else x


print(tag("a"), tag("a", upper=True), tag("b"), tag("a"), tag.cache_info())


@cache
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)


print(paths(16, 16), paths.cache_info().currsize)
p = partial(pow, 2)
print(p(10), p.func is pow, p.args, partial(int, base=2)("1011"), partial(max, key=len)(["aa", "b", "ccc"]))
print(reduce(lambda a, b: a * b, range(1, 11)), reduce(lambda a, b: a + b, [], "start"))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print("TypeError:", e)
t0 = time.perf_counter()
print(fib(300) % 1000007, time.perf_counter() >= t0)
