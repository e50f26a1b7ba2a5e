"""Inventory report: dataclasses, sorting with keys, f-string tables."""
from dataclasses import dataclass, field
from typing import List, Dict, Optional


@dataclass(order=True)
class Item:
    sku: str
    name: str = field(compare=False)
    qty: int = field(default=0, compare=False)
    price: float = field(default=0.0, compare=False)
    tags: List[str] = field(default_factory=list, compare=False)

    @property
    def value(self) -> float:
        return self.qty * self.price

    def restock(self, n: int) -> None:
        if n <= 0:
            raise ValueError(f"restock amount must be positive, got {n}")
        self.qty += n


class Inventory:
    def __init__(self, name: str):
        self.name = name
        self._items: Dict[str, Item] = {}

    def add(self, item: Item) -> "Inventory":
        if item.sku in self._items:
            raise KeyError(item.sku)
        self._items[item.sku] = item
        return self

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(sorted(self._items.values()))

    def __contains__(self, sku):
        return sku in self._items

    def find(self, sku: str) -> Optional[Item]:
        return self._items.get(sku)

    def total_value(self) -> float:
        return sum(i.value for i in self._items.values())

    def low_stock(self, threshold=5):
        return [i for i in self if i.qty < threshold]


inv = Inventory("Main warehouse")
inv.add(Item("B-200", "Bolt M6", 120, 0.15, ["hardware"]))
inv.add(Item("A-100", "Anchor", 3, 12.5, ["hardware", "heavy"]))
inv.add(Item("C-310", "Cable 2m", 0, 4.99))
inv.add(Item("D-007", "Drill bit set", 7, 23.0, ["tools"]))
inv.add(Item("E-555", "Epoxy", 14, 8.75, ["chemicals"]))

print(f"{inv.name} ({len(inv)} items)")
print(f"{'SKU':<8}{'Name':<16}{'Qty':>5}{'Price':>9}{'Value':>10}")
print("-" * 48)
for it in inv:
    print(f"{it.sku:<8}{it.name:<16}{it.qty:>5}{it.price:>9.2f}{it.value:>10.2f}")
print("-" * 48)
print(f"{'Total':<29}{inv.total_value():>19,.2f}")
print()

print("Low stock:", [i.sku for i in inv.low_stock()])
print("By value desc:", [(i.sku, round(i.value, 2)) for i in sorted(inv, key=lambda i: i.value, reverse=True)])
print("By name len then name:", [i.name for i in sorted(inv, key=lambda i: (len(i.name), i.name))])

try:
    inv.add(Item("A-100", "Duplicate"))
except KeyError as e:
    print("duplicate:", e, repr(e))

try:
    inv.find("C-310").restock(-2)
except ValueError as e:
    print("error:", e)

inv.find("C-310").restock(25)
print(inv.find("C-310"))
print("X-1" in inv, "D-007" in inv)
print(Item("Z", "z") < Item("a", "a"), Item("Q", "x", 1) == Item("Q", "y", 2))

tag_index: Dict[str, List[str]] = {}
for it in inv:
    for t in it.tags or ["untagged"]:
        tag_index.setdefault(t, []).append(it.sku)
for tag in sorted(tag_index):
    print(f"  {tag:>10}: {', '.join(tag_index[tag])}")
print(tag_index)
