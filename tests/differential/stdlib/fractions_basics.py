# fractions.Fraction: construction, arithmetic, comparisons, conversions, limit_denominator.
from fractions import Fraction
import math

vals = [Fraction(3, 4), Fraction(-6, 8), Fraction(5), Fraction(), Fraction(0, -3), Fraction(7, -21), Fraction(True),
        Fraction(0.5), Fraction(0.1), Fraction(-2.75), Fraction(1e-20), Fraction(2**70), Fraction(Fraction(2, 3)),
        Fraction(Fraction(1, 2), Fraction(3, 4)), Fraction(3, Fraction(9, 2)),
        Fraction("3/4"), Fraction(" -10/4 "), Fraction("1.25"), Fraction("-.5"), Fraction("1e3"), Fraction("2.5E-3"),
        Fraction("1_000/3"), Fraction("+7"), Fraction("0.000"), Fraction("12.5e-1")]
for f in vals:
    print(repr(f), str(f), f.numerator, f.denominator, f.as_integer_ratio(), float(f), int(f), bool(f))

a, b = Fraction(1, 3), Fraction(5, 6)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), -a, +a, abs(-a), a ** 2, a ** -2, (-a) ** -3, a ** 0)
print(a + 1, 1 + a, a - 2, 2 - a, a * 3, 3 * a, a / 4, 4 / a, 7 // a, 7 % a, divmod(7, a), 2 ** Fraction(3), 2 ** Fraction(-2))
print(a + 0.5, 0.5 + a, a * 1.5, a / 0.25, a ** 0.5, 4 ** Fraction(1, 2), Fraction(9, 4) ** Fraction(1, 2), a ** Fraction(2))
print(a == Fraction(2, 6), a == 1 / 3, Fraction(1, 2) == 0.5, Fraction(2) == 2, Fraction(1, 2) != 0.5, a < b, a > 0.3, a <= 1, 2 >= a)
print(Fraction(1, 2) < float("inf"), Fraction(1, 2) > float("-inf"), Fraction(1, 2) == float("nan"), Fraction(1, 2) < float("nan"))
print(sorted([Fraction(3, 2), 1, 0.75, Fraction(-1, 3), 2]), max(Fraction(1, 3), Fraction(2, 7)), sum([Fraction(1, n) for n in range(1, 8)]))
print(hash(Fraction(1, 2)) == hash(0.5), hash(Fraction(4, 2)) == hash(2), hash(Fraction(1, 3)), hash(Fraction(-1, 3)), hash(Fraction(10**30, 7)))
print(len({Fraction(1, 2), 0.5, Fraction(2, 4), 1, Fraction(1)}), {Fraction(3, 1): "x"}[3])
print(math.floor(Fraction(-7, 2)), math.ceil(Fraction(-7, 2)), math.trunc(Fraction(-7, 2)), round(Fraction(5, 2)), round(Fraction(7, 2)), round(Fraction(-5, 2)))
print(round(Fraction(22, 7), 2), round(Fraction(22, 7), -1), round(Fraction(1234567, 100), -2), round(Fraction(1, 3), 0), int(Fraction(-7, 2)))
print(Fraction(math.pi).limit_denominator(), Fraction(math.pi).limit_denominator(100), Fraction(3.14159).limit_denominator(1000), Fraction(1, 3).limit_denominator(2))
print(Fraction(0.1).limit_denominator(10), Fraction(-0.333).limit_denominator(5), Fraction(5, 7).limit_denominator(7), Fraction(1, 10**30).limit_denominator(1000))
print(Fraction.from_float(0.25), Fraction.from_float(3), Fraction.from_float(-1.5e-3))
print(float(Fraction(1, 3)), float(Fraction(2**80 + 1, 3**40)), float(Fraction(1, 10**400)), float(Fraction(-10**400 - 1, 10**100)) if False else "skip", float(Fraction(1, 2**1074)), float(Fraction(3, 2**1076)))
print(f"{float(Fraction(10**20, 3)):.17g}", float(Fraction(123456789012345678901234567890, 987654321)), Fraction(1, 3).real, Fraction(1, 3).imag)

class MyFrac(Fraction):
    pass
mf = MyFrac(1, 2)
print(repr(mf), type(mf).__name__, type(mf + 1).__name__, isinstance(mf, Fraction))

for args in [(1, 0), ("1/0",), ("abc",), ("1/2/3",), ("1.5/2",), (" ",), (1.5, 2), ("1", 2), (None,), (float("nan"),), (float("inf"),)]:
    try:
        print(Fraction(*args))
    except (ValueError, TypeError, ZeroDivisionError, OverflowError) as e:
        print(type(e).__name__, e)
for f in [lambda: Fraction(1, 2) / 0, lambda: Fraction(1, 2) // Fraction(0), lambda: Fraction(0) ** -1, lambda: Fraction(1, 3).limit_denominator(0), lambda: 1 % Fraction(0)]:
    try:
        print(f())
    except (ZeroDivisionError, ValueError) as e:
        print(type(e).__name__, e)
