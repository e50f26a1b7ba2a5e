from dataclasses import dataclass, field, asdict, replace, astuple, fields
from typing import Optional
from collections import defaultdict


@dataclass(order=True)
class Item:
    sort_key: tuple = field(init=False, repr=False)
    sku: str
    name: str
    price: float
    qty: int = 0
    tags: list = field(default_factory=list)

    def __post_init__(self):
        if self.price < 0:
            raise ValueError(f"negative price for {self.sku!r}")
        self.sort_key = (-self.qty, self.sku)

    @property
    def value(self) -> float:
        return round(self.price * self.qty, 2)


@dataclass(frozen=True)
class Location:
    aisle: str
    shelf: int

    def __str__(self):
        return f"{self.aisle}-{self.shelf:02d}"


@dataclass
class Warehouse:
    name: str
    stock: dict = field(default_factory=dict)
    where: dict = field(default_factory=dict)
    log: list = field(default_factory=list, repr=False)

    def receive(self, item: Item, loc: Location) -> None:
        if item.sku in self.stock:
            old = self.stock[item.sku]
            self.stock[item.sku] = replace(old, qty=old.qty + item.qty)
            self.log.append(("restock", item.sku, item.qty))
        else:
            self.stock[item.sku] = item
            self.log.append(("new", item.sku, item.qty))
        self.where[item.sku] = loc

    def ship(self, sku: str, n: int) -> Optional[Item]:
        it = self.stock.get(sku)
        if it is None or it.qty < n:
            self.log.append(("short", sku, n))
            return None
        self.stock[sku] = replace(it, qty=it.qty - n)
        self.log.append(("ship", sku, n))
        return self.stock[sku]


wh = Warehouse("Central")
wh.receive(Item("A100", "bolt", 0.25, 400, ["metal"]), Location("A", 1))
wh.receive(Item("B200", "nut", 0.1, 1000, ["metal", "small"]), Location("A", 2))
wh.receive(Item("C300", "hammer", 12.5, 12), Location("C", 11))
wh.receive(Item("A100", "bolt", 0.25, 100), Location("A", 3))
wh.receive(Item("D400", "saw", 22.0, 5, ["blade"]), Location("D", 4))
print(wh)
print(wh.ship("C300", 2))
print(wh.ship("D400", 9))
print(wh.ship("Z999", 1))

for it in sorted(wh.stock.values()):
    print(f"{it.sku:<6}{it.name:>8} qty={it.qty:>5} value={it.value:>9,.2f} at {wh.where[it.sku]}")

print(asdict(wh.stock["B200"]))
print(astuple(wh.stock["D400"]))
print([f.name for f in fields(Item)])
print([(f.name, f.init, f.repr) for f in fields(Item) if not f.init or not f.repr])

loc = Location("A", 1)
try:
    loc.shelf = 3
except Exception as e:
    print(type(e).__name__, e)
print(loc == Location("A", 1), hash(loc) == hash(Location("A", 1)))
print(sorted({Location("B", 2), Location("A", 9), Location("A", 1)}, key=str))

try:
    Item("X", "bad", -1.0)
except ValueError as e:
    print("error:", e)

by_tag = defaultdict(list)
for it in wh.stock.values():
    for t in it.tags or ["untagged"]:
        by_tag[t].append(it.sku)
for t in sorted(by_tag):
    print(t, by_tag[t])

print(wh.log)
total = sum(it.value for it in wh.stock.values())
print(f"total inventory value: {total:,.2f}")
print(Item("Q1", "a", 1.0, 3) < Item("Q0", "b", 1.0, 3), Item("Q1", "a", 1.0, 5) < Item("Q0", "b", 1.0, 3))
