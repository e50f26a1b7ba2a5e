from datetime import datetime, date, time, timedelta
import math

rows = [("Widget", 4, 3.5), ("Gadget, deluxe", 12, 10.0), ("Thing", 1, 1234.5678), ("Ünïcödé", 0, -2.25)]
header = f"{'Item':<16}{'Qty':>5}{'Price':>12}{'Total':>14}"
print(header)
print("=" * len(header))
for name, q, p in rows:
    print(f"{name:<16.16}{q:>5d}{p:>12,.2f}{q * p:>14,.2f}")
print("-" * len(header))
print(f"{'TOTAL':<16}{sum(r[1] for r in rows):>5}{'':>12}{sum(r[1] * r[2] for r in rows):>14,.2f}")
for spec in ["", "10", "<10", ">10", "^10", "*^10", "+", "-", " ", "010", ",", "_", ".3", ".3f", ".3e", ".3g", ".3%", "#x", "#o", "#b", "x", "X", "c", "n", "10.2f", "+08.2f", "e", "E", "G", "%"]:
    try:
        a = format(255, spec) if spec not in (".3", ".3f", ".3e", ".3g", ".3%", "10.2f", "+08.2f", "e", "E", "G", "%") else format(255.0, spec)
    except ValueError as e:
        a = f"ValueError({e})"
    try:
        b = format(-3.14159, spec)
    except ValueError as e:
        b = f"ValueError({e})"
    print(repr(spec), repr(a), repr(b))
print(format("text", "^12"), format("text", ".2"), format(True, ">6"), format(None, ""), format(12.0, ""), format(1e100, ".2"))
print("%s %r %a" % ("é", "é", "é"), "%(name)s is %(age)d" % {"name": "Al", "age": 30}, "%5s|%-5s|%.1s" % ("ab", "cd", "ef"))
print("%i %u %X %#x %#o %e %E %g %G" % (42, 42, 255, 255, 8, 1.5, 1.5, 0.00001, 1e20))
print("%3d%%" % 50, "%.0f %.0f %.0f" % (0.5, 1.5, 2.5), "%c%c" % (72, "i"), "%-+6d|" % 5, "%x" % -255)
print("{:{w}.{p}f}".format(math.pi, w=10, p=3), "{0:>{1}}".format("r", 5), "{:%Y}".format(date(2020, 1, 1)))
print("{}-{}".format(*"ab"), "{a}{b}".format(**{"a": 1, "b": 2}), "{0.real}".format(3 + 4j), "{[0]}".format([9]))
print("{{literal}} {}".format(1), f"{{x}}", f"{'{'}", f"{3!r:>4}", f"{'s'!r}", f"{'é'!a}")
x, y = 3, 4.5
print(f"{x + y=}", f"{x*2 = }", f"{math.pi=:.3f}", f"{[x, y]!s}", f"{x:{'>'}{5}}")
print(f"{1_000_000:,}", f"{1234.5:_.1f}", f"{-1234:,}", f"{0.1:.20f}", f"{2/3:.1%}", f"{12:b}", f"{-12:#x}")
print(f"{1e-10:f}", f"{123.456:.0f}", f"{123.456:.0e}", f"{9.9999:.2f}", f"{0.0001234:.2g}", f"{123456:.2g}", f"{float('nan'):f}", f"{-float('inf'):>6}")
print(str(1e15), str(1e16), str(1.5e-5), str(0.0001), repr(1/3), repr(2/3), str(1e100), repr(123456789012345678.0))
print(float("1e-7"), 0.1 + 0.2, 1.0000000000000002, 9007199254740993, 9007199254740993.0, 1.23e+45, -0.0, 0.0 == -0.0)
d = datetime(2023, 11, 5, 7, 8, 9, 123456)
print(d, d.isoformat(), d.isoformat(sep=" ", timespec="seconds"), d.strftime("%y%m%d %I:%M %p %f"), d.time(), d.timetuple()[:3])
print(f"{d:%A, %d %B %Y}", d.ctime(), str(d.date()), time(13, 5), time(1, 2, 3).isoformat(), d.strftime("%%|%U|%W|%w"))
print(timedelta(days=3, hours=4, minutes=5, seconds=6.5), timedelta(0), timedelta(days=-1, hours=23), timedelta(hours=25) * 2)
print(timedelta(days=1) / timedelta(hours=6), timedelta(minutes=90).total_seconds(), -timedelta(seconds=30), timedelta(days=400).days)
print(datetime(2024, 1, 1) - datetime(2023, 1, 1), date(2024, 3, 10).replace(month=2, day=29), date.min, date(2024, 12, 31).timetuple().tm_yday)
print(datetime.fromisoformat("2024-05-06T07:08:09"), datetime(2024, 1, 31) + timedelta(days=1) * 30, date(2021, 1, 1).weekday())
print(round(123.456, -1), round(-123.456, 1), round(5), round(5.5), round(6.5), round(1.005, 2), round(2.5e-8, 9))
print(int("  42\n"), int("0o17", 0), int("1_000"), float(" 1.5 "), float("-inf"), int(-0.9), str(-0), 5 // 0.3, 5 % 0.3)
print("%.2f" % float("1e3"), "abc"[5:], "abc"[-10:2], [1, 2, 3][5:], (1, 2)[::-1], "x".ljust(0), "a".center(4, "*"))
print(format(3, "q"))
