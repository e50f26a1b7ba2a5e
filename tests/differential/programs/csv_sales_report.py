# Sales report from CSV text: csv module, io.StringIO, grouping, totals, aligned table output.
import csv
import io
from collections import defaultdict
from operator import itemgetter

DATA = """region,rep,product,units,unit_price,date
North,Alice,Widget,12,2.50,2024-01-03
South,Bob,Gadget,3,10.00,2024-01-04
North,Alice,Gadget,1,10.00,2024-01-09
East,Carmen,Widget,30,2.25,2024-01-11
South,Bob,Widget,7,2.50,2024-02-01
North,Dave,Gizmo,2,99.99,2024-02-02
East,Carmen,Gizmo,1,95.00,2024-02-14
South,Erin,"Gadget, deluxe",4,15.50,2024-02-20
North,Alice,Widget,-2,2.50,2024-02-21
"""

rows = list(csv.DictReader(io.StringIO(DATA)))
print(len(rows), list(rows[0].keys()))
print(rows[7]["product"], rows[7]["units"])
bad = [r for r in rows if int(r["units"]) <= 0]
rows = [r for r in rows if int(r["units"]) > 0]
print("dropped:", [(r["rep"], r["units"]) for r in bad])

for r in rows:
    r["units"] = int(r["units"])
    r["unit_price"] = float(r["unit_price"])
    r["total"] = round(r["units"] * r["unit_price"], 2)
    r["month"] = r["date"][:7]

by_region = defaultdict(float)
by_rep = defaultdict(lambda: {"units": 0, "total": 0.0, "deals": 0})
by_month_product = defaultdict(lambda: defaultdict(int))
for r in rows:
    by_region[r["region"]] += r["total"]
    rep = by_rep[r["rep"]]
    rep["units"] += r["units"]
    rep["total"] += r["total"]
    rep["deals"] += 1
    by_month_product[r["month"]][r["product"]] += r["units"]

grand = sum(by_region.values())
print(f"{'Region':<8}{'Revenue':>12}{'Share':>8}")
for region, rev in sorted(by_region.items(), key=itemgetter(1), reverse=True):
    print(f"{region:<8}{rev:>12,.2f}{rev / grand:>8.1%}")
print(f"{'TOTAL':<8}{grand:>12,.2f}")
print()
print("| rep    | deals | units |   revenue | avg/deal |")
print("|--------|------:|------:|----------:|---------:|")
for name, s in sorted(by_rep.items(), key=lambda kv: (-kv[1]["total"], kv[0])):
    print(f"| {name:<6} | {s['deals']:>5} | {s['units']:>5} | {s['total']:>9.2f} | {s['total'] / s['deals']:>8.2f} |")
print()
for month in sorted(by_month_product):
    items = ", ".join(f"{p}={n}" for p, n in sorted(by_month_product[month].items()))
    print(month, items)

out = io.StringIO()
writer = csv.writer(out, lineterminator="\n")
writer.writerow(["rep", "revenue", "note"])
for name, s in sorted(by_rep.items()):
    writer.writerow([name, f"{s['total']:.2f}", "top" if s["total"] > 100 else 'needs "help", maybe'])
print(out.getvalue(), end="")
dw_out = io.StringIO()
dw = csv.DictWriter(dw_out, fieldnames=["region", "revenue"], lineterminator="\n")
dw.writeheader()
dw.writerows({"region": k, "revenue": round(v, 1)} for k, v in sorted(by_region.items()))
print(dw_out.getvalue().strip().replace("\n", " | "))
parsed = list(csv.reader(["a;b;'c;d'", "1;;3"], delimiter=";", quotechar="'"))
print(parsed)
best = max(rows, key=itemgetter("total"))
print(f"best deal: {best['rep']} sold {best['units']} x {best['product']} on {best['date']} for ${best['total']:.2f}")
