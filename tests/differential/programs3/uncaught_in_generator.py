def parse_rows(lines):
    for n, line in enumerate(lines, 1):
        parts = line.split(",")
        if len(parts) != 3:
            raise ValueError(f"line {n}: expected 3 fields, got {len(parts)}")
        name, qty, price = parts
        yield name.strip(), int(qty), float(price)


data = ["apple, 3, 0.5", "pear, 2, 0.75", "bad line", "plum, 1, 2.0"]
total = 0.0
for name, qty, price in parse_rows(data[:2]):
    total += qty * price
    print(f"{name:>6}: {qty} x {price:.2f}")
print(f"subtotal {total:.2f}")
rows = list(parse_rows(data))
print("unreachable", rows)
