import sys
from collections import defaultdict
from decimal import Decimal

header = input().strip()
print(f"header: {header!r}")
count = int(input())
orders = []
for i in range(count):
    line = input()
    cust, item, qty, price = [p.strip() for p in line.split("|")]
    orders.append((cust, item, int(qty), Decimal(price)))
rest = sys.stdin.read()
notes = [l for l in rest.splitlines() if l.strip() and not l.startswith("#")]

per_cust = defaultdict(Decimal)
per_item = defaultdict(int)
for cust, item, qty, price in orders:
    per_cust[cust] += qty * price
    per_item[item] += qty
width = max(map(len, per_cust))
for cust, total in sorted(per_cust.items(), key=lambda kv: (-kv[1], kv[0])):
    print(f"{cust:<{width}} {total:>10,.2f}")
print(dict(sorted(per_item.items())))
print(len(notes), notes)
try:
    input()
except EOFError as e:
    print("EOFError", repr(str(e)))
print(sys.stdin.read() == "", sys.stdin.readline() == "")
print("done", file=sys.stdout)
