# An LRU cache built on dict ordering, used to memoize an expensive function.
class LRUCache:
    def __init__(self, capacity):
        if capacity <= 0:
            raise ValueError("capacity must be positive")
        self.capacity = capacity
        self.data = {}
        self.hits = self.misses = self.evictions = 0
    def get(self, key, default=None):
        if key in self.data:
            value = self.data.pop(key)
            self.data[key] = value
            self.hits += 1
            return value
        self.misses += 1
        return default
    def put(self, key, value):
        if key in self.data:
            self.data.pop(key)
        elif len(self.data) >= self.capacity:
            oldest = next(iter(self.data))
            del self.data[oldest]
            self.evictions += 1
        self.data[key] = value
    def __contains__(self, key):
        return key in self.data
    def __len__(self):
        return len(self.data)
    def __repr__(self):
        return f"LRUCache({list(self.data.items())})"
c = LRUCache(3)
for k, v in [("a", 1), ("b", 2), ("c", 3)]:
    c.put(k, v)
print(c, c.get("a"), c)
c.put("d", 4)
print(c, "b" in c, c.get("b", "evicted"))
c.put("c", 30)
c.put("e", 5)
print(c, len(c), c.hits, c.misses, c.evictions)
def lru_memo(capacity):
    def deco(fn):
        cache = LRUCache(capacity)
        def wrapper(*args):
            sentinel = object()
            result = cache.get(args, sentinel)
            if result is sentinel:
                result = fn(*args)
                cache.put(args, result)
            return result
        wrapper.cache = cache
        return wrapper
    return deco
@lru_memo(100)
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)
print(paths(16, 16), paths.cache.hits, paths.cache.misses, paths.cache.evictions, len(paths.cache))
@lru_memo(2)
def slow_square(n):
    print("  computing", n)
    return n * n
for n in [1, 2, 1, 3, 2, 1, 1]:
    print(n, slow_square(n))
print(slow_square.cache)
try:
    LRUCache(0)
except ValueError as e:
    print("ValueError", e)
