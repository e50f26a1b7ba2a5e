from collections import defaultdict, Counter, namedtuple
import math, random, itertools, functools
from dataclasses import dataclass, field

@dataclass
class Item:
    name: str
    price: float
    qty: int = 1
    tags: list = field(default_factory=list)

    @property
    def total(self):
        return self.price * self.qty

items = [Item("apple", 0.5, 10), Item("pear", 0.75, 4, ["fruit"]), Item("tv", 499.99)]
print(items)
print(sorted(items, key=lambda i: i.total, reverse=True)[0])
print(f"{sum(i.total for i in items):>12,.2f}")
groups = defaultdict(list)
for i in items:
    groups[len(i.name)].append(i.name)
print(dict(groups))
c = Counter("the quick brown fox jumps over the lazy dog".split())
print(c.most_common(3))
Point = namedtuple("Point", "x y")
p = Point(3, 4)
print(p, p._asdict(), math.hypot(*p))
random.seed(42)
print([random.randint(1, 6) for _ in range(5)], random.random())
print(list(itertools.accumulate([1, 2, 3, 4], lambda a, b: a * b)))
print(functools.reduce(lambda a, b: a + b, range(10)))
matrix = [[i * j for j in range(4)] for i in range(4)]
print(list(zip(*matrix)))
print({k: v for k, v in sorted(c.items())[:3]})
s = "Hello, World"
print(s[::-1], s.swapcase(), s.center(20, "*"), s.split(", "))
print("%5.2f|%-6s|%03d" % (3.14159, "ab", 7))
try:
    {}["missing"]
except KeyError as e:
    print("KeyError", e, repr(e))
x = 10 ** 20
print(x, x // 7, x % 7, -x // 3, float(x), 2 ** 0.5)
print(round(2.675, 2), round(0.5), round(1.5), round(-2.5), 1/3)
print(divmod(-7, 2), -7 % 3, 7.5 // 2)
print(int("0x1f", 16), hex(255), bin(-5), oct(8))
print(sorted({3, 1, 2}), frozenset([1, 2]), set())
print(list(map(str.upper, ["a", "b"])), any(x > 5 for x in [1, 9]))
print(max([], default="empty"), min("bca"), sum([0.1] * 10))
print(" ".join(f"{n:02x}" for n in [1, 255, 16]))
print(repr("it's"), repr('say "hi"'), ascii("héllo"))
for i, (a, b) in enumerate(zip("abc", [1, 2, 3]), start=1):
    print(i, a, b, end="; ")
print()
print(isinstance(True, int), type(3.0).__name__, type(items).__name__)
