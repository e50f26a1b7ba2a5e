# Report generation: f-strings with format specs (width, alignment, precision, thousands
# separators, percentages, hex), str.format and %-formatting of rows, joined into a text.
def make_rows(n):
    names = ["north", "south", "east", "west", "central", "harbour", "airport", "mill"]
    rows = []
    state = 12345
    for i in range(n):
        state = (state * 1103515245 + 12345) % 2147483648
        qty = state % 1000
        price = (state % 100000) / 100.0
        rows.append((names[i % 8] + str(i % 13), qty, price, i))
    return rows


def render(rows):
    lines = []
    total = 0.0
    for name, qty, price, i in rows:
        amount = qty * price
        total += amount
        lines.append(f"{i:>6} | {name:<10} | {qty:5d} | {price:>9.2f} | {amount:>14,.2f} | {i:#06x}")
    lines.append(f"{'total':>6} | {total:,.3f}")
    return "\n".join(lines)


def render2(rows):
    out = []
    for name, qty, price, i in rows:
        share = qty / 1000
        out.append("{0}:{1:.1%}:{2:+.3e}".format(name, share, price))
        out.append("%-8s %4d %8.3f" % (name, qty, price))
    return ";".join(out)


def checksum(text):
    h = 0
    for line in text.split("\n"):
        h = (h * 131 + len(line) + ord(line[-1])) % 1000000007
    return h


rows = make_rows(60000)
t1 = render(rows)
t2 = render2(rows)
print(len(t1), checksum(t1), len(t2), checksum(t2.replace(";", "\n")))
print(t1[:200])
print(t2[-120:])
