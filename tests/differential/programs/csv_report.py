# Parsing CSV text by hand (with quoted fields), aggregating, and printing a report table.
RAW = '''region,product,units,price
North,Widget,10,2.50
South,Widget,4,2.50
North,"Gadget, large",3,10.00
East,Widget,,2.50
South,"Gizmo ""pro""",7,4.25
North,Widget,6,2.75
East,"Gadget, large",1,9.50
West,Gizmo,abc,4.00
'''
def parse_line(line):
    fields, cur, quoted, i = [], [], False, 0
    while i < len(line):
        ch = line[i]
        if quoted:
            if ch == '"':
                if i + 1 < len(line) and line[i + 1] == '"':
                    cur.append('"')
                    i += 1
                else:
                    quoted = False
            else:
                cur.append(ch)
        elif ch == '"':
            quoted = True
        elif ch == ",":
            fields.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
        i += 1
    fields.append("".join(cur))
    return fields
lines = RAW.strip().splitlines()
header = parse_line(lines[0])
rows, problems = [], []
for n, line in enumerate(lines[1:], start=2):
    rec = dict(zip(header, parse_line(line)))
    try:
        rec["units"] = int(rec["units"]) if rec["units"] else 0
        rec["price"] = float(rec["price"])
    except ValueError as e:
        problems.append(f"line {n}: {e}")
        continue
    rows.append(rec)
print(header)
print(len(rows), "rows;", problems)
for r in rows:
    print(r)
totals = {}
for r in rows:
    key = r["region"]
    t = totals.setdefault(key, {"units": 0, "revenue": 0.0})
    t["units"] += r["units"]
    t["revenue"] += r["units"] * r["price"]
width = max(len(k) for k in totals) + 2
print(f"{'Region':<{width}}{'Units':>7}{'Revenue':>12}{'Share':>8}")
grand = sum(t["revenue"] for t in totals.values())
for region, t in sorted(totals.items(), key=lambda kv: -kv[1]["revenue"]):
    print(f"{region:<{width}}{t['units']:>7}{t['revenue']:>12,.2f}{t['revenue'] / grand:>8.1%}")
print(f"{'TOTAL':<{width}}{sum(t['units'] for t in totals.values()):>7}{grand:>12,.2f}")
by_product = {}
for r in rows:
    by_product.setdefault(r["product"], []).append(r["price"])
for product, prices in sorted(by_product.items()):
    print(f"{product!r:<20} avg price {sum(prices) / len(prices):.3f} over {len(prices)} rows")
