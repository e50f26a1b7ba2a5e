# Float repr/str boundaries: subnormals, 1e16/1e22, 1e-4/1e-5, and formatting of each.
import sys, math

boundary = [1e15, 1e16, 9999999999999998.0, 1e17, 1e21, 1e22, 1e23, 123456789012345678.0,
            0.0001, 0.00001, 1e-5, 1.5e-5, 0.000123, 1e-7, 5e-324, 2.2250738585072014e-308,
            1.7976931348623157e308, -1e-310, 4.9406564584124654e-324, 0.1, 0.3, 2/3, 100.0,
            1e100, 123e-20, 1.0000000000000002, 0.30000000000000004]
for x in boundary:
    print(repr(x), str(x), f"{x}", f"{x:g}", f"{x:.3g}", f"{x:e}", f"{x:.17g}", f"{x:r}" if False else "")

print(sys.float_info.max, sys.float_info.min, sys.float_info.epsilon, sys.float_info.dig)
print(math.ulp(1.0), math.nextafter(1.0, 2.0), math.nextafter(0.0, 1.0), math.ulp(0.0))
print(float("1e400"), float("-1e400"), float("1e-400"), float("  -0.0  "), float("infinity"), float("-NaN"))
print(float("1_000.5"), float("0x10" if False else "16"), float(".5"), float("5."), float("+1E3"))
for s in ["1__0", "_1", "1_", "1e", "e1", "0x1p3", "nan(1)", "in f", "١٢٣", "１２.５", "1,5", ""]:
    try:
        print(repr(s), float(s))
    except ValueError as e:
        print(repr(s), "ValueError:", e)
for s in ["  42  ", "+7", "-0", "1_000", "0b101", "0o17", "0x1F", "٣٤", "1_2_3", "00", "007",
          "1__2", "_5", "4.0", "", " ", "1e3", "½", "²"]:
    try:
        print(repr(s), int(s))
    except ValueError as e:
        print(repr(s), "ValueError:", e)
for s, base in [("0b101", 0), ("0o17", 0), ("0x1F", 0), ("017", 0), ("0", 0), ("z", 36), ("Z1", 36),
                ("101", 2), ("12", 2), ("ff", 16), ("0xff", 16), ("0b1", 16), ("  -ff ", 16), ("1_0", 0)]:
    try:
        print(repr(s), base, int(s, base))
    except ValueError as e:
        print(repr(s), base, "ValueError:", e)
try:
    int("5", 1)
except ValueError as e:
    print("ValueError:", e)
try:
    int(5, 10)
except TypeError as e:
    print("TypeError:", e)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)
try:
    int(None)
except TypeError as e:
    print("TypeError:", e)
try:
    float([1])
except TypeError as e:
    print("TypeError:", e)
print(int(b"12"), int(bytearray(b" 34 ")), float(b"1.5"), int(b"ff", 16))
print(int(-0.9), int(1e20), int(2.5e-3), int("-" + "9" * 25), float(10**30), float(-(10**400) // 10**399))
try:
    float(10**400)
except OverflowError as e:
    print("OverflowError:", e)
print(10**400 / 10**399, (10**400) // 7 % 1000, 1 / 3 * 3 == 1.0, 10**16 + 1.0, -(2**63) * 1.0)
