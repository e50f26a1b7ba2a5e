from decimal import (Decimal, getcontext, localcontext, Context, ROUND_HALF_UP, ROUND_HALF_EVEN,
                     ROUND_DOWN, ROUND_UP, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_DOWN, ROUND_05UP,
                     InvalidOperation, DivisionByZero, Inexact, Rounded, BasicContext, ExtendedContext)
import decimal

vals = ["1.005", "2.5", "-2.5", "0.125", "-0.125", "1.115", "999.995", "0.0449"]
modes = [ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_DOWN, ROUND_UP, ROUND_CEILING, ROUND_FLOOR, ROUND_05UP]
for v in vals:
    print(v, [str(Decimal(v).quantize(Decimal("0.01"), rounding=m)) for m in modes])
print(Decimal("7.325").quantize(Decimal("1e-1")), Decimal("123.456").quantize(Decimal("1E+1")))
for s in ["0", "-0", "1.10", "1e5", "1E-7", "123456789012345678901234567890", "0.000001", "0.0000001",
          "1.23E+3", "Infinity", "-inf", "NaN", "sNaN", "  3.14  ", "1_000.5"]:
    d = Decimal(s)
    print(repr(d), str(d), d.is_signed(), d.as_tuple())
print(Decimal(0.1), Decimal(1.5), Decimal(10), Decimal(-3), Decimal((1, (1, 4), -1)))
print(Decimal("1") / Decimal("3"), Decimal(2).sqrt(), Decimal(1).exp(), Decimal(10).ln(), Decimal(100).log10())
print(Decimal("10") / 4, Decimal(7) // 2, Decimal(-7) // 2, Decimal(-7) % 2, divmod(Decimal(-7), 2), Decimal(2) ** 10, Decimal("1.5") ** 2)
print(Decimal("1.30") + Decimal("1.20"), Decimal("1.30") * Decimal("1.20"), Decimal("5.0") - 5, -Decimal("0.00"))
print(Decimal("3.14159").normalize(), Decimal("100").normalize(), Decimal("1.2300").normalize(), Decimal("-0.0").normalize())
print(Decimal("12.345").to_integral_value(), Decimal("12.5").to_integral_value(ROUND_HALF_UP), round(Decimal("2.675"), 2), round(Decimal("2.5")), round(Decimal("3.5")))
print(int(Decimal("-7.9")), float(Decimal("1.1")), Decimal("1.5").as_integer_ratio(), Decimal("0.1").adjusted(), Decimal("123").adjusted())
print(Decimal(1).compare(Decimal(2)), Decimal("1.0") == Decimal("1"), Decimal("1.0") == 1, Decimal("0.1") == 0.1, Decimal(1) < 2.5)
print(max(Decimal("1.1"), Decimal("1.10")), min([Decimal(3), Decimal(-1)]), sorted(Decimal(x) for x in "3 1.5 -2 0".split()))
print(Decimal("1.2345").scaleb(2), Decimal("5").copy_negate(), Decimal("-5").copy_abs(), Decimal(5).copy_sign(Decimal(-1)))
print(f"{Decimal('1234567.891'):,.2f}", f"{Decimal('0.5'):.0%}", f"{Decimal('12.3'):>10}|", f"{Decimal('1e-10'):f}", f"{Decimal('123.456'):e}", f"{Decimal('-1.5'):+.3f}")

ctx = getcontext()
print(ctx.prec, ctx.rounding, ctx.Emax, ctx.Emin, ctx.capitals)
with localcontext() as c:
    c.prec = 5
    print(Decimal(1) / 7, Decimal("123456789") + 0, +Decimal("1.23456789"))
    c.rounding = ROUND_DOWN
    print(Decimal(2) / 3)
with localcontext(prec=50):
    print(Decimal(2).sqrt())
print(Decimal(1) / 7)
c2 = Context(prec=3, rounding=ROUND_HALF_UP)
print(c2.divide(Decimal(10), Decimal(3)), c2.add(Decimal("1.005"), Decimal(0)), c2.create_decimal("3.14159"), c2.power(2, 10))
try:
    Decimal(1) / 0
except DivisionByZero as e:
    print("DivisionByZero", type(e).__mro__[1].__name__, isinstance(e, ZeroDivisionError), e)
try:
    Decimal("abc")
except InvalidOperation as e:
    print("InvalidOperation", e)
try:
    Decimal(0) / 0
except InvalidOperation as e:
    print("InvalidOperation", e)
try:
    Decimal("1.5").quantize(Decimal("1e-30"))
except InvalidOperation as e:
    print("InvalidOperation quantize", e)
with localcontext(ExtendedContext):
    print(Decimal(1) / 0, Decimal(0) / 0, Decimal(-1).sqrt())
with localcontext() as c:
    c.traps[Inexact] = True
    try:
        Decimal(1) / 3
    except Inexact:
        print("trapped Inexact")
    c.clear_flags()
with localcontext() as c:
    c.clear_flags()
    Decimal(1) / 3
    print(bool(c.flags[Inexact]), bool(c.flags[Rounded]), bool(c.flags[DivisionByZero]))
print(BasicContext.prec, ExtendedContext.prec, decimal.MAX_PREC > 0)
print(sum([Decimal("0.1")] * 10), sum([Decimal("0.1")] * 10) == Decimal(1), hash(Decimal("1.0")) == hash(1))
print(Decimal("1.10").is_finite(), Decimal("nan").is_nan(), Decimal("inf").is_infinite(), Decimal(0).is_zero())
print(Decimal("19.99") * 3, (Decimal("19.99") * Decimal("0.0825")).quantize(Decimal("0.01")))
print(Decimal("-1.5").__abs__(), Decimal("7").max(Decimal("8")), Decimal(3).fma(2, 1), Decimal(12).remainder_near(5))
