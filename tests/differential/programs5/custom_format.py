"""__format__ with custom specs, format(), nested f-string specs, conversions."""
from datetime import date


class Money:
    def __init__(self, cents, currency="EUR"):
        self.cents = cents
        self.currency = currency

    def __format__(self, spec):
        if spec == "":
            return str(self)
        if spec.endswith("c"):
            return f"{self.cents}c"
        width = 0
        if spec.startswith(">"):
            width = int(spec[1:])
            spec = ""
        text = f"{self.cents / 100:,.2f} {self.currency}"
        return text.rjust(width)

    def __str__(self):
        return f"{self.cents / 100:.2f}{self.currency}"

    def __repr__(self):
        return f"Money({self.cents}, {self.currency!r})"


m = Money(123456)
print(f"{m}|{m:c}|{m:>20}|{m!r}|{m!s}")
print(format(m, ""), format(m, ">5"), "{0:c} {0!r:>25}".format(m))
print("%s and %r" % (m, m))


class Angle:
    def __init__(self, deg):
        self.deg = deg

    def __format__(self, spec):
        unit = spec[-1:] if spec[-1:] in ("d", "r") else "d"
        num_spec = spec[:-1] if spec[-1:] in ("d", "r") else spec
        if unit == "r":
            return format(self.deg * 3.141592653589793 / 180, num_spec or ".3f") + " rad"
        return format(self.deg, num_spec or "") + "°"


for a in (Angle(90), Angle(45.5), Angle(-30)):
    print(f"[{a}] [{a:8.2fd}] [{a:r}] [{a:.5r}]")

width, prec = 12, 3
for value in (3.14159, -2.5, 1234567.891, 0.000123):
    print(f"|{value:{width}.{prec}f}|{value:<{width}.{prec}e}|{value:^{width},.{prec - 1}f}|{value:+.{prec}g}|")

print(f"{'left':<10}|{'right':>10}|{'mid':*^11}|")
print(f"{42:#x} {42:#o} {42:#b} {255:08X} {-42:+06d} {1234567:_d} {1234567:,}")
print(f"{0.5:%} {0.125:.1%} {1/3:.2%}")
print(f"{'abc'!r:>8} {'é'!a} {3.0!s} {None!r}")
d = date(2024, 2, 29)
print(f"{d:%Y-%m-%d} {d:%A %d %B %Y} {d:%j} {d}")
print("{:%b %d}".format(d), format(d, "%y/%m"))


class NoFormat:
    pass


try:
    print(f"{NoFormat():>10}")
except TypeError as e:
    print("TypeError:", e)
try:
    format(3, "z")
except ValueError as e:
    print("ValueError:", e)
try:
    format("s", "d")
except ValueError as e:
    print("ValueError:", e)
try:
    format(2.5, "x")
except ValueError as e:
    print("ValueError:", e)
print(format(True, "d"), format(True, ""), format(True, ">6"), f"{False:5}")
rows = [("alpha", 1.5, 3), ("beta", 22.25, 41), ("gamma", 333.125, 5)]
print(f"{'name':<8}{'value':>10}{'n':>5}")
for name, v, n in rows:
    print(f"{name:<8}{v:>10.2f}{n:>5d}")
print(f"{'total':<8}{sum(r[1] for r in rows):>10.2f}{sum(r[2] for r in rows):>5d}")
