"""Number formatting edge cases in a unit-conversion report."""
import math

values = [0, 1, -1, 7, 255, 1000000, -123456789, 2**31, 2**63 - 1, 2**64, -(2**70)]
print(f"{'n':>22} {'hex':>20} {'oct':>10} {'bin/bits':>10}")
for n in values:
    print(f"{n:>22,} {n:>#20x} {n & 0o777:>#10o} {n.bit_length():>10}")
print(f"{255:08b} {255:#010b} {-255:x} {255:X} {255:#X} {1234567:_d} {0xDEADBEEF:_x}")
print(f"{42:+d} {-42:+d} {42: d} {42:=+8d} {-42:=8d} {42:^9d}| {42:*<6}|")
print(format(12345.6789, ",.2f"), format(-0.0, ".1f"), format(0.0001234, ".2e"), format(1e21, "f")[:10])

floats = [0.1, 1/3, 2/3, 1e16, 1e15, 123456789.123, 1e-5, 0.0001, 1.5e300 * 1e10, -0.0, 2.5, 3.0, 1e22, 5e-324]
for x in floats:
    print(f"{x!r:>24} {x!s:>24} {x:>12.4g} {x:>14.6e} {x:>10.1%}" if math.isfinite(x) else f"{x!r:>24} {x:>12.4g}")
print(repr(float("nan")), float("-inf"), f"{math.nan:8.2f}|{-math.inf:<8}|{math.inf:+}")
print(f"{1.0:g} {1.5:g} {100000.0:g} {1000000.0:g} {1e-4:g} {1e-5:g} {0.00012345678:g} {123456789.0:.3g}")
print(f"{3.14159:.0f} {2.5:.0f} {3.5:.0f} {-2.5:.0f} {0.125:.2f} {0.375:.2f} {1.005:.2f} {2.675:.2f}")
print(f"{12.0:.3} {12.34:.3} {0.5:.0%} {1234.5:,.1f} {1234.5:_.3f} {1e6:,.0f}")
print(f"{3.0:#.0f} {3:#.0e} {0.000001:#g} {10.0:#g}")
print(f"{'x':>{5}} {3.14159:.{3}f} {7:0{4}d} {'ab':-^{6}}")

print(round(123.456, -1), round(123.456, 1), round(-0.5), round(0.5), round(1.5), round(2.5), round(1234, -2), round(1250, -2), round(1350, -2))
print(divmod(7, 3), divmod(-7, 3), divmod(7, -3), divmod(-7.5, 2), -7 // 3, -7 % 3, 7.5 % -2, math.fmod(-7, 3))
print(int("  42 "), int("-0x1f", 16), int("0b101", 0), int("1_000"), int("z", 36), int(-3.99), int(3.99), int("0o17", 8))
print(float("1e3"), float(" -2.5 "), float("inf"), float("1_0.5"), float(10**20), float(2**53 + 1))
print((0.1).as_integer_ratio(), (2.5).is_integer(), (4.0).is_integer(), (1.0).hex(), float.fromhex("0x1.8p1"))
print((255).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"), (-1).to_bytes(1, "big", signed=True))
print(10**20, 10**20 / 3, 10**20 // 3, 2**100 % 97, -(2**65) // 7, (2**65) * 1.0, 7 ** -1, 2 ** 0.5)
print(abs(-2**63), pow(3, 200, 1000), pow(2, -1, 7), math.isqrt(10**30), math.gcd(2**40, 6**20), math.lcm(4, 6, 10))
print(1e300 * 1e300, -1e300 * 1e300, 1e-320 / 1e10, 1 / 3 * 3 == 1, 0.1 + 0.2 == 0.3, math.isclose(0.1 + 0.2, 0.3))
print(sum([0.1] * 10), math.fsum([0.1] * 10), 1e16 + 1, 2**53 + 1.0, 9007199254740993)
print(str(1e16), str(1.0e15), str(123e-20), repr(1e-7), str(0.000123), 1/7, 100/3, 2**0.5 * 2**0.5)
print(complex(1, 2) * 1j, abs(3 + 4j), (1 + 2j).conjugate(), complex("3-4j"), 1j ** 2, (2 + 0j) ** 0.5)
print(hex(-255), oct(8), bin(-5), f"{True:d} {False!r} {True + True}", int(True), 3 * True)
print(f"{1234567.891:>15,.2f}|{-1234567.891:<15,.2f}|{0.5:^10.0%}|")
print(max(1, 2.0), min(-0.0, 0.0), max(0.0, -0.0), sorted([3, 1.5, True, -2]), 5 / 2, 4 / 2, 7 // 2.0)
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), round(-2.5), math.floor(2.5e20), math.ceil(1e-300))
print(math.factorial(25), math.comb(50, 25), math.perm(10, 3), math.prod([1.5, 2, 3]), math.dist((0, 0), (3, 4)))
print(f"{2**64:e} {2**64:.3g} {-(2**70):,} {10**25:f}")
