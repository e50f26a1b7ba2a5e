from decimal import Decimal
import string

rows = [("Widget", 4, 3.5), ("Gadget with long name", 12, 12.25), ("Nut", 1000, 0.05), ("Ünïcödé", 7, 1234.5)]
header = f"{'Item':<15}|{'Qty':>6}|{'Price':>10}|{'Total':>12}"
print(header)
print("-" * len(header))
for name, q, p in rows:
    print(f"{name[:15]:<15}|{q:>6d}|{p:>10.2f}|{q * p:>12,.2f}")
print("=" * len(header))
total = sum(q * p for _, q, p in rows)
print(f"{'TOTAL':<15}|{sum(q for _, q, _ in rows):>6}|{'':>10}|{total:>12,.2f}")
print(f"{total:e}", f"{total:.1%}", f"{int(total):#x}", f"{int(total):08b}", f"{-total:+.0f}", f"{total:=+15.1f}")
w, prec = 12, 3
print(f"{3.14159265:{w}.{prec}f}|", f"{'dyn':{'^'}{w}}|", f"{42:{'0'}>{w}}")
print("{:>{}}".format("r", 5), "{0:{1}}|".format(3.5, 8), "{:{fill}{align}10}".format("c", fill="~", align="^"))
val = 12
print(f"{val=}", f"{val * 2 = }", f"{val=:>5}", f"{'s'!r:>4}", f"{rows[0][0]!s:.3}", f"{{literal}}", f"{val:,}")
nested = {"a": {"b": [10, 20]}}
print(f"{nested['a']['b'][1]}", f"{(lambda x: x * 2)(4)}", f"{'yes' if val > 10 else 'no'}", f"{[i * i for i in range(4)]}")
t = string.Template("$who likes ${what}s, $$5")
print(t.substitute(who="Tim", what="apple"), t.safe_substitute(who="Ann"))
print(string.ascii_letters[:5], string.digits, string.punctuation[:6], string.capwords("hello   big world"))
print("%-10s|%10s|" % ("left", "right"), "%.3s" % "abcdef", "%*d" % (6, 42), "%-*d|" % (6, 42), "%%")
print("%r %a" % ("é", "é"), "%i %u" % (3, 4), "%g %G" % (1e-10, 1e20), "%.0f %.1e" % (2.5, 12345))
print(Decimal("1.10") + Decimal("2.205"), Decimal(1) / Decimal(3), round(Decimal("2.675"), 2), Decimal("0.1") * 3)
print(f"{Decimal('1234.5678'):,.2f}", Decimal("10").sqrt(), Decimal("-0"), Decimal("1e3").normalize(), str(Decimal("100")))
print(format(0.1, ".17g"), format(1 / 7, ".3"), format(100.0, ".3"), format(1e6, ".3"), format(123456, ".2e"))
table = [[1, 22, 333], [4444, 5, 66]]
widths = [max(len(str(r[i])) for r in table) for i in range(3)]
for r in table:
    print(" ".join(str(v).rjust(w) for v, w in zip(r, widths)))
print("|".join(s.center(7, ".") for s in ["a", "bb", "ccc"]))
