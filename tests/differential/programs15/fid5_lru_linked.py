"""An LRU cache class on a hand-written doubly linked list, with dunders and stats."""


class Node:
    __slots__ = ("key", "value", "prev", "next")

    def __init__(self, key=None, value=None):
        self.key, self.value = key, value
        self.prev = self.next = None

    def __repr__(self):
        return f"Node({self.key!r}: {self.value!r})"


class LRUCache:
    def __init__(self, capacity):
        if capacity <= 0:
            raise ValueError(f"capacity must be positive, not {capacity}")
        self.capacity = capacity
        self.map = {}
        self.head, self.tail = Node("<head>"), Node("<tail>")
        self.head.next, self.tail.prev = self.tail, self.head
        self.hits = self.misses = self.evictions = 0

    def _unlink(self, node):
        node.prev.next, node.next.prev = node.next, node.prev

    def _push_front(self, node):
        node.prev, node.next = self.head, self.head.next
        self.head.next.prev = node
        self.head.next = node

    def __getitem__(self, key):
        node = self.map.get(key)
        if node is None:
            self.misses += 1
            raise KeyError(key)
        self.hits += 1
        self._unlink(node)
        self._push_front(node)
        return node.value

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def __setitem__(self, key, value):
        node = self.map.get(key)
        if node is not None:
            node.value = value
            self._unlink(node)
            self._push_front(node)
            return
        if len(self.map) >= self.capacity:
            victim = self.tail.prev
            self._unlink(victim)
            del self.map[victim.key]
            self.evictions += 1
            print(f"    evict {victim}")
        node = Node(key, value)
        self.map[key] = node
        self._push_front(node)

    def __delitem__(self, key):
        self._unlink(self.map.pop(key))

    def __contains__(self, key):
        return key in self.map

    def __len__(self):
        return len(self.map)

    def __iter__(self):
        node = self.head.next
        while node is not self.tail:
            yield node.key
            node = node.next

    def __reversed__(self):
        node = self.tail.prev
        while node is not self.head:
            yield node.key
            node = node.prev

    def items(self):
        return [(k, self.map[k].value) for k in self]

    def __repr__(self):
        inner = ", ".join(f"{k!r}: {v!r}" for k, v in self.items())
        return f"LRUCache({self.capacity}, {{{inner}}})"

    def __eq__(self, other):
        if not isinstance(other, LRUCache):
            return NotImplemented
        return self.items() == other.items()

    @property
    def hit_rate(self):
        total = self.hits + self.misses
        return self.hits / total if total else 0.0


cache = LRUCache(3)
ops = [("set", "a", 1), ("set", "b", 2), ("get", "a"), ("set", "c", [3]), ("set", "d", 4.0),
       ("get", "b"), ("get", "c"), ("set", "a", "A"), ("set", (1, 2), None), ("get", "d"),
       ("del", "a"), ("get", "a"), ("set", "e", {"k": 1}), ("del", "zz")]
for op in ops:
    kind, key = op[0], op[1]
    try:
        if kind == "set":
            cache[key] = op[2]
            result = "ok"
        elif kind == "get":
            result = cache[key]
        else:
            del cache[key]
            result = "deleted"
    except KeyError as e:
        result = f"KeyError({e})"
    print(f"{kind:>3} {key!r:<8} -> {result!r:<14} {cache}")

print(list(cache), list(reversed(cache)), len(cache), "c" in cache, (1, 2) in cache)
print(f"hits={cache.hits} misses={cache.misses} evictions={cache.evictions} rate={cache.hit_rate:.3f}")
print(cache.get("nope", "dflt"), cache.get("c"), cache.hit_rate)
other = LRUCache(5)
for k, v in reversed(cache.items()):
    other[k] = v
print(other == cache, other != cache, cache == {}, other.items())
try:
    LRUCache(0)
except ValueError as e:
    print(e)
print(sorted(cache.map.values(), key=lambda n: str(n.key)))
