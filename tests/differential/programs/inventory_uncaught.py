# Inventory restock script that ends with an uncaught custom exception (traceback on stderr).
from dataclasses import dataclass, field


class StockError(Exception):
    pass


class OutOfStock(StockError):
    def __init__(self, sku, wanted, have):
        super().__init__(f"{sku}: wanted {wanted}, only {have} left")
        self.sku = sku


@dataclass
class Item:
    sku: str
    name: str
    qty: int
    price: float
    tags: set = field(default_factory=set)

    def value(self):
        return self.qty * self.price


class Inventory:
    def __init__(self):
        self._items = {}

    def add(self, item):
        if item.sku in self._items:
            self._items[item.sku].qty += item.qty
        else:
            self._items[item.sku] = item

    def take(self, sku, n):
        item = self._items.get(sku)
        if item is None:
            raise KeyError(sku)
        if item.qty < n:
            raise OutOfStock(sku, n, item.qty)
        item.qty -= n
        return item.price * n

    def __iter__(self):
        return iter(sorted(self._items.values(), key=lambda i: (-i.value(), i.sku)))

    def __len__(self):
        return len(self._items)

    def __contains__(self, sku):
        return sku in self._items


inv = Inventory()
for sku, name, qty, price in [("A1", "bolt", 500, 0.05), ("B2", "nut", 800, 0.03), ("C3", "gear", 12, 4.5),
                              ("A1", "bolt", 100, 0.05), ("D4", "spring", 0, 1.25)]:
    inv.add(Item(sku, name, qty, price))
print(len(inv), "B2" in inv, "Z9" in inv)
for it in inv:
    print(f"{it.sku} {it.name:<8}{it.qty:>5} x {it.price:>5.2f} = {it.value():>7.2f}")
orders = [("A1", 50), ("C3", 5), ("Z9", 1), ("D4", 2), ("C3", 5)]
revenue = 0.0
for sku, n in orders:
    try:
        revenue += inv.take(sku, n)
    except OutOfStock as e:
        print("out of stock:", e, "| sku =", e.sku)
    except KeyError as e:
        print("no such item:", e)
    else:
        print(f"sold {n} of {sku}")
    finally:
        pass
print(f"revenue: {revenue:.2f}")
print("restocking...")
inv.take("C3", 10)
print("unreachable")
