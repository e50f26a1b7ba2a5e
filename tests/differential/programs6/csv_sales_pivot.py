import csv
import io
import statistics
from collections import defaultdict
from itertools import groupby
from operator import itemgetter

RAW = """date,region,rep,product,units,price
2024-01-03,North,Ann,Widget,10,2.5
2024-01-04,South,Bob,Gadget,3,12.0
2024-01-09,North,Ann,Gadget,1,12.0
2024-02-01,East,Cyd,Widget,25,2.25
2024-02-11,South,Bob,Widget,7,2.5
2024-02-15,North,Dee,Doohickey,2,30.0
2024-03-02,East,Cyd,Gadget,4,11.5
2024-03-09,South,Eve,Doohickey,1,29.99
2024-03-20,North,Ann,Widget,12,2.5
"""
rows = []
for rec in csv.DictReader(io.StringIO(RAW)):
    rec["units"] = int(rec["units"])
    rec["price"] = float(rec["price"])
    rec["revenue"] = rec["units"] * rec["price"]
    rec["month"] = rec["date"][:7]
    rows.append(rec)

months = sorted({r["month"] for r in rows})
pivot = defaultdict(lambda: defaultdict(float))
for r in rows:
    pivot[r["region"]][r["month"]] += r["revenue"]
header = f"{'region':<8}" + "".join(f"{m:>10}" for m in months) + f"{'total':>11}"
print(header)
print("=" * len(header))
for region in sorted(pivot):
    cells = [pivot[region].get(m, 0.0) for m in months]
    print(f"{region:<8}" + "".join(f"{c:>10,.2f}" if c else f"{'-':>10}" for c in cells) + f"{sum(cells):>11,.2f}")
col_totals = [sum(pivot[r].get(m, 0) for r in pivot) for m in months]
print(f"{'TOTAL':<8}" + "".join(f"{c:>10,.2f}" for c in col_totals) + f"{sum(col_totals):>11,.2f}")

print()
by_rep = sorted(rows, key=itemgetter("rep"))
for rep, grp in groupby(by_rep, key=itemgetter("rep")):
    grp = list(grp)
    rev = [g["revenue"] for g in grp]
    print(f"{rep:<4} deals={len(grp)} revenue={sum(rev):8.2f} avg={statistics.mean(rev):7.2f} "
          f"median={statistics.median(rev):6.2f} best={max(grp, key=itemgetter('revenue'))['product']}")
prices = [r["price"] for r in rows]
print(f"price stdev={statistics.stdev(prices):.4f} pvariance={statistics.pvariance(prices):.4f}")
out = io.StringIO()
writer = csv.writer(out, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
writer.writerow(["product", "units", "share", "note"])
total_units = sum(r["units"] for r in rows)
units = defaultdict(int)
for r in rows:
    units[r["product"]] += r["units"]
for prod, u in sorted(units.items(), key=lambda kv: kv[1], reverse=True):
    writer.writerow([prod, u, f"{u / total_units:.1%}", 'has "quotes", commas' if u < 5 else ""])
print(repr(out.getvalue()))
for rec in csv.reader(io.StringIO(out.getvalue())):
    print(rec)
sniffed = csv.reader(["a;b;'c;d'"], delimiter=";", quotechar="'")
print(next(sniffed))
