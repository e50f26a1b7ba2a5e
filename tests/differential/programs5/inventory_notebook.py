"""Notebook-style inventory analysis: dicts, sets, comprehensions, formatting."""
from collections import defaultdict, Counter

products = [
    {"sku": "A-100", "name": "Widget", "category": "tools", "price": 12.5, "qty": 40, "tags": {"metal", "small"}},
    {"sku": "A-101", "name": "Gadget", "category": "tools", "price": 99.99, "qty": 3, "tags": {"electronic"}},
    {"sku": "B-200", "name": "Sprocket", "category": "parts", "price": 0.75, "qty": 1200, "tags": {"metal", "tiny"}},
    {"sku": "B-201", "name": "Gear", "category": "parts", "price": 3.2, "qty": 0, "tags": {"metal"}},
    {"sku": "C-300", "name": "Manual", "category": "books", "price": 25.0, "qty": 15, "tags": set()},
    {"sku": "C-301", "name": "Guide", "category": "books", "price": 18.0, "qty": 7, "tags": {"small"}},
]

value = {p["sku"]: round(p["price"] * p["qty"], 2) for p in products}
print(value)
print("total stock value: {:,.2f}".format(sum(value.values())))
by_cat = defaultdict(list)
for p in products:
    by_cat[p["category"]].append(p)
for cat, items in sorted(by_cat.items()):
    qty = sum(i["qty"] for i in items)
    avg = sum(i["price"] for i in items) / len(items)
    print(f"{cat:<6} items={len(items)} qty={qty:>5} avg_price={avg:8.3f} max={max(items, key=lambda i: i['price'])['name']}")

out_of_stock = [p["name"] for p in products if not p["qty"]]
low = sorted((p for p in products if 0 < p["qty"] < 10), key=lambda p: p["qty"])
print("out:", out_of_stock, "low:", [(p["name"], p["qty"]) for p in low])
all_tags = set().union(*(p["tags"] for p in products))
print(sorted(all_tags), len(all_tags))
tag_counts = Counter(t for p in products for t in p["tags"])
print(sorted(tag_counts.items(), key=lambda kv: (-kv[1], kv[0])))
metal = {p["sku"] for p in products if "metal" in p["tags"]}
small = {p["sku"] for p in products if "small" in p["tags"]}
print(sorted(metal & small), sorted(metal | small), sorted(metal - small), sorted(metal ^ small), metal.isdisjoint({"Z"}))

print(f"{'SKU':<7}|{'Name':^10}|{'Price':>8}|{'Qty':>6}|{'Value':>10}")
print("-" * 45)
for p in sorted(products, key=lambda p: value[p["sku"]], reverse=True):
    print(f"{p['sku']:<7}|{p['name']:^10}|{p['price']:>8.2f}|{p['qty']:>6,}|{value[p['sku']]:>10,.2f}")

restock = {p["sku"]: max(0, 20 - p["qty"]) for p in products}
restock = {k: v for k, v in restock.items() if v}
print(restock, sum(restock.values()))
price_bands = {"cheap": [], "mid": [], "premium": []}
for p in products:
    band = "cheap" if p["price"] < 5 else "mid" if p["price"] < 50 else "premium"
    price_bands[band].append(p["name"])
print(price_bands)
matrix = [[p["qty"] // 10 ** k % 10 for k in range(4)] for p in products]
print(matrix, [sum(col) for col in zip(*matrix)])
names = [p["name"] for p in products]
print(", ".join(names), "|", names[::2], names[-2:], names[1:-1:2])
merged = {**{"a": 1, "b": 2}, **{"b": 3, "c": 4}}
merged |= {"d": 5}
print(merged, merged.keys() & {"a", "z"}, list(merged.items())[-1], {v: k for k, v in merged.items()})
first, *middle, last = sorted(value, key=value.get)
print(first, middle, last)
stats = dict(count=len(products), **{"min": min(value.values()), "max": max(value.values())})
print(stats, dict(sorted(stats.items())), list(stats)[::-1])
print(sorted(products, key=lambda p: (p["category"], -p["price"]))[0]["name"], min(products, key=lambda p: p["qty"])["sku"])
