import math

values = [0.0, -0.0, 1.0, 0.1, 1e16, 1e-5, 1.5e-7, 123456789.123, 1e22, 1e23, 2.5, 3.5, -2.5,
          float("inf"), float("-inf"), float("nan"), 5e-324, 1.7976931348623157e308, 0.30000000000000004]
for v in values:
    print(repr(v), str(v), f"{v:g}", f"{v:.3f}", f"{v:e}", f"{v:10.4}", f"{v:+}")
print([round(x, 1) for x in (0.05, 0.15, 0.25, 0.35, 2.675)])
print(round(2.5), round(3.5), round(-0.5), round(0.5), round(1.5))
print(f"{1234567.891:,.2f}", f"{1234567.891:_.3f}", f"{0.000123:.2%}", f"{12.5:08.3f}")
print(f"{math.pi:.0f}", f"{math.pi:#.0f}", f"{math.e:.15g}", f"{100.0:.0e}", f"{1e100:.2g}")
print(format(1e-10, ""), format(1e15, ""), format(1e16, ""), format(123.0, "n"))
print(f"{2/3:.20f}", f"{1/3!r}", f"{-1e-300 * 1e-300}")
print(float("1e500"), float("-1e-500"), float("  3.25  "), float("1_000.5"))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), int(-2.7), math.fsum([0.1] * 10))
print(7.0 // 2, -7.0 // 2, 7.0 % -3, -7.0 % 3, divmod(-7.5, 2))
print(1e308 * 10, -1e308 * 10, (1e308 * 10) - (1e308 * 10))
print(0.1 + 0.2 == 0.3, math.isclose(0.1 + 0.2, 0.3), (0.1).as_integer_ratio(), (2.5).is_integer())
print(float.fromhex("0x1.8p1"), (3.0).hex(), (0.1).hex())
print(f"{12345.6789:>15,.2f}|{-0.0:.1f}|{0.0:+.1f}|{float('nan'):>6}|{float('inf'):<6}|")
print(str(1e-4), str(1e-5), str(123e-20), 1e21, 1e20 + 0.0, 2.0 ** 62, 2.0 ** 53 + 1)
print(hash(1.0) == hash(1), hash(-1.0), int(1e20), int(-1e19))
