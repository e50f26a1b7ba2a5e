# Assorted formatting edge cases: conversions, nested fields, numbers in str.format and f-strings.
print("{0!r:^12}|{0!s:^12}|{0!a:^12}".format("é"))
print("{:,}".format(-1234567.891), "{:_.3f}".format(1234567.891), "{:,d}".format(-10 ** 10))
print("{:+}".format(0), "{:+}".format(-0.0), "{: }".format(5), "{:-}".format(5), "{:=+8}".format(5))
print("{:.0%}".format(0.125), "{:.1%}".format(1 / 3), "{:%}".format(2), "{:.2%}".format(-0.00005))
print("{:e}".format(0), "{:E}".format(123), "{:.0e}".format(5e-324), "{:g}".format(1e-4), "{:g}".format(123456789))
print("{:#x} {:#o} {:#b} {:#X}".format(0, 0, 0, 0), "{:x}".format(True), "{:c}".format(9731))
print("{0:{1}{2}{3}}".format(42, "0", ">", 8), "{:{}{}}".format("ab", "^", 6), "{:{w}.{p}}".format(2 / 3, w=10, p=4))
print(f"{-7 // 2 = }", f"{'x' * 3 = }", f"{[1, 2][-1] = }", f"{1_000_000:_}", f"{2 ** 100:,}")
print(f"{1e100:.3}", f"{1e-100:.3}", f"{0.000123456:.2e}", f"{123.456:012.4f}", f"{-123.456:012.4f}")
print(f"{12345.6789:,.2f}", f"{12345.6789:_.1f}", f"{0.5:.0f}", f"{1.5:.0f}", f"{2.5:.0f}", f"{-0.5:.0f}")
print(format(1234.5, ",.1f"), format(-0.0001, ".2g"), format(99.99, ".3g"), format(0.0, "e"), format(100, "e"))
print(f"{'é':^5}|{'😀':*>4}|{'中':.<3}|")
val = 3
print(f"{'odd' if val % 2 else 'even'}", f"{val!r:>4}", f"{val:>{val}}", f"{{{val}}}", f"{ {val: val} }")
for v in [0, 1, -1, 255, 2 ** 40, -2 ** 40]:
    print(f"{v:>18,}|{v:<#16x}|{v:^+16}|{v:016b}")
for v in [0.0, 1.0, -1.5, 1 / 3, 12345.678, 1e-9, 1e21]:
    print(f"{v:10.3f}|{v:<12.4e}|{v:^12.5g}|{v:+.2%}")
class Tag:
    def __format__(self, spec):
        return f"<{spec or 'none'}>"
t = Tag()
print(f"{t}", f"{t:x}", f"{t:{'nested'}}", "{:abc}".format(t), format(t, "z"))
