import sys
import csv
import io
from collections import defaultdict
from decimal import Decimal, ROUND_HALF_EVEN

CSV_DATA = """sku,name,category,qty,unit_price,reorder
A100,"Widget, large",hardware,12,4.50,10
A101,Widget small,hardware,3,2.25,5
B200,Gizmo,electronics,0,19.99,2
B201,"Gadget ""Pro"" II",electronics,7,49.00,3
C300,Sprocket,hardware,25,0.75,20
D400,Manual,books,1,12.00,0
"""


def load(text):
    reader = csv.DictReader(io.StringIO(text))
    rows = []
    for row in reader:
        row["qty"] = int(row["qty"])
        row["unit_price"] = Decimal(row["unit_price"])
        row["reorder"] = int(row["reorder"])
        rows.append(row)
    return reader.fieldnames, rows


fields, items = load(CSV_DATA)
print(fields)
by_cat = defaultdict(list)
for it in items:
    by_cat[it["category"]].append(it)

grand = Decimal(0)
for cat in sorted(by_cat):
    print(f"== {cat.upper()} ==")
    subtotal = Decimal(0)
    for it in sorted(by_cat[cat], key=lambda r: r["name"].lower()):
        value = it["qty"] * it["unit_price"]
        subtotal += value
        flag = " REORDER" if it["qty"] <= it["reorder"] else ""
        print(f"  {it['sku']:<5} {it['name']:<16.16} {it['qty']:>4} x {it['unit_price']:>6} = {value:>8}{flag}")
    grand += subtotal
    print(f"  {'subtotal':>36} {subtotal:>8}")
tax = (grand * Decimal("0.0825")).quantize(Decimal("0.01"), rounding=ROUND_HALF_EVEN)
print(f"total {grand} tax {tax} with tax {grand + tax}")

out = io.StringIO()
writer = csv.writer(out, quoting=csv.QUOTE_NONNUMERIC, lineterminator="\n")
writer.writerow(["sku", "value", "note"])
for it in items:
    writer.writerow([it["sku"], float(it["qty"] * it["unit_price"]), it["name"]])
print(out.getvalue(), end="")
out2 = io.StringIO()
dw = csv.DictWriter(out2, fieldnames=["sku", "qty"], extrasaction="ignore", lineterminator="\n", delimiter=";")
dw.writeheader()
dw.writerows(items[:3])
print(out2.getvalue(), end="")
print(list(csv.reader(['a,"b,c",d', "'x','y'", "1,,3"])), list(csv.reader(["a|b"], delimiter="|")))
print(list(csv.reader(["'q,1',2"], quotechar="'")), next(csv.reader(["  sp , x"], skipinitialspace=True)))
sys.stdout.write(f"argv={sys.argv[1:]} items={len(items)}\n")
sys.stdout.writelines(["line one\n", "line two\n"])
print("done", file=sys.stdout, flush=True)
