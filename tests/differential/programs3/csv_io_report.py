import csv
import io

RAW = """region,product,units,unit_price
North,Widget,10,2.50
South,Widget,4,2.50
North,Gadget,3,10.00
East,"Gizmo, deluxe",7,4.25
South,Gadget,,10.00
West,Widget,abc,2.50
"""

reader = csv.DictReader(io.StringIO(RAW))
print(reader.fieldnames)
totals = {}
problems = []
for lineno, row in enumerate(reader, start=2):
    try:
        units = int(row["units"])
    except ValueError as e:
        problems.append((lineno, row["region"], str(e)))
        continue
    amount = units * float(row["unit_price"])
    key = (row["region"], row["product"])
    totals[key] = totals.get(key, 0) + amount
for (region, product), amount in sorted(totals.items()):
    print(f"{region:<6}{product:<15}{amount:>8.2f}")
print("problems:")
for p in problems:
    print("  line %d (%s): %s" % p)
out = io.StringIO()
w = csv.writer(out, lineterminator="\n")
w.writerow(["region", "total"])
by_region = {}
for (region, _), amount in totals.items():
    by_region[region] = by_region.get(region, 0) + amount
w.writerows(sorted((r, f"{a:.2f}") for r, a in by_region.items()))
w.writerow(["quote,me", 'say "hi"'])
print(out.getvalue(), end="")
dw = csv.DictWriter(out := io.StringIO(), fieldnames=["a", "b"], lineterminator="\n")
dw.writeheader()
dw.writerow({"a": 1, "b": None})
dw.writerow({"a": "x y", "b": 2.5})
print(out.getvalue().splitlines())
rows = list(csv.reader(["a;b;c", "1;;3"], delimiter=";"))
print(rows, len(rows[1]))
buf = io.StringIO()
buf.write("first\n")
print("second", file=buf)
buf.seek(0)
print(buf.readline().strip(), buf.read().strip(), buf.tell() > 0)
