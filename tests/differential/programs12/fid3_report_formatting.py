from datetime import date, datetime
from decimal import Decimal
from fractions import Fraction

rows = [
    {"region": "North", "rep": "Ana Lima", "q1": 125000.5, "q2": 98000, "target": 200000, "since": date(2019, 3, 1)},
    {"region": "South", "rep": "Bo", "q1": 87999.999, "q2": 143210.25, "target": 220000, "since": date(2021, 11, 15)},
    {"region": "East", "rep": "Chidi Okafor", "q1": 0, "q2": 12.5, "target": 50000, "since": date(2024, 1, 8)},
    {"region": "West", "rep": "Dana", "q1": 305500, "q2": 299999.995, "target": 500000, "since": date(2016, 7, 30)},
]
cols = [("Region", "<", 7), ("Rep", "<", 13), ("Q1", ">", 13), ("Q2", ">", 13), ("Total", ">", 14), ("% tgt", ">", 8), ("Since", "^", 12)]
header = " ".join(f"{name:{al}{w}}" for name, al, w in cols)
print(header)
print(" ".join("-" * w for _, _, w in cols))
for r in rows:
    total = r["q1"] + r["q2"]
    pct = total / r["target"]
    cells = [r["region"], r["rep"], f"{r['q1']:,.2f}", f"{r['q2']:,.2f}", f"{total:,.2f}", f"{pct:.1%}", f"{r['since']:%b %Y}"]
    print(" ".join(f"{c:{al}{w}}" for c, (_, al, w) in zip(cells, cols)))
grand = sum(r["q1"] + r["q2"] for r in rows)
print(f"{'TOTAL':<21}{grand:>43,.2f}")
print(f"{'':=^80}")
w, p = 12, 3
for v in [3.14159, -2.5, 1e-7, 123456789.123, float("inf"), float("nan")]:
    print(f"|{v:{w}.{p}f}|{v:<{w}.{p}e}|{v:^{w}.{p}g}|{v:+{w}.{p}%}|")
for v in [0, 7, -42, 255, 65535, 2**40]:
    print(f"|{v:>8d}|{v:<#10x}|{v:^#12o}|{v:#b}|{v:,}|{v:08_d}|{v:+d}|{v:=+9}|")
for s in ["x", "héllo", "a longer string", ""]:
    print(f"|{s:>10.4}|{s!r:^12}|{s:*<8}|{s!a}|{len(s):02}|")
when = datetime(2024, 2, 29, 14, 5, 9, 123456)
print(f"{when:%Y-%m-%d %H:%M:%S.%f}", f"{when:%a %d %b %y, %I:%M %p}", f"{when:%j %U %W %w %%}", f"{when.date():%A}", f"{when:%c}")
print(f"{Decimal('1234.5678'):>12.2f}|{Decimal('-0.001'):.2e}|{Decimal('99.995'):.2f}|{Decimal('1e5'):,}|{Decimal('12.30'):}|")
print(f"{Fraction(1, 3)!s:>6}|{float(Fraction(2, 3)):.4f}|{Fraction(7, 2)!r}")
nested = {"w": 10, "p": 2, "v": 3.14159}
print("{v:{w}.{p}f}|{v:>{w}}|{0:{fill}^{width}}".format("mid", fill="~", width=9, **nested))
print("{0[0]}-{0[1]}-{1.year}/{1.month:02d} {2[key]!r}".format(("a", "b"), date(2024, 3, 5), {"key": "v"}))
print("%-8s|%8.3f|%+05d|%x|%o|%e|%g|%%|%r" % ("left", 3.14159, 42, 255, 8, 12345.6789, 0.0000123, "q"))
table = [("apples", 3, 0.5), ("kiwis", 12, 0.25), ("watermelon", 1, 3.99)]
width = max(len(t[0]) for t in table)
for name, qty, price in table:
    print(f"{name.title():.<{width + 3}}{qty:>3} x {price:>5.2f} = {qty * price:>6.2f}")
print(f"{'Total':.<{width + 3}}{sum(q * p for _, q, p in table):>19.2f}")
x, y = 3, 4.0
print(f"{x=}, {y=:.2f}, {x + y = }, {(x, y)=}, {x!r:>3}, {'nested ' + f'{x:03}'}")
