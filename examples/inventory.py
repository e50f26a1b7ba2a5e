"""A small inventory report: classes, dicts, comprehensions, f-strings and exceptions."""


class OutOfStock(Exception):
    def __init__(self, item, wanted, left):
        super().__init__(f"{item}: wanted {wanted}, only {left} left")
        self.item = item


class Item:
    def __init__(self, name, price, qty):
        self.name = name
        self.price = price
        self.qty = qty

    @property
    def value(self):
        return self.price * self.qty

    def __repr__(self):
        return f"Item({self.name!r}, {self.price}, {self.qty})"


class Inventory:
    def __init__(self):
        self.items = {}

    def add(self, name, price, qty=1):
        if name in self.items:
            self.items[name].qty += qty
        else:
            self.items[name] = Item(name, price, qty)

    def take(self, name, qty):
        item = self.items[name]
        if item.qty < qty:
            raise OutOfStock(name, qty, item.qty)
        item.qty -= qty
        return item.price * qty

    def report(self):
        width = max(len(n) for n in self.items)
        for item in sorted(self.items.values(), key=lambda i: -i.value):
            print(f"{item.name:<{width}}  {item.qty:>4}  {item.price:>8.2f}  {item.value:>10,.2f}")
        total = sum(i.value for i in self.items.values())
        print(f"{'total':<{width}}  {'':>4}  {'':>8}  {total:>10,.2f}")


inv = Inventory()
for name, price, qty in [("apple", 0.5, 120), ("pear", 0.75, 40), ("melon", 3.2, 8), ("fig", 0.3, 300)]:
    inv.add(name, price, qty)
inv.add("apple", 0.5, 30)

revenue = 0.0
for name, qty in [("apple", 100), ("melon", 10), ("fig", 250)]:
    try:
        revenue += inv.take(name, qty)
    except OutOfStock as e:
        print("cannot sell:", e)

inv.report()
print("revenue", round(revenue, 2), "from", len(inv.items), "products")
print(inv.items["melon"], 2**64 // 3, 10 / 4, 7 // -2, 0.1 + 0.2)
