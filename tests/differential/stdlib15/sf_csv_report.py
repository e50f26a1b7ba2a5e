"""Sales CSV report: csv + statistics + decimal + itertools.groupby + string formatting."""
import csv
import io
import statistics
from decimal import Decimal, ROUND_HALF_UP, ROUND_HALF_EVEN
from itertools import groupby
from operator import itemgetter

DATA = """date,rep,region,units,unit_price,discount
2024-01-05,Alice,East,10,19.99,0
2024-01-07,Bob,West,3,249.50,0.1
2024-01-07,Alice,East,7,19.99,0.05
2024-01-12,Carol,North,15,5.25,0
2024-01-15,Bob,West,1,1299.00,0.15
2024-01-20,Dave,South,22,3.10,0
2024-02-01,Alice,East,5,19.99,0
2024-02-03,Carol,North,9,5.25,0.2
2024-02-10,Bob,West,4,249.50,0
2024-02-14,Dave,South,30,3.10,0.05
2024-02-20,Erin,East,2,899.99,0.1
"""
CENT = Decimal("0.01")
rows = []
for r in csv.DictReader(io.StringIO(DATA)):
    units = int(r["units"])
    price = Decimal(r["unit_price"])
    disc = Decimal(r["discount"])
    gross = units * price
    net = (gross * (1 - disc)).quantize(CENT, rounding=ROUND_HALF_UP)
    rows.append({**r, "units": units, "gross": gross, "net": net, "month": r["date"][:7]})

print(f"{'month':<8}{'rep':<7}{'units':>6}{'gross':>12}{'net':>12}")
for month, grp in groupby(rows, key=itemgetter("month")):
    grp = list(grp)
    for rep, g2 in groupby(sorted(grp, key=itemgetter("rep")), key=itemgetter("rep")):
        g2 = list(g2)
        print(f"{month:<8}{rep:<7}{sum(x['units'] for x in g2):>6}{sum(x['gross'] for x in g2):>12,.2f}{sum(x['net'] for x in g2):>12,.2f}")
    print(f"{month:<8}{'TOTAL':<7}{sum(x['units'] for x in grp):>6}{sum(x['gross'] for x in grp):>12,.2f}{sum(x['net'] for x in grp):>12,.2f}")

nets = [float(r["net"]) for r in rows]
print("mean", round(statistics.mean(nets), 2), "median", statistics.median(nets), "pstdev", round(statistics.pstdev(nets), 4))
print("quartiles", [round(q, 2) for q in statistics.quantiles(nets, n=4)])
print("deciles", statistics.quantiles(sorted(nets), n=10, method="inclusive")[:3])
dec_nets = [r["net"] for r in rows]
print("decimal mean", statistics.mean(dec_nets), "median", statistics.median(dec_nets), "mode units", statistics.mode(r["units"] for r in rows))
share = {}
total = sum(dec_nets)
for r in rows:
    share[r["region"]] = share.get(r["region"], Decimal(0)) + r["net"]
for region, amt in sorted(share.items(), key=lambda kv: kv[1], reverse=True):
    pct = (amt / total * 100).quantize(Decimal("0.1"), rounding=ROUND_HALF_EVEN)
    print(f"{region:<6} {amt:>10} {pct:>5}% {'*' * int(pct // 5)}")
print("total", total, "avg/unit", (total / sum(r["units"] for r in rows)).quantize(Decimal("0.0001")))
out = io.StringIO()
w = csv.DictWriter(out, fieldnames=["rep", "deals", "net", "best"], lineterminator="\n", quoting=csv.QUOTE_NONNUMERIC)
w.writeheader()
for rep, g in groupby(sorted(rows, key=itemgetter("rep")), key=itemgetter("rep")):
    g = list(g)
    best = max(g, key=itemgetter("net"))
    w.writerow({"rep": rep, "deals": len(g), "net": float(sum(x["net"] for x in g)), "best": best["date"]})
print(out.getvalue())
print(list(csv.reader(out.getvalue().splitlines(), quoting=csv.QUOTE_NONNUMERIC))[1:3])
print(f"{Decimal('1234.5'):>12,.2f}|{Decimal('-0.005').quantize(CENT)}|{Decimal('2.675').quantize(CENT, ROUND_HALF_UP)}|{round(Decimal('2.675'), 2)}")
