from datetime import date, datetime, time, timedelta
from decimal import Decimal
from fractions import Fraction

rows = [("widget", 1234.5, 3), ("gizmo", 0.125, 12), ("thingamajig", -98765.4321, 0), ("nut", 1e-7, 1000000)]
w = max(len(r[0]) for r in rows)
print(f"{'name':<{w}} | {'price':>14} | {'qty':^9} |")
print(f"{'':-<{w}}-+-{'':-^14}-+-{'':-<9}-|")
for name, price, qty in rows:
    print(f"{name:<{w}} | {price:>14,.3f} | {qty:^9_d} |")

x = 3.14159265
n = 255
print(f"{x=}", f"{x = :.2f}", f"{n=:#x}", f"{n = !r}")
print(f"{n:b} {n:#b} {n:o} {n:#o} {n:x} {n:X} {n:#X} {n:08b} {n:c}")
print(f"{-n:+d} {n:+d} {n: d} {-n: d} {n:=+8d} {n:*^11} {n:_<8}|")
print(f"{1234567890:,} {1234567890:_} {0xDEADBEEF:_x} {12345.6789:,.2f}")
print(f"{x:e} {x:.3E} {x:g} {1e20:g} {1e-5:g} {123456789.0:g} {0.0001234:.2g}")
print(f"{0.5:%} {0.12345:.1%} {1/3:.4} {2/3:10.4} {1e100:.3}")
print(f"{float('inf'):>8} {float('-inf'):<8}| {float('nan'):^7}| {-0.0} {0.0:+}")
print(f"{'left':<10}|{'right':>10}|{'mid':^10}|{'fill':~^10}|")
print(f"{'trunc me':.4}|{'pad':>6.2}|{3:03}|{-3:03}|{3.5:06.2f}|{-3.5:07.2f}")
s = "café"
print(f"{s!r} {s!a} {s!s} {s:>8} {s.upper()!r:>10}")
print(f"{'nested {braces}'} {{literal}} {'{'}{'}'}")
width, prec = 12, 3
print(f"[{x:{width}.{prec}f}] [{x:<{width}.{prec}e}] [{'abc':{'^'}{width}}]")
d = date(2024, 2, 29)
dt = datetime(2023, 12, 31, 23, 59, 7, 120000)
print(f"{d} {d:%d/%m/%Y} {d:%A %B %j} {dt:%Y-%m-%d %H:%M:%S.%f} {dt:%I:%M %p}")
print(f"{dt!r}")
print(f"{dt.time()} {time(7, 5):%H.%M} {timedelta(days=1, seconds=3725)} {timedelta(hours=-1)}")
print(f"{Decimal('3.14159'):.2f} {Decimal('1234.5'):,} {Decimal('0.1') + Decimal('0.2')} {Decimal('-0'):>5}")
print(f"{Fraction(3, 4)} {Fraction(10, 4)!r} {float(Fraction(1, 3)):.5f}")
items = {"a": 1, "b": [1, 2]}
print(f"{items['a']} {items['b'][-1]} {len(items)=} {items}")
print(f"{'yes' if n > 100 else 'no'} {(lambda v: v * 2)(21)} {[i * i for i in range(4)]}")
print(f"{3 + 4j} {complex(1, -2)!r} {(1 + 2j) * 1j}")
print(f"{True} {True:d} {True:>5} {None!r} {b'bytes'} {bytearray(b'xy')!r}")
print("%5.1f|%-6d|%06.2f|%x|%o|%e|%s|%r|%%|%c" % (x, 42, x, 255, 8, 12345.678, "s", "r", 65))
print("%(name)s is %(age)d" % {"name": "Ann", "age": 31}, "%+.3g" % 0.000123456, "%10.4s|" % "abcdefg")
print("{0}{1}{0}".format("ab", "-"), "{:>{w}}".format("r", w=4), "{0[1]}{1[k]}".format([5, 6], {"k": 7}))
print("{p.real}/{p.imag}".format(p=3 + 4j), "{!r:>8}".format("q"), "{:,d}".format(10**9))
print(format(1234.5, "010.2f"), format(-1234.5, "010.2f"), format(0.1, ".17g"), format(255, "#010x"))
print(f"{1e16:.0f} {2.5:.0f} {3.5:.0f} {0.125:.2f} {0.375:.2f} {1.005:.2f}")
print(f"{12:e} {0:e} {-0.0:g} {100.0:.0e} {1.5e-10:.2e} {123.456:.1f}")
