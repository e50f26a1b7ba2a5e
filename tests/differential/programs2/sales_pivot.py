import csv
import io
from collections import defaultdict
from itertools import groupby
from operator import itemgetter, attrgetter

CSV = """region,quarter,product,units,price
North,Q1,widget,10,2.50
North,Q1,gadget,3,10.00
South,Q1,widget,7,2.50
North,Q2,widget,12,2.75
South,Q2,gadget,5,9.50
East,Q2,widget,1,2.75
South,Q2,widget,9,2.75
East,Q1,gadget,4,10.00
"""

rows = list(csv.DictReader(io.StringIO(CSV)))
for r in rows:
    r["units"] = int(r["units"])
    r["price"] = float(r["price"])
    r["revenue"] = r["units"] * r["price"]
pivot = defaultdict(lambda: defaultdict(float))
for r in rows:
    pivot[r["region"]][r["quarter"]] += r["revenue"]
quarters = sorted({r["quarter"] for r in rows})
print(f"{'region':<8}" + "".join(f"{q:>10}" for q in quarters) + f"{'total':>10}")
for region in sorted(pivot):
    vals = [pivot[region][q] for q in quarters]
    print(f"{region:<8}" + "".join(f"{v:>10.2f}" for v in vals) + f"{sum(vals):>10.2f}")
totals = [sum(pivot[r][q] for r in pivot) for q in quarters]
print(f"{'all':<8}" + "".join(f"{v:>10.2f}" for v in totals) + f"{sum(totals):>10.2f}")
rows.sort(key=itemgetter("product", "region"))
for product, grp in groupby(rows, key=itemgetter("product")):
    grp = list(grp)
    print(product, len(grp), sum(map(itemgetter("units"), grp)), max(grp, key=itemgetter("revenue"))["region"])
out = io.StringIO()
w = csv.writer(out, lineterminator="\n")
w.writerow(["region", "revenue", "note"])
for region in sorted(pivot):
    w.writerow([region, round(sum(pivot[region].values()), 2), 'has "quotes", commas'])
print(out.getvalue(), end="")
out2 = io.StringIO()
dw = csv.DictWriter(out2, fieldnames=["a", "b"], lineterminator="\n")
dw.writeheader()
dw.writerows([{"a": 1, "b": "x y"}, {"a": 2, "b": ""}])
print(out2.getvalue())
for rec in csv.reader(['1,"two, three",4', 'x,,"y""z"']):
    print(rec)


class P:
    def __init__(self, name, age):
        self.name, self.age = name, age

    def __repr__(self):
        return f"P({self.name}, {self.age})"


people = [P("a", 30), P("b", 25), P("c", 30)]
print(sorted(people, key=attrgetter("age", "name")), itemgetter(1, 0)(["x", "y"]))
print(f"{1234567.891:,.2f} {0.000123:.2e} {42:08.3f} {-5:+d} {255:#x} {255:#o} {255:b} {'s':*^9}")
print("{:>6}|{:<6}|{:^6}|".format("r", "l", "c"), "%-5s|%5.1f|%03d" % ("ab", 3.14159, 7))
