# Inventory parsed from a CSV string with csv, reorder report and f-string tables.
import csv
import io
from collections import defaultdict, OrderedDict
from statistics import mean, median

DATA = '''sku,name,category,qty,unit_price,reorder_at,supplier
A-100,"Widget, small",hardware,120,0.35,50,Acme
A-101,"Widget, large",hardware,8,1.20,20,Acme
B-200,Gizmo,electronics,0,14.99,5,"Globex, Inc."
B-201,"Gizmo ""Pro""",electronics,3,29.50,5,"Globex, Inc."
C-300,Thingamajig,misc,42,2.00,10,Initech
C-301,Doohickey,misc,17,0.99,25,
D-400,Sprocket,hardware,250,0.05,100,Acme
D-401,Flange,hardware,n/a,3.10,10,Acme
'''

reader = csv.DictReader(io.StringIO(DATA))
print(reader.fieldnames)
items, bad = [], []
for row in reader:
    try:
        row["qty"] = int(row["qty"])
        row["unit_price"] = float(row["unit_price"])
        row["reorder_at"] = int(row["reorder_at"])
    except ValueError as e:
        bad.append((reader.line_num, row["sku"], str(e)))
        continue
    row["value"] = row["qty"] * row["unit_price"]
    items.append(row)
print("bad rows:", bad)
print(items[1])
hdr = f"{'SKU':<6} {'Name':<15} {'Cat':<11} {'Qty':>4} {'Price':>7} {'Value':>9}  Status"
print(hdr)
print("=" * len(hdr))
for it in sorted(items, key=lambda r: (r["category"], -r["value"])):
    status = "OUT" if it["qty"] == 0 else "LOW" if it["qty"] < it["reorder_at"] else ""
    print(f"{it['sku']:<6} {it['name'][:15]:<15} {it['category']:<11} {it['qty']:>4} {it['unit_price']:>7.2f} "
          f"{it['value']:>9,.2f}  {status}")
by_cat = defaultdict(list)
for it in items:
    by_cat[it["category"]].append(it)
print()
for cat, rows in sorted(by_cat.items()):
    vals = [r["value"] for r in rows]
    print(f"{cat:<12} n={len(rows)} total={sum(vals):9.3f} mean={mean(vals):8.4f} median={median(vals):.4f}")
suppliers = OrderedDict()
for it in items:
    suppliers.setdefault(it["supplier"] or "(none)", []).append(it["sku"])
suppliers.move_to_end("Acme")
print(list(suppliers.items()))
out = io.StringIO()
w = csv.writer(out, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
w.writerow(["sku", "order_qty", "note"])
for it in items:
    if it["qty"] < it["reorder_at"]:
        w.writerow([it["sku"], 2 * it["reorder_at"] - it["qty"], f'reorder "{it["name"]}"'])
print(out.getvalue(), end="")
out2 = io.StringIO()
dw = csv.DictWriter(out2, fieldnames=["sku", "value"], extrasaction="ignore", lineterminator="\r\n")
dw.writeheader()
dw.writerows(items[:3])
print(repr(out2.getvalue()))
rows = list(csv.reader(["a;b;'c;d'", "1;;3"], delimiter=";", quotechar="'"))
print(rows, list(csv.reader(io.StringIO("x,y\n\n1,2\n"))))
total = sum(it["value"] for it in items)
print(f"Total inventory value: {total:,.2f} ({total:.6e}) across {sum(it['qty'] for it in items):_} units")
print(f"{'cheapest':>10}: {min(items, key=lambda r: r['unit_price'])['name']!r}")
print(f"{'priciest':>10}: {max(items, key=lambda r: r['unit_price'])['name']!r}")
