from fractions import Fraction
import decimal

print(7 / 2, 7 // 2, -7 // 2, 7 % -2, -7 % 2, 2 ** 10, 2 ** -1, (-2) ** 2, -2 ** 2, 10 ** -2)
print(0.1 * 3, 1 / 3 * 3, 1e16 + 1, 2 ** 53 + 1, float(2 ** 53 + 1), int(1e16) + 1, 9007199254740993)
print(10 ** 20 // 3, 10 ** 20 % 7, -(10 ** 20) // 7, (10 ** 20) / 4, 2 ** 100 / 2 ** 99, 3 ** 40 % 1000)
print(int("9" * 25) + 1, int("-" + "9" * 20) - 1, 123456789 * 987654321, 2 ** 63, -(2 ** 63), 2 ** 64 - 1)
print(abs(-(2 ** 70)), round(2 ** 70 / 3), int(2.5e20), 10 ** 16 * 10 ** 4, (2 ** 70) // (2 ** 35), 7 ** 23)
print(1 < 2 < 3, 3 > 2 > 2, 1 == 1.0 == True, 1 is not None, 0 < 0.5 < 1, "a" < "b" < "c", [1] < [1, 0] < [2])
print(True + True, True * 10, False - 1, ~True, -True, True / 2, sum([True] * 5), True & False, True | 2, 5 ^ True)
print(0b1010 | 0b0101, 0xFF & 0x0F, 1 << 40, -1 >> 3, ~0, -16 >> 2, 6 & -6, 2 ** 70 >> 60, (1 << 100) >> 99)
print(Fraction(3, 4) + Fraction(1, 6), Fraction(5, 10), Fraction("2/3") * 3, Fraction(0.75), Fraction(1, 3) < 0.34)
print(float(Fraction(1, 3)), Fraction(7, 2).limit_denominator(1), round(Fraction(7, 2)), Fraction(-7, 3) // 1, abs(Fraction(-1, 2)))
print(repr(Fraction(1, 2)), Fraction(1, 2) == 0.5, hash(Fraction(1, 2)) == hash(0.5), Fraction(3).denominator, Fraction(6, 4).numerator)
decimal.getcontext().prec = 10
D = decimal.Decimal
print(D(1) / D(7), D("1.1") + D("2.2"), D("3.14159").quantize(D("0.01")), D(2) ** 100, D("-1.5").copy_abs(), D("1.50").normalize())
print(D("2.5").to_integral_value(), D(10) % D(3), D(-10) // D(3), D("NaN").is_nan(), D("1e-3") < D("0.01"), max(D(1), D("1.0")))
print(complex(3, 4) / 2, (1 + 1j) ** 2, complex(1, -0.0), 1j * 1j == -1, (2 + 3j).real, (2 + 3j).imag, abs(1j))
print(round(0.125, 2), round(0.375, 2), round(-1.005, 2), round(1e15 + 0.5), round(2.5, 0), round(-0.0), round(5, -1), round(15, -1))
print(int.__add__(3, 4), (5).__mul__(2), (3.0).__truediv__(2), float.__round__(2.567, 1), (7).__rpow__(2), (1).__neg__())
print(max(1, 2.0), min(-0.0, 0.0), max(0.0, -0.0), sorted([2, 1.5, True, 0.0, -1]), 3 * 1.1, 1.1 + 2.2, 3.3 - 1.1)
print(divmod(2 ** 80, 12345), pow(10, 20, 997), pow(2, 0.5), pow(-1, 0.5), 0 ** 0, 0.0 ** 0, (-8) ** (1 / 3))
print(f"{2 ** 0.5:.50f}", f"{1 / 3:.30}", f"{1e-7}", f"{1e-7:f}", f"{123456789.0:e}", f"{0.1 + 0.2!r}")
print(isinstance(2 ** 80, int), type(2 ** 80), type(10 / 5), (10 / 5).is_integer(), (2 ** 80).bit_length(), int.bit_length(255))
