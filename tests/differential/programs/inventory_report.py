# Inventory management: classes with properties, sorting, grouping and a restock plan.
class Item:
    def __init__(self, sku, name, category, qty, cost, reorder_at=5):
        self.sku, self.name, self.category = sku, name, category
        self.qty, self.cost, self.reorder_at = qty, cost, reorder_at
    @property
    def value(self):
        return self.qty * self.cost
    @property
    def needs_reorder(self):
        return self.qty <= self.reorder_at
    def __repr__(self):
        return f"<{self.sku} {self.name} x{self.qty}>"
class Inventory:
    def __init__(self):
        self.items = {}
    def add(self, item):
        if item.sku in self.items:
            raise KeyError(f"duplicate sku {item.sku}")
        self.items[item.sku] = item
    def adjust(self, sku, delta):
        item = self.items[sku]
        if item.qty + delta < 0:
            raise ValueError(f"{sku}: only {item.qty} in stock, cannot remove {-delta}")
        item.qty += delta
        return item.qty
    def by_category(self):
        groups = {}
        for item in self.items.values():
            groups.setdefault(item.category, []).append(item)
        return {k: sorted(v, key=lambda i: i.name) for k, v in sorted(groups.items())}
    def restock_plan(self, budget):
        plan, spent = [], 0.0
        for item in sorted((i for i in self.items.values() if i.needs_reorder), key=lambda i: (i.qty, i.cost)):
            want = item.reorder_at * 2 - item.qty
            affordable = min(want, int((budget - spent) // item.cost))
            if affordable > 0:
                plan.append((item.sku, affordable, round(affordable * item.cost, 2)))
                spent += affordable * item.cost
        return plan, round(spent, 2)
inv = Inventory()
for args in [("A-1", "bolt", "hardware", 120, 0.05, 50), ("A-2", "nut", "hardware", 30, 0.03, 50),
             ("B-1", "hammer", "tools", 4, 12.5), ("B-2", "wrench", "tools", 9, 8.0), ("C-1", "glue", "supplies", 2, 3.2),
             ("C-2", "tape", "supplies", 0, 1.99, 10)]:
    inv.add(Item(*args))
try:
    inv.add(Item("A-1", "dup", "x", 1, 1))
except KeyError as e:
    print("KeyError", e)
print(inv.adjust("A-1", -20), inv.adjust("C-1", 5))
for sku, delta in [("B-1", -10), ("Z-9", 1)]:
    try:
        inv.adjust(sku, delta)
    except (ValueError, KeyError) as e:
        print(type(e).__name__, e)
for cat, items in inv.by_category().items():
    total = sum(i.value for i in items)
    print(f"{cat:<10} {len(items)} items, value {total:8.2f}: {items}")
low = [i.sku for i in inv.items.values() if i.needs_reorder]
print("reorder:", low)
plan, spent = inv.restock_plan(60)
print(plan, spent)
print(max(inv.items.values(), key=lambda i: i.value), min(inv.items.values(), key=lambda i: i.qty))
print(f"total value {sum(i.value for i in inv.items.values()):,.3f}")
