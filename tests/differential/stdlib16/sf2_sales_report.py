"""A CSV sales report: csv + statistics + decimal rounding + itertools.groupby + string formatting."""
import csv
import io
import statistics
from decimal import Decimal, ROUND_HALF_UP, ROUND_HALF_EVEN
from itertools import groupby
from operator import itemgetter
from collections import defaultdict, Counter

DATA = """date,region,rep,product,units,unit_price
2024-01-03,North,Alice,Widget,12,19.99
2024-01-03,South,Bob,Gadget,3,149.50
2024-01-04,North,Alice,Gadget,1,149.50
2024-01-05,East,Carol,Widget,30,18.75
2024-01-05,South,Bob,Widget,7,19.99
2024-01-08,East,Carol,Doohickey,5,4.05
2024-01-09,North,Dan,Widget,0,19.99
2024-01-10,West,Eve,Gadget,2,155.00
2024-01-10,West,Eve,Doohickey,40,3.95
2024-01-11,South,Bob,Doohickey,9,4.05
2024-01-12,North,Alice,Widget,15,19.49
"""
rows = list(csv.DictReader(io.StringIO(DATA)))
for r in rows:
    r["units"] = int(r["units"])
    r["unit_price"] = Decimal(r["unit_price"])
    r["total"] = (r["units"] * r["unit_price"]).quantize(Decimal("0.01"), ROUND_HALF_UP)
print(len(rows), "rows; columns:", list(rows[0].keys()))
grand = sum(r["total"] for r in rows)
print("grand total", grand, f"{grand:,.2f}", f"{grand:>15,.1f}")
rows.sort(key=itemgetter("region", "rep"))
print(f"{'Region':<8}{'Rep':<8}{'Orders':>7}{'Units':>7}{'Revenue':>12}{'Share':>8}")
for (region, rep), grp in groupby(rows, key=itemgetter("region", "rep")):
    grp = list(grp)
    rev = sum(g["total"] for g in grp)
    share = (rev / grand * 100).quantize(Decimal("0.1"), ROUND_HALF_EVEN)
    print(f"{region:<8}{rep:<8}{len(grp):>7}{sum(g['units'] for g in grp):>7}{rev:>12,.2f}{share:>7}%")
by_product = defaultdict(list)
for r in rows:
    by_product[r["product"]].append(r)
for product, items in sorted(by_product.items()):
    units = [i["units"] for i in items]
    prices = [float(i["unit_price"]) for i in items]
    print(product, "units mean", statistics.mean(units), "median", statistics.median(units),
          "stdev", round(statistics.stdev(units), 4) if len(units) > 1 else "n/a",
          "price range", min(prices), max(prices), "fmean", round(statistics.fmean(prices), 6))
totals = [float(r["total"]) for r in rows]
print("quartiles", statistics.quantiles(totals, n=4), "deciles", [round(q, 2) for q in statistics.quantiles(totals, n=10)])
print("pstdev", round(statistics.pstdev(totals), 6), "mode region", statistics.mode(r["region"] for r in rows), Counter(r["product"] for r in rows).most_common())
units = [r["units"] for r in rows]
revs = [float(r["total"]) for r in rows]
print("corr units~revenue", round(statistics.correlation(units, revs), 9))
fit = statistics.linear_regression(units, revs)
print("slope %.6f intercept %.6f" % fit)
out = io.StringIO()
w = csv.writer(out, lineterminator="\n", quoting=csv.QUOTE_NONNUMERIC)
w.writerow(["region", "revenue", "avg_order"])
for region, grp in groupby(rows, key=itemgetter("region")):
    grp = list(grp)
    rev = sum(g["total"] for g in grp)
    w.writerow([region, float(rev), float((rev / len(grp)).quantize(Decimal("0.001")))])
print(out.getvalue(), end="")
best = max(rows, key=lambda r: (r["total"], r["date"]))
print("best order", best["date"], best["rep"], best["product"], best["total"], repr(best["total"]))
for m in (ROUND_HALF_UP, ROUND_HALF_EVEN):
    print(m, [str(Decimal(x).quantize(Decimal("0.1"), m)) for x in ("0.05", "0.15", "0.25", "0.35", "-0.45")])
