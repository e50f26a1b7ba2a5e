"""Sales records with namedtuple, Counter, OrderedDict and itertools.groupby."""
from collections import namedtuple, Counter, OrderedDict, ChainMap
from itertools import groupby, accumulate, chain, islice
from operator import attrgetter, itemgetter

Sale = namedtuple("Sale", "region product units price")
Sale.__doc__ = "One sale."

DATA = """north widget 10 2.50
south gadget 3 10.00
north gadget 5 9.50
east widget 7 2.75
south widget 12 2.40
north widget 4 2.50
east gizmo 1 99.99
south gizmo 2 95.00
west widget 0 2.50
"""

sales = [Sale(r, p, int(u), float(pr)) for r, p, u, pr in (l.split() for l in DATA.splitlines())]
print(sales[0], sales[0]._replace(units=99), sales[0].units * sales[0].price)
print(Sale._fields, Sale._make(["x", "y", 1, 2.0]))
r, *rest = sales[1]
print(r, rest)

by_region = OrderedDict()
for s in sorted(sales, key=attrgetter("region", "product")):
    by_region.setdefault(s.region, []).append(s)
by_region.move_to_end("east")
print(list(by_region))
for region, group in by_region.items():
    revenue = sum(s.units * s.price for s in group)
    print(f"{region:<6} {len(group)} sales, {sum(s.units for s in group):3d} units, revenue {revenue:8.2f}")

units = Counter()
for s in sales:
    units[s.product] += s.units
print(units, units.most_common(1), units.total())
print(units + Counter(widget=1, doohickey=3), units - Counter(widget=30))
print(sorted(units.elements())[:5], list(Counter("mississippi").items()))
c = Counter(a=3, b=-1)
print(+c, -c, c & Counter(a=1), c | Counter(b=2))

for product, group in groupby(sorted(sales, key=itemgetter(1)), key=itemgetter(1)):
    g = list(group)
    print(product, [s.region for s in g], max(g, key=attrgetter("price")).price)

running = list(accumulate(s.units for s in sales))
print(running, list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([1, 2, 3], initial=100)))
print(list(islice(chain.from_iterable(by_region.values()), 2, 5)))

defaults = {"currency": "EUR", "rate": 1.0}
overrides = {"rate": 1.08}
cm = ChainMap(overrides, defaults)
print(cm["currency"], cm["rate"], len(cm), dict(cm), cm.maps[0] is overrides)
cm2 = cm.new_child({"currency": "USD"})
print(cm2["currency"], cm2.parents["currency"])

od = OrderedDict.fromkeys("abcde", 0)
od.popitem(last=False)
od["a"] = 9
print(od, od.popitem(), list(reversed(od)))
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), dict(a=1, b=2) == OrderedDict(b=2, a=1))
print(repr(Sale("n", "w", 1, 2.0)), Sale("n", "w", 1, 2.0) == ("n", "w", 1, 2.0))
