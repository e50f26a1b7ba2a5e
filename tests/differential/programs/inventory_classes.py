from dataclasses import dataclass, field, asdict, replace
from typing import List, Optional
from collections import defaultdict, Counter, OrderedDict, namedtuple
import functools


@dataclass(order=True)
class Item:
    sku: str
    name: str = field(compare=False)
    price: float = 0.0
    qty: int = 0
    tags: List[str] = field(default_factory=list, compare=False, repr=False)

    @property
    def total(self) -> float:
        return self.price * self.qty

    def __post_init__(self):
        if self.qty < 0:
            raise ValueError(f"negative quantity for {self.sku!r}: {self.qty}")


@dataclass(frozen=True)
class Point:
    x: int
    y: int

    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)


Pair = namedtuple("Pair", ["left", "right"])

items = [
    Item("A100", "widget", 2.5, 10, ["small"]),
    Item("B200", "gadget", 12.0, 3),
    Item("A050", "doohickey", 0.75, 100, ["small", "cheap"]),
    Item("C300", "gizmo", 99.99, 1),
]

print(items[0])
print(sorted(items)[0].sku, max(items).sku)
print(asdict(items[0]))
print(replace(items[1], qty=7))
print([i.total for i in items])
print(f"{sum(i.total for i in items):,.2f}")

p = Point(1, 2) + Point(3, 4)
print(p, hash(p) == hash(Point(4, 6)))
try:
    p.x = 10
except Exception as e:
    print(type(e).__name__, e)

pr = Pair(1, right=2)
print(pr, pr._asdict(), pr._replace(left=5), pr.left + pr.right)
l, r = pr
print(l, r, Pair._fields)

by_tag = defaultdict(list)
for it in items:
    for t in it.tags or ["untagged"]:
        by_tag[t].append(it.sku)
print(dict(by_tag))
print(sorted(by_tag.items(), key=lambda kv: (-len(kv[1]), kv[0])))

c = Counter("mississippi")
print(c.most_common(2), c["s"], c["z"])
c.update("sss")
print(c)
print(c - Counter("ss"), c & Counter("ip"), +c)
od = OrderedDict()
od["b"] = 1
od["a"] = 2
od.move_to_end("b")
print(od, list(od.keys()))
od.popitem(last=False)
print(od)


@functools.total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __repr__(self):
        return "Version(" + ".".join(map(str, self.parts)) + ")"


vs = [Version("1.10.0"), Version("1.2.3"), Version("1.2"), Version("0.9.9")]
print(sorted(vs))
print(Version("1.2") <= Version("1.2.0"), Version("2.0") >= Version("1.99"))


@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info())
print(functools.reduce(lambda a, b: a * b, range(1, 21)))
part = functools.partial(int, base=2)
print(part("101101"))

try:
    Item("X", "bad", 1.0, -5)
except ValueError as e:
    print("caught:", e)

Item("Z999", "broken", 1.0, -1)
