"""Inventory system: dataclasses, class hierarchy, reports."""

from dataclasses import dataclass, field, asdict, replace, astuple
from collections import defaultdict
from functools import total_ordering


class InventoryError(Exception):
    """Base error."""


class OutOfStock(InventoryError):
    def __init__(self, sku, wanted, have):
        self.sku, self.wanted, self.have = sku, wanted, have
        super().__init__(sku, wanted, have)

    def __str__(self):
        return f"{self.sku}: wanted {self.wanted}, only {self.have} left"


@total_ordering
@dataclass(frozen=True)
class Money:
    cents: int

    @classmethod
    def of(cls, text):
        whole, _, frac = text.partition(".")
        return cls(int(whole) * 100 + int((frac + "00")[:2]))

    def __add__(self, other):
        return Money(self.cents + other.cents)

    def __mul__(self, n):
        return Money(self.cents * n)

    __rmul__ = __mul__

    def __lt__(self, other):
        return self.cents < other.cents

    def __str__(self):
        sign = "-" if self.cents < 0 else ""
        c = abs(self.cents)
        return f"{sign}${c // 100:,}.{c % 100:02d}"


@dataclass(order=True)
class Item:
    sku: str
    name: str = field(compare=False)
    price: Money = field(compare=False, default=Money(0))
    qty: int = field(default=0, compare=False)
    tags: set = field(default_factory=set, compare=False, repr=False)

    def __post_init__(self):
        if self.qty < 0:
            raise ValueError(f"negative quantity for {self.sku}")
        self.sku = self.sku.upper()

    @property
    def value(self):
        return self.price * self.qty


class Inventory:
    def __init__(self):
        self._items = {}
        self.log = []

    def add(self, item):
        if item.sku in self._items:
            self._items[item.sku].qty += item.qty
        else:
            self._items[item.sku] = item
        self.log.append(("add", item.sku, item.qty))

    def remove(self, sku, n):
        item = self._items[sku]
        if item.qty < n:
            raise OutOfStock(sku, n, item.qty)
        item.qty -= n
        self.log.append(("remove", sku, n))
        return item.price * n

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(sorted(self._items.values()))

    def __contains__(self, sku):
        return sku.upper() in self._items

    def total(self):
        t = Money(0)
        for it in self:
            t = t + it.value
        return t

    def by_tag(self):
        out = defaultdict(list)
        for it in self:
            for tag in sorted(it.tags):
                out[tag].append(it.sku)
        return out


inv = Inventory()
inv.add(Item("w-100", "Widget", Money.of("2.50"), 40, {"metal", "small"}))
inv.add(Item("g-7", "Gadget", Money.of("19.99"), 3, {"electronic"}))
inv.add(Item("b-2", "Bolt", Money.of("0.1"), 1000, {"metal", "small", "bulk"}))
inv.add(Item("w-100", "Widget", Money.of("2.50"), 10))
inv.add(Item("s-9", "Spring", Money.of("1"), 0, {"metal"}))

try:
    inv.add(Item("x-1", "Broken", Money(5), -2))
except ValueError as e:
    print("rejected:", e)

print(len(inv), "W-100" in inv, "w-100" in inv, "zzz" in inv)
for it in inv:
    print(f"{it.sku:<6}|{it.name:^10}|{str(it.price):>8}|{it.qty:>5}|{str(it.value):>10}")
print("total:", inv.total())

sales = [("G-7", 2), ("W-100", 55), ("B-2", 999), ("G-7", 2), ("S-9", 1), ("W-100", 50)]
revenue = Money(0)
for sku, n in sales:
    try:
        got = inv.remove(sku, n)
        revenue = revenue + got
        print(f"sold {n} x {sku} for {got}")
    except OutOfStock as e:
        print("out of stock:", e, e.args)
    except KeyError as e:
        print("unknown sku", e)
print("revenue:", revenue, "left:", inv.total())

tags = inv.by_tag()
print(type(tags).__name__, dict(tags))
first = next(iter(inv))
print(first)
print(asdict(first))
print(astuple(replace(first, qty=7, name="Bolt v2")))
print(sorted([Money(5), Money(-3), Money(250)]), max(Money(1), Money(2)))
print(Money(5) <= Money(5), Money(5) > Money(4), Money(3) == Money(3), hash(Money(3)) == hash(Money(3)))
try:
    first.price.cents = 1
except Exception as e:
    print(type(e).__name__, e)
print(inv.log)
print(str(Money(-123456)), str(2 * Money(99)))
