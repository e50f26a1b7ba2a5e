# Mixed numeric arithmetic: bool/int/float/complex/Fraction/Decimal promotion, results' types and reprs,
# comparisons across types, exact int/float comparison at large magnitudes, true/floor division signs.
from fractions import Fraction
from decimal import Decimal
vals = [True, 3, -2, 2.5, 1 + 1j, -0.0]
for a in vals:
    row = []
    for b in vals:
        try:
            r = a + b
            row.append(f"{type(r).__name__}:{r!r}")
        except TypeError:
            row.append("TypeError")
    print(f"{a!r:>16} +", " | ".join(row))
for a, b in [(7, 2), (-7, 2), (7, -2), (7.0, 2), (-7, 2.0), (True, 2), (Fraction(7, 2), 2), (Fraction(-7, 2), Fraction(1, 3)), (7, Fraction(2)), (1e300, 1e-300)]:
    try:
        print(f"{a!r} / {b!r} = {a / b!r}; // = {a // b!r}; % = {a % b!r}; ** 2 = {a ** 2!r}")
    except OverflowError as e:
        print(f"{a!r} {b!r} OverflowError {e}")
big = 2 ** 53 + 1
print(big == float(big), big > float(big), float(big) == 2 ** 53, 2 ** 1000 > 1e300, 2 ** 1024 > float("inf"), -(2 ** 1024) < -1e308)
print(10 ** 16 + 1 == 1e16, 10 ** 16 + 1 > 1e16, (10 ** 16 + 1) - 1e16, float(10 ** 16 + 1), int(1e16) + 1)
try:
    float(2 ** 1024)
except OverflowError as e:
    print("OverflowError", e)
try:
    2 ** 1024 / 1
except OverflowError as e:
    print("OverflowError", e)
print(2 ** 1024 // 2 ** 1000, (2 ** 1024 + 1) / 2 ** 1000, 10 ** 400 // 10 ** 399, (10 ** 400) % 7, -(10 ** 30) // 7, -(10 ** 30) % 7)
print(1 == 1.0 == Fraction(1), 1.0 == (1 + 0j) == True, 1.0 == Decimal(1), hash(1) == hash(1.0) == hash(Fraction(1)) == hash(Decimal(1)) == hash(1 + 0j))
print(Fraction(1, 2) == 0.5, Fraction(1, 3) == 1 / 3, Fraction(1, 3) < 1 / 3, Decimal("0.1") == 0.1, Decimal("0.5") == 0.5, Decimal("0.1") < 0.2)
try:
    Decimal("1.5") + 1.5
except TypeError as e:
    print("TypeError", e)
try:
    Fraction(1, 2) + Decimal("0.5")
except TypeError as e:
    print("TypeError", e)
print(Decimal("1.5") + 1, Decimal(7) / 2, Decimal(-7) // 2, Decimal(-7) % 2, Fraction(3, 4) ** 2, Fraction(4, 9) ** 0.5, 2 ** Fraction(1, 2))
try:
    1j < 2j
except TypeError as e:
    print("TypeError", e)
print((1 + 2j) == (1 + 2j), (1 + 0j) == 1, 1j * 1j, (2 + 3j).conjugate(), (3 + 4j).real, (1j).imag, complex(2, 0) ** 2, (1 + 1j) ** 0)
try:
    (1 + 1j) // 1
except TypeError as e:
    print("TypeError", e)
try:
    0j ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(True + True, True * 2.5, True / 2, True // 2, -True, ~True, True ** 10, True << 3, type(True + 0).__name__, True == 1.0, {True: "t", 1: "o"})
print((1e-200 + 0j) ** -2 if False else 0, 0.1 + 0.2, 0.1 + 0.2 == 0.3, round(0.1 + 0.2, 15) == 0.3, 1 / 3, 2 / 3, 1e16 + 1, 1e16 + 2, 5e-324 / 2, -5e-324 / 2, 1.7976931348623157e308 * 1.0000000000000002)
print(7 % -3, -7 % 3, 7.5 % -2, -7.5 % 2, 0.0 % 5, -0.0 % 5, 5 % float("inf"), -5 % float("inf"), divmod(-0.0, 1))
print(int(7 / 2), int(-7 / 2), 7 // 2, -7 // 2, round(7 / 2), round(-7 / 2), -(7 // -2), 3 ** -2, (-8) ** (1 / 3) == (-8) ** (1 / 3))
print(isinstance(2 ** 100, int), isinstance(True, int), float.is_integer(2.0), (2.0).hex(), int.bit_length(255), Fraction(0.1), Fraction("1/3") + Fraction("2/3"))
print(abs(-2 ** 63), -2 ** 2, (-2) ** 2, 2 ** -1, 2 ** 3 ** 2, -3 ** 0.5 if False else (-3) ** 0.5)
