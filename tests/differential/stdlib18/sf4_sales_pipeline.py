"""A sales report pipeline: csv in, Decimal money, datetime grouping, statistics, json out, textwrap/pprint summary."""
import csv
import io
import json
import statistics
import textwrap
from collections import Counter, defaultdict
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from itertools import groupby
from operator import itemgetter

RAW = """order_id,date,region,rep,product,qty,unit_price,discount
1001,2024-01-03,North,Ann,Widget,10,2.50,0
1002,2024-01-03,South,Bob,Gadget,3,19.99,0.10
1003,2024-01-05,North,Ann,Gizmo,1,149.00,0.05
1004,2024-01-09,East,Cid,Widget,25,2.40,0
1005,2024-01-12,South,Bob,Widget,7,2.50,0
1006,2024-01-15,North,Dee,Gadget,2,19.99,0
1007,2024-01-22,East,Cid,Gizmo,2,145.50,0.15
1008,2024-02-01,North,Ann,Gadget,5,18.75,0.05
1009,2024-02-02,West,Eve,Widget,40,2.25,0.02
1010,2024-02-14,South,Bob,Gizmo,1,150.00,0
1011,2024-02-14,West,Eve,Gadget,4,19.99,0.20
1012,2024-02-29,East,Cid,Widget,12,2.50,0
"""
CENT = Decimal("0.01")


def parse(row):
    qty = int(row["qty"])
    price = Decimal(row["unit_price"])
    disc = Decimal(row["discount"])
    total = (qty * price * (1 - disc)).quantize(CENT, rounding=ROUND_HALF_UP)
    return {**row, "qty": qty, "date": date.fromisoformat(row["date"]), "total": total}


orders = [parse(r) for r in csv.DictReader(io.StringIO(RAW))]
print(len(orders), orders[0]["total"], orders[2]["total"], sum(o["total"] for o in orders))

by_month = defaultdict(Decimal)
for o in orders:
    by_month[o["date"].strftime("%Y-%m")] += o["total"]
print(dict(by_month))

orders.sort(key=itemgetter("region", "rep"))
for region, rows in groupby(orders, key=itemgetter("region")):
    rows = list(rows)
    reps = Counter(r["rep"] for r in rows)
    print(f"{region:<6} orders={len(rows):>2} total={sum(r['total'] for r in rows):>9} top_rep={reps.most_common(1)[0][0]}")

totals = [float(o["total"]) for o in orders]
print(round(statistics.mean(totals), 4), statistics.median(totals), round(statistics.stdev(totals), 4), statistics.quantiles(totals, n=4))
week_of = lambda d: (d - timedelta(days=d.weekday())).isoformat()
weekly = Counter()
for o in orders:
    weekly[week_of(o["date"])] += o["qty"]
print(sorted(weekly.items()))
products = defaultdict(lambda: {"qty": 0, "revenue": Decimal(0)})
for o in orders:
    p = products[o["product"]]
    p["qty"] += o["qty"]
    p["revenue"] += o["total"]
ranked = sorted(products.items(), key=lambda kv: kv[1]["revenue"], reverse=True)
for name, p in ranked:
    avg = (p["revenue"] / p["qty"]).quantize(CENT)
    print(f"{name:>8} | {p['qty']:>4} | {p['revenue']:>10,.2f} | avg {avg}")


class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Decimal):
            return str(o)
        if isinstance(o, date):
            return o.isoformat()
        return super().default(o)


report = {"generated": datetime(2024, 3, 1, 9, 30).isoformat(timespec="minutes"), "by_month": by_month, "products": dict(ranked), "count": len(orders)}
text = json.dumps(report, cls=Enc, indent=2, sort_keys=True)
print(text)
back = json.loads(text, parse_float=Decimal)
print(back["products"]["Gizmo"], type(back["count"]).__name__)
out = io.StringIO()
w = csv.writer(out, lineterminator="\n", quoting=csv.QUOTE_NONNUMERIC)
w.writerow(["product", "qty", "revenue"])
for name, p in ranked:
    w.writerow([name, p["qty"], float(p["revenue"])])
print(out.getvalue(), end="")
summary = ("In the first two months the team booked {n} orders worth {total} across {regions} regions; "
           "the best month was {best} and the leading product was {prod}.").format(
    n=len(orders), total=sum(o["total"] for o in orders), regions=len({o["region"] for o in orders}),
    best=max(by_month, key=by_month.get), prod=ranked[0][0])
print(textwrap.fill(summary, width=60, initial_indent="  ", subsequent_indent="  "))
late = [o["order_id"] for o in orders if o["date"] > date(2024, 2, 10)]
print(sorted(late), (max(o["date"] for o in orders) - min(o["date"] for o in orders)).days)
