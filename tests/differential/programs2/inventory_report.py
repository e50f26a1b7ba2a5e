from dataclasses import dataclass, field
from collections import defaultdict, Counter
from typing import List, Optional


@dataclass
class Item:
    sku: str
    name: str
    price: float
    qty: int = 0
    tags: List[str] = field(default_factory=list)

    @property
    def value(self) -> float:
        return self.price * self.qty


@dataclass(order=True)
class Warehouse:
    code: str
    items: List[Item] = field(default_factory=list, compare=False)

    def add(self, item: Item) -> None:
        self.items.append(item)

    def total(self) -> float:
        return sum(i.value for i in self.items)

    def find(self, sku: str) -> Optional[Item]:
        for i in self.items:
            if i.sku == sku:
                return i
        return None


w1 = Warehouse("B-2")
w2 = Warehouse("A-1")
w1.add(Item("x1", "Widget", 2.5, 10, ["metal"]))
w1.add(Item("x2", "Gadget", 12.75, 3, ["metal", "electric"]))
w2.add(Item("y1", "Doohickey", 0.99, 120))
w2.add(Item("y2", "Thingamajig", 100.0, 1, ["electric", "fragile"]))
w2.add(Item("y3", "Sprocket", 3.333, 7, ["metal"]))

print(w1.items[0])
print(repr(w2.find("y2")))
print(w2.find("zz"))
for w in sorted([w1, w2]):
    print(f"{w.code:<6}{len(w.items):>3} items  total={w.total():>10.2f}")

by_tag = defaultdict(list)
for w in (w1, w2):
    for it in w.items:
        for t in it.tags or ["untagged"]:
            by_tag[t].append(it.name)
for tag in sorted(by_tag):
    print(f"{tag:>10}: {', '.join(sorted(by_tag[tag]))}")

c = Counter(t for w in (w1, w2) for it in w.items for t in it.tags)
print(c.most_common(2))
print(c)
print(Item("a", "b", 1.0) == Item("a", "b", 1.0), Item("a", "b", 1.0) == Item("a", "b", 2.0))
print(w1 < w2, w1 == Warehouse("B-2"))
try:
    hash(w1)
except TypeError as e:
    print("TypeError:", e)
print(f"{'TOTAL':=^30}")
grand = sum(w.total() for w in (w1, w2))
print(f"{grand:,.3f} {grand:e} {grand:.1%}")
