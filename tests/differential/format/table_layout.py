# Realistic text-table formatting with dynamic widths, alignment and number formats.
rows = [("Widget", 1234, 3.5, 0.125), ("Gadget XL", 7, 1299.99, -0.04), ("Ünïcode thing", 42000, 0.015, 1.0),
        ("Nothing", 0, 0.0, 0.0)]
headers = ("Product", "Qty", "Price", "Change")
w0 = max(len(headers[0]), *(len(r[0]) for r in rows))
line = f"+{'-' * (w0 + 2)}+{'-' * 10}+{'-' * 12}+{'-' * 9}+"
print(line)
print(f"| {headers[0]:<{w0}} | {headers[1]:>8} | {headers[2]:>10} | {headers[3]:^7} |")
print(line.replace("-", "="))
for name, qty, price, change in rows:
    print(f"| {name:<{w0}} | {qty:>8,} | {price:>10,.2f} | {change:>+7.1%} |")
print(line)
total_qty = sum(r[1] for r in rows)
total_value = sum(r[1] * r[2] for r in rows)
print(f"| {'TOTAL':>{w0}} | {total_qty:>8_} | {total_value:>10.4g} | {'':7} |")
print(line)
for spec in ["{:*^30}", "{:-<30}", "{:=>30}"]:
    print(spec.format(" section "))
print("%-10s|%10s|%-+8.3f|%08.3e" % ("left", "right", 3.14159, 12345.678))
for i, (name, qty, _, _) in enumerate(rows, 1):
    bar = "#" * (qty * 30 // max(r[1] for r in rows))
    print("{:>2}. {:<15.15} {:<30} {:>6.1%}".format(i, name, bar, qty / total_qty))
print("{0:>{w}}|{0:<{w}}|{0:^{w}}".format("mid", w=9))
print(f"{'nested':{'>'}{12}}", f"{3.14159:{'.'}{'3'}}", f"{255:{'#'}{'x'}}")
