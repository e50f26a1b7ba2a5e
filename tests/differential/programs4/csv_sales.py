import csv
import io
from collections import defaultdict
from statistics import mean, median

DATA = """date,region,product,units,price
2024-01-05,North,Widget,10,2.50
2024-01-06,South,Gadget,3,10.00
2024-01-06,North,Gadget,1,10.00
2024-02-10,East,Widget,25,2.40
2024-02-11,South,Widget,"7",2.50
2024-02-15,North,"Thing, Large",2,99.99
2024-03-01,East,Gadget,5,9.50
"""

rows = list(csv.DictReader(io.StringIO(DATA)))
print(len(rows), rows[5]["product"], list(rows[0].keys()))
for r in rows:
    r["units"] = int(r["units"])
    r["price"] = float(r["price"])
    r["revenue"] = round(r["units"] * r["price"], 2)
    r["month"] = r["date"][:7]

pivot = defaultdict(lambda: defaultdict(float))
for r in rows:
    pivot[r["region"]][r["month"]] += r["revenue"]
months = sorted({r["month"] for r in rows})
print(f"{'region':<8}" + "".join(f"{m:>10}" for m in months) + f"{'total':>10}")
for region in sorted(pivot):
    vals = [pivot[region].get(m, 0.0) for m in months]
    print(f"{region:<8}" + "".join(f"{v:>10.2f}" for v in vals) + f"{sum(vals):>10.2f}")
by_product = defaultdict(list)
for r in rows:
    by_product[r["product"]].append(r["units"])
for p, units in sorted(by_product.items()):
    print(f"{p:<14} n={len(units)} mean={mean(units):.2f} median={median(units)}")

out = io.StringIO()
w = csv.writer(out, lineterminator="\n")
w.writerow(["region", "revenue", "note"])
for region in sorted(pivot):
    w.writerow([region, round(sum(pivot[region].values()), 2), 'has "quotes", commas' if region == "North" else ""])
print(out.getvalue(), end="")
out2 = io.StringIO()
dw = csv.DictWriter(out2, fieldnames=["a", "b"], lineterminator="\n")
dw.writeheader()
dw.writerows([{"a": 1, "b": "x\ny"}, {"a": 2, "b": None}])
print(repr(out2.getvalue()))
for rec in csv.reader(io.StringIO('a;"b;c";d\n1;;3\n'), delimiter=";"):
    print(rec)
top = sorted(rows, key=lambda r: (-r["revenue"], r["date"]))[:3]
print([(r["date"], r["product"], r["revenue"]) for r in top])
print(csv.reader(["x,y"]).__next__(), list(csv.reader(['"a""b",c'])))
