# An inventory report: itertools.groupby over sorted records, accumulate, f-string tables with
# alignment and thousands separators, Counter arithmetic, percentages, and a pivot table.
from itertools import groupby, accumulate, chain, islice
from collections import Counter
from operator import itemgetter, attrgetter
from typing import NamedTuple


class Item(NamedTuple):
    sku: str
    category: str
    warehouse: str
    qty: int
    unit_cost: float

    @property
    def value(self):
        return self.qty * self.unit_cost


rows = """
A100,tools,north,12,9.99
A101,tools,south,0,14.5
B200,garden,north,140,2.25
B201,garden,north,8,120.0
C300,kitchen,south,33,7.4
C301,kitchen,east,5,199.99
A102,tools,east,71,3.05
B202,garden,south,19,45.5
C302,kitchen,north,250,0.89
D400,toys,east,1200,1.1
""".strip().splitlines()
items = [Item(s, c, w, int(q), float(u)) for s, c, w, q, u in (r.split(",") for r in rows)]
print(items[0], items[0]._asdict(), items[3].value, Item._fields)
items.sort(key=attrgetter("category", "sku"))
header = f"{'category':<10}{'items':>6}{'units':>8}{'value':>14}{'share':>8}"
print(header)
print("-" * len(header))
total_value = sum(i.value for i in items)
for cat, grp in groupby(items, key=attrgetter("category")):
    grp = list(grp)
    v = sum(i.value for i in grp)
    print(f"{cat:<10}{len(grp):>6}{sum(i.qty for i in grp):>8,}{v:>14,.2f}{v / total_value:>8.1%}")
print(f"{'TOTAL':<10}{len(items):>6}{sum(i.qty for i in items):>8,}{total_value:>14,.2f}{1:>8.1%}")
print()
by_wh = sorted(items, key=itemgetter(2))
for wh, grp in groupby(by_wh, key=itemgetter(2)):
    skus = [i.sku for i in grp]
    print(f"{wh:>6}: {', '.join(skus)}")
print([(k, len(list(g))) for k, g in groupby("aaabccddddae")], [k for k, _ in groupby([1, 1, 2, 2, 1])])
print([(k, list(g)) for k, g in groupby(range(10), key=lambda n: n // 4)])
it = groupby([1, 1, 2, 3, 3])
k1, g1 = next(it)
k2, g2 = next(it)
print(k1, list(g1), k2, list(g2), [k for k, _ in it])
costs = sorted(i.value for i in items)
print([round(x, 2) for x in accumulate(costs)][-3:], list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([1, 2, 3], initial=100)))
stock = Counter({i.sku: i.qty for i in items})
sold = Counter(A100=5, B200=150, C302=50, Z999=1)
remaining = stock - sold
print(remaining.most_common(3), sorted((stock & sold).items()), (sold - stock), +Counter(a=-1, b=2), -Counter(a=-1, b=2))
print(sum(remaining.values()), stock.total() if hasattr(stock, "total") else None, list(islice(remaining.elements(), 3)))
low = [i for i in items if i.qty < 10]
print("reorder:", ", ".join(f"{i.sku}({i.qty})" for i in sorted(low, key=lambda i: (i.qty, i.sku))))
cats = sorted({i.category for i in items})
whs = sorted({i.warehouse for i in items})
print(f"{'':10}" + "".join(f"{w:>10}" for w in whs) + f"{'sum':>10}")
for c in cats:
    cells = [sum(i.qty for i in items if i.category == c and i.warehouse == w) for w in whs]
    print(f"{c:10}" + "".join(f"{x:>10}" if x else f"{'-':>10}" for x in cells) + f"{sum(cells):>10}")
print(f"{'avg cost':10}" + "".join(f"{sum(i.unit_cost for i in items if i.warehouse == w) / sum(1 for i in items if i.warehouse == w):>10.3f}" for w in whs))
expensive = max(items, key=attrgetter("unit_cost"))
cheap = min(items, key=lambda i: (i.unit_cost, i.sku))
print(expensive.sku, cheap.sku, f"{expensive.unit_cost / cheap.unit_cost:.2f}x", f"{expensive.value:e}", f"{cheap.value:g}")
print(list(chain.from_iterable((i.sku, i.qty) for i in items[:2])), items[1]._replace(qty=99).qty, Item._make(["Z", "x", "y", 1, 2.0]))
