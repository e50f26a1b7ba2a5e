from collections import defaultdict, namedtuple
from decimal import Decimal, ROUND_HALF_UP
import statistics

Item = namedtuple("Item", "sku name category qty unit_price")

RAW = """sku,name,category,qty,unit_price
A100,Widget,tools,12,2.50
A101,Gadget,tools,0,12.99
B200,Apple,food,150,0.35
B201,Bread,food,20,2.10
C300,Novel,books,7,14.95
C301,Atlas,books,2,45.00
A102,Sprocket,tools,33,0.99
"""


def parse(text):
    lines = text.strip().splitlines()
    header = lines[0].split(",")
    assert header == list(Item._fields), header
    for line in lines[1:]:
        sku, name, cat, qty, price = line.split(",")
        yield Item(sku, name, cat, int(qty), Decimal(price))


items = list(parse(RAW))
print(items[0])
print(items[0]._asdict())
print(items[1]._replace(qty=5))

by_cat = defaultdict(list)
for it in items:
    by_cat[it.category].append(it)

CENT = Decimal("0.01")
grand = Decimal(0)
print(f"{'SKU':<6}{'Name':<10}{'Qty':>5}{'Price':>9}{'Value':>10}")
print("-" * 40)
for cat in sorted(by_cat):
    print(f"[{cat.upper()}]")
    subtotal = Decimal(0)
    for it in sorted(by_cat[cat], key=lambda i: i.qty * i.unit_price, reverse=True):
        value = (it.qty * it.unit_price).quantize(CENT, rounding=ROUND_HALF_UP)
        subtotal += value
        flag = " (out of stock)" if it.qty == 0 else ""
        print(f"{it.sku:<6}{it.name:<10}{it.qty:>5}{it.unit_price:>9}{value:>10}{flag}")
    print(f"{'subtotal':>30}{subtotal:>10}")
    grand += subtotal
print("=" * 40)
print(f"{'TOTAL':>30}{grand:>10}")

qtys = [it.qty for it in items]
print("mean qty", statistics.mean(qtys), "median", statistics.median(qtys))
print("stdev %.3f" % statistics.stdev(qtys), "pstdev", round(statistics.pstdev(qtys), 3))
prices = [float(it.unit_price) for it in items]
print("mode cat", statistics.mode(it.category for it in items))
print("harmonic %.4f" % statistics.harmonic_mean(prices))
low = [it.name for it in items if it.qty < 10]
print("reorder:", ", ".join(low) or "nothing")
tax = Decimal("0.0825")
print("tax on total:", (grand * tax).quantize(CENT), grand * tax)
print(Decimal("1.10") + Decimal("2.20"), Decimal(1) / Decimal(3), Decimal("2.5").quantize(Decimal(1)))
print(sum(it.unit_price for it in items), max(items, key=lambda i: i.unit_price).name)
counts = {cat: sum(i.qty for i in its) for cat, its in by_cat.items()}
print(counts, sorted(counts.items(), key=lambda kv: kv[1]))
