"""int/float/complex formatting and conversion corner cases."""
import math

floats = [0.0, -0.0, 1.0, -1.5, 1e16, 1e-5, 1.5e-7, 123456789.0, 1e22, 2.5e-310,
          float("inf"), float("-inf"), float("nan"), 0.1 + 0.2, 1 / 3, 2 ** 0.5, 100.0]
for x in floats:
    print(repr(x), str(x), f"{x:g}", f"{x:.3e}", f"{x:10.4f}", f"{x:+}", round(x, 2) if math.isfinite(x) else "-")

print(f"{1e100:.0f}"[:20], len(f"{1e100:.0f}"))
print(f"{123.456:.0f} {0.5:.0f} {1.5:.0f} {2.5:.0f} {-0.5:.0f}")
print(round(0.5), round(1.5), round(2.5), round(-2.5), round(2.675, 2), round(1234.5678, -2), round(15, -1), round(25, -1))
print(f"{12345.6789:,.2f} {-1234567.0:_.1f} {0.000001:g} {1e-4:g} {123456789.0:g} {1e6:g} {999999.5:g}")
print(f"{3.0:#g} {3.0:#.3g} {0.0001:#.2g} {12.0:#}")
print(f"{7:e} {7:.2f} {7:%} {7:g} {-7:n}")
print(float("  -3.25e2 "), float("+inf"), float("-Infinity"), float("1_000.5"), float(".5"), float("5."))
for bad in ["", "abc", "1e", "--1", "1__0", "0x10"]:
    try:
        float(bad)
    except ValueError as e:
        print("ValueError:", e)
print(int("0x1f", 16), int("0b101", 0), int("0o17", 0), int("1_000"), int("-  5".replace(" ", "")), int("z", 36))
for bad, base in [("12a", 10), ("", 10), ("0x", 16), ("9", 8), ("1.5", 10)]:
    try:
        int(bad, base)
    except ValueError as e:
        print("ValueError:", e)
try:
    int("5", 1)
except ValueError as e:
    print("ValueError:", e)
print(int(3.99), int(-3.99), int(True), int("  42\n"), int(1e20), int(-0.0))
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)

big = 2 ** 100 + 7
print(big, hex(big), oct(big)[:12], bin(big)[-8:], f"{big:,}", f"{big:_x}", f"{big:>40}", f"{-big:e}")
print(big // 3, big % 1000, -big // 7, divmod(-big, 13), pow(big, 3, 1000003), big.bit_length())
print((2 ** 64).to_bytes(9, "big"), int.from_bytes(b"\x01\x00", "little"), (255).to_bytes(2, "little", signed=False))
print((-1) ** 0.5 if False else abs(-7), 7 ** -1, 2 ** -2, (-8) ** (1 / 3))
print(10 / 4, 10 // 4, -10 // 4, 10 % -4, -10 % 4, divmod(7.5, 2), divmod(-7.5, 2), 7.5 % -2)
print(math.fmod(-7.5, 2), math.copysign(0.0, -1), math.floor(-0.5), math.ceil(-0.5), math.trunc(-2.7))
print(1e308 * 10, -1e308 * 10, (1e308 * 10) - (1e308 * 10))
try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError:", e)
try:
    math.exp(1000)
except OverflowError as e:
    print("OverflowError:", e)
try:
    1 / 0.0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    5 % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    divmod(1.0, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)

z = complex(3, -4)
print(z, abs(z), z.conjugate(), z * 1j, z / 2, z ** 2, complex("1+2j"), complex(0, 0), -0j, 1j * 1j)
print(repr(complex(1.5, float("inf"))), complex(-0.0, -0.0), f"{z:.2f}", f"{z:>20}", z.real, z.imag)
print((1 + 2j) == complex(1, 2), 2 + 0j == 2, hash(2 + 0j) == hash(2))
print(float.fromhex("0x1.8p1"), (0.1).hex(), (3.5).as_integer_ratio(), (0.75).is_integer(), (4.0).is_integer())
print(int.bit_count(255), (10).bit_length(), (-5).__abs__(), (5).__neg__(), True + True, True * 3.5, -True)
print(max(1, 1.0), min(0, -0.0, 0.0), sum([0.1] * 10), math.fsum([0.1] * 10), sum([1, 2], 0.5))
print(f"{math.pi:.50f}")
print(f"{2/3:.17g} {2/3!r} {1e-7!s} {1.0e15} {1.0e16} {-1e-4} {0.0001}")
