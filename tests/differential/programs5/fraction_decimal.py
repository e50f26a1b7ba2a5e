"""Exact arithmetic: fractions.Fraction and decimal.Decimal."""
from fractions import Fraction
from decimal import Decimal, getcontext, localcontext, ROUND_HALF_UP, ROUND_DOWN, InvalidOperation, DivisionByZero

half = Fraction(1, 2)
third = Fraction("1/3")
print(half + third, half - third, half * third, half / third, half ** 2, third ** -2, -half, abs(-third))
print(repr(half), str(Fraction(6, -4)), Fraction(0.75), Fraction("3.1415"), Fraction(Decimal("0.2")), Fraction(5))
print(Fraction(1, 3) == Fraction(2, 6), half == 0.5, half < third, half + 1, 1 - half, half * 2, 2 / half, half + 0.25)
print(Fraction(355, 113).limit_denominator(10), Fraction(3.141592653589793).limit_denominator(1000))
print(half.numerator, half.denominator, float(third), int(Fraction(7, 2)), round(Fraction(5, 2)), round(Fraction(7, 3), 2))
print(sum(Fraction(1, n) for n in range(1, 7)), Fraction(1, 3).as_integer_ratio(), hash(Fraction(1, 2)) == hash(0.5))
print(f"{Fraction(1, 3)}", format(float(Fraction(2, 3)), ".4f"), Fraction(10, 4) // 1, Fraction(10, 4) % 1, divmod(Fraction(7, 2), 1))
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    Fraction("abc")
except ValueError as e:
    print("ValueError:", e)

print(Decimal("0.1") + Decimal("0.2"), Decimal(0.1), Decimal("1.10") * 3, Decimal("10") / Decimal("4"), Decimal(3) / 7)
print(repr(Decimal("1.50")), str(Decimal("-0.000")), Decimal("1e3"), Decimal("1E+3") + 0, Decimal("123.4500").normalize())
print(Decimal("2.675").quantize(Decimal("0.01")), Decimal("2.675").quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))
print(Decimal("7.89").quantize(Decimal("1"), rounding=ROUND_DOWN), round(Decimal("2.5")), round(Decimal("3.14159"), 3))
print(Decimal("10") // 3, Decimal("-10") // 3, Decimal("-10") % 3, Decimal(2).sqrt(), Decimal("1.0") == 1, Decimal("0.5") < 1)
print(sorted([Decimal("1.1"), Decimal("0.9"), Decimal("1.10")]), max(Decimal("1"), Decimal("1.0")), Decimal("5").compare(3))
print(Decimal("1.23e-5"), Decimal("123456789e10"), Decimal("-inf"), Decimal("NaN").is_nan(), Decimal(12).as_tuple())
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / Decimal(7), Decimal("1.234567") + 0)
print(Decimal(1) / Decimal(7), getcontext().prec)
try:
    Decimal("1") / Decimal("0")
except DivisionByZero as e:
    print("DivisionByZero:", type(e).__name__)
try:
    Decimal("abc")
except InvalidOperation as e:
    print("InvalidOperation raised")
try:
    Decimal("1.5") + 1.5
except TypeError as e:
    print("TypeError:", e)
print(f"{Decimal('1234.5678'):,.2f} {Decimal('0.5'):%} {Decimal('-3'):+}")

prices = [Decimal("19.99"), Decimal("5.01"), Decimal("0.10")]
subtotal = sum(prices)
tax = (subtotal * Decimal("0.0825")).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
print(subtotal, tax, subtotal + tax, sum(prices, Decimal(0)) / len(prices))
print(int(Decimal("-7.9")), float(Decimal("0.1")), Decimal("3.0").is_integer() if hasattr(Decimal, "is_integer") else True)
share = Fraction(100, 3)
print(share, float(share), [share * k for k in (1, 2, 3)], Fraction(1, 3) + Fraction(1, 6) == half)
