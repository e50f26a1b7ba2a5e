import math
from datetime import date, datetime


class Temp:
    def __init__(self, c):
        self.c = c

    def __format__(self, spec):
        if spec.endswith("F"):
            return format(self.c * 9 / 5 + 32, spec[:-1] + "f") + "°F"
        if spec.endswith("C"):
            return format(self.c, spec[:-1] + "f") + "°C"
        return format(self.c, spec)

    def __repr__(self):
        return f"Temp({self.c!r})"

    def __str__(self):
        return f"{self.c} degrees"


values = [0.0, -0.0, 1.5, 2.5, 1234.5678, 1e-7, 1e22, 123456789.0, math.pi, -math.e, float("inf"), float("nan")]
styles = ["", "g", ".3g", "e", ".2e", "f", ".0f", "%", ".1%", "E", "G", "n", "+.2f", " .3f", "10.2f", "<10.1f", "^12.3e", "=+10.1f", "010.2f", ",.2f", "_.1f", "#.0f", "#g"]
for v in values:
    row = []
    for s in styles:
        try:
            row.append(format(v, s))
        except ValueError as exc:
            row.append(f"<{exc}>")
    print(" | ".join(row))

for n in [0, 7, -42, 255, 65535, 10**12, -(2**40)]:
    print(f"{n:d}|{n:+d}|{n:x}|{n:#X}|{n:o}|{n:#b}|{n:,}|{n:_x}|{n:>8}|{n:*^9}|{n:08d}|{n:c}" if 0 <= n < 0x110000 else f"{n:d}|{n:+d}|{n:x}|{n:#X}|{n:o}|{n:#b}|{n:,}|{n:_x}|{n:>8}|{n:*^9}|{n:08d}")

t = Temp(21.5)
print(f"{t:.1F} {t:.2C} {t:8.3} {t!r} {t!s} {t}")
print("{0:.1F} and {0!r:>15} and {0!s:<15}|".format(t))
x, width, prec = 3.14159265, 12, 3
print(f"{x=}", f"{x = :.2f}", f"{width*2=}", f"{x:{width}.{prec}f}|", f"{'hi'!a}", f"{'café'!a}")
print("{:{w}.{p}f}|{:>{w}}|".format(x, "right", w=width, p=prec))
print("{0[0]}-{0[1]} {1[key]} {2.real} {2.imag}".format(("a", "b"), {"key": "v"}, 3 + 4j))
data = {"name": "Widget", "price": 9.5, "qty": 3}
print("{name:>10}: {price:6.2f} x {qty:<3d} = {total:,.2f}".format(total=data["price"] * data["qty"], **data))
print("%s %r %a %5.2f %-6d| %+05d %x %X %o %e %g %c %%" % ("s", "r", "é", 2.345, 42, 7, 255, 255, 8, 12345.678, 0.0001, 65))
print("%(a)s-%(b)04.1f" % {"a": "A", "b": 3.14159})
print("%*d|%-*d|%.*f" % (5, 42, 5, 42, 2, 3.14159))
d = date(2024, 3, 7)
dt = datetime(2024, 3, 7, 14, 5, 9)
print(f"{d:%Y/%m/%d} {d:%A %d %B %Y} {dt:%H:%M:%S} {dt:%I %p %j %a %b}", "{:%y-%m}".format(d))
print(f"{'left':<10}|{'right':>10}|{'mid':^10}|{'fill':-^11}|")
print(f"{12345.6789:>15,.3f}|{0.000123:.2e}|{1/3:.15g}|{2/3:.0%}")
print(format(1e16), format(1e15), str(1e16), repr(123456789012345678.0), 1e-5, 0.0001)
print(format(True, "d"), format(True, ">5"), f"{True!s:>6}", format(None, ""), f"{None!r}")
print(f"{3+4j}", format(1.5 - 2j, ".2f"), repr(complex(0, -0.0)))
print(round(2.675, 2), round(0.5), round(1.5), round(-2.5), round(1234.5678, -2), round(15, -1), round(25, -1))
print(f"{'nested ' + f'{1+1}'!r}", f"{{literal}}", f"{'a' 'b'}")
table = [("apples", 3, 0.5), ("kiwis", 12, 0.25), ("watermelon", 1, 3.999)]
print(f"{'item':<12}{'qty':>5}{'each':>8}{'total':>9}")
for name, q, p in table:
    print(f"{name:<12}{q:>5}{p:>8.2f}{q * p:>9.2f}")
print(f"{'':=^34}")
print(f"{sum(q * p for _, q, p in table):>34.2f}")
