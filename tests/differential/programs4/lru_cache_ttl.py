from collections import OrderedDict
import functools


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

    def __repr__(self):
        items = ", ".join(f"{k!r}: {v!r}" for k, v in self.data.items())
        return f"LRUCache({self.capacity}, {{{items}}})"


cache = LRUCache(3)
for k in "abcab":
    cache.put(k, ord(k))
print(cache)
print(cache.get("a"), cache.get("z", -1))
cache.put("d", 100)
cache.put("e", 101)
print(cache, len(cache), "b" in cache)
print("hits", cache.hits, "misses", cache.misses)

calls = []


@functools.lru_cache(maxsize=4)
def slow_square(n):
    calls.append(n)
    return n * n


for n in [1, 2, 3, 1, 2, 5, 6, 7, 1]:
    slow_square(n)
print(calls)
info = slow_square.cache_info()
print(info)
print(info.hits, info.misses, info.maxsize, info.currsize)
slow_square.cache_clear()
print(slow_square.cache_info())


@functools.cache
def partitions(n, k):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return partitions(n - k, k) + partitions(n, k - 1)


print([partitions(n, n) for n in range(15)])
print(partitions(100, 100))

od = OrderedDict.fromkeys("hello")
print(od, list(od))
od.move_to_end("h", last=False)
od["z"] = 1
print(list(od.items())[:3], od == OrderedDict.fromkeys("helo z".replace(" ", "")))
try:
    LRUCache(0)
except ValueError as e:
    print(type(e).__name__, e)
