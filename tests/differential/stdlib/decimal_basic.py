from decimal import (Decimal, getcontext, localcontext, InvalidOperation, DivisionByZero,
                     ROUND_HALF_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_EVEN,
                     ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP, Context)
import decimal

print(getcontext().prec, getcontext().rounding)
for s in ["1.5", "-0.00", "123456789012345678901234567890", "1e10", "1E-7", "0.000001",
          "0.0000001", "-12.340", "inf", "-Infinity", "nan", "1_000.5", "  42  ", "5E+3", ".5",
          "5.", "-0", "1.23e-10", "12345e-2"]:
    d = Decimal(s)
    print(repr(s), d, repr(d), d.as_tuple() if d.is_finite() else "", d.adjusted() if d.is_finite() else "")
print(Decimal(0.1), Decimal(1.5), Decimal(-2.0), Decimal(10), Decimal(-7), Decimal((0, (1, 4), -1)))
a, b = Decimal("1.1"), Decimal("2.2")
print(a + b, a - b, a * b, a / b, b / a, -a, +a, abs(-a))
print(Decimal(1) / Decimal(3), Decimal(2) / Decimal(3), Decimal(1) / Decimal(7) * 7)
print(Decimal(10) / Decimal(4), Decimal(100) / Decimal(10), Decimal("1.00") / Decimal(2))
print(Decimal(7) // Decimal(2), Decimal(-7) // Decimal(2), Decimal(7) % Decimal(3), Decimal(-7) % Decimal(3))
print(divmod(Decimal("7.5"), Decimal(2)))
print(Decimal("1.5") ** 2, Decimal(2) ** 10, Decimal(2) ** -2, Decimal(3) ** -1, Decimal("0.1") ** 3)
print(a + 1, 2 * a, 1 - a, 3 / Decimal(4))
print(Decimal("0.1") + Decimal("0.2") == Decimal("0.3"), 0.1 + 0.2 == 0.3)
print(Decimal("1.0") == 1, Decimal("1.5") == 1.5, Decimal("0.1") == 0.1, Decimal(2) > 1, Decimal("1.1") < 1.2)
print(sorted([Decimal("3"), Decimal("1.5"), Decimal("-2"), Decimal("1.50")]))
print(max(Decimal("1"), Decimal("2.5")), min([Decimal("9"), Decimal("0.5")]), sum([Decimal("0.1")] * 10))
print(hash(Decimal(5)) == hash(5), hash(Decimal("1.5")) == hash(1.5), hash(Decimal("0.5")) == hash(0.5))
print(len({Decimal("1.0"), Decimal(1), 1}))
x = Decimal("3.14159")
for r in [ROUND_HALF_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_EVEN, ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP]:
    print(r, x.quantize(Decimal("0.01"), rounding=r), (-x).quantize(Decimal("0.001"), rounding=r),
          Decimal("2.5").quantize(Decimal("1"), rounding=r), Decimal("-0.125").quantize(Decimal("0.01"), rounding=r))
print(Decimal("1.2345").quantize(Decimal("1.00")), Decimal("7").quantize(Decimal("0.001")))
print(round(Decimal("2.5")), round(Decimal("3.5")), round(Decimal("2.675"), 2), round(Decimal("-1.5")))
print(int(Decimal("-3.9")), float(Decimal("2.5")), int(Decimal("1e3")), float(Decimal("-0.1")))
print(Decimal(2).sqrt(), Decimal(16).sqrt(), Decimal("0.25").sqrt(), Decimal(100).sqrt(), Decimal("1.21").sqrt())
print(Decimal("120.00").normalize(), Decimal("0.000").normalize(), Decimal("1E+2").normalize(), Decimal("-5.50").normalize())
print(Decimal("2.5").to_integral_value(), Decimal("3.5").to_integral_value(), Decimal("-2.7").to_integral_value(ROUND_FLOOR))
print(Decimal("1.30").as_integer_ratio(), Decimal(-5).is_signed(), Decimal(0).is_zero(), Decimal("nan").is_nan())
getcontext().prec = 6
print(Decimal(1) / Decimal(7), Decimal("123456789") + 0, Decimal("1.23456789") * 1)
getcontext().prec = 28
with localcontext() as ctx:
    ctx.prec = 3
    print(Decimal(2) / 3, ctx.prec)
    ctx.rounding = ROUND_DOWN
    print(Decimal(2) / 3)
print(Decimal(2) / 3)
with localcontext(prec=5):
    print(Decimal(1) / 3)
try:
    Decimal("abc")
except InvalidOperation as e:
    print("InvalidOperation", e)
try:
    Decimal(1) / 0
except DivisionByZero as e:
    print("DivisionByZero", e, isinstance(e, ZeroDivisionError))
try:
    Decimal(0) / 0
except InvalidOperation as e:
    print("InvalidOperation", e)
try:
    Decimal(1) + 1.5
except TypeError as e:
    print("TypeError")
print(f"{Decimal('1234.5678'):.2f}", f"{Decimal('3.14159'):.3}", f"{Decimal('1234567.891'):,.2f}")
print(format(Decimal("0.125"), ".1%"), format(Decimal("12345.678"), "e"), format(Decimal("12345.678"), ".2e"))
print(format(Decimal("42"), ">8"), format(Decimal("-1.5"), "+.3f"), format(Decimal("1E+5"), "f"), format(Decimal("0.0001"), "g"))
print(format(Decimal("2.675"), ".2f"), format(Decimal("-0.001"), ".2f"), format(Decimal("123.456"), "10.1f"), format(Decimal(5), "05"))
print(Decimal("1.5").compare(Decimal(2)), Decimal(3).max(Decimal("3.0")), Decimal(1).copy_negate(), Decimal("-2").copy_abs())
print(getcontext())
c = Context(prec=5, rounding=ROUND_HALF_UP)
print(c.divide(Decimal(1), Decimal(6)), c.create_decimal("1.234567"), c.add(Decimal(1), Decimal("0.000001")))
print(Decimal("1.23E+5").to_eng_string(), Decimal("1E+3").to_eng_string(), str(Decimal("0E-8")), Decimal("0.00E+3"))
print(decimal.Decimal("10").is_integer() if hasattr(Decimal, "is_integer") else True)
print(Decimal(12) / Decimal("0.5"), Decimal("9.99") * 3, Decimal("100") - Decimal("0.01"))
