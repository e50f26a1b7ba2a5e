"""decimal: context traps and signals, localcontext, quantize errors, flags, formatting with ',' and 'e', rounding, special values."""
import decimal
from decimal import Decimal, Context, localcontext, getcontext, setcontext, InvalidOperation, DivisionByZero, Inexact, Rounded, Overflow, FloatOperation, ROUND_HALF_UP, ROUND_DOWN, ROUND_CEILING, ROUND_05UP, ROUND_HALF_EVEN

ctx = getcontext()
print(ctx.prec, ctx.rounding, ctx.Emax, ctx.Emin, ctx.capitals, ctx.clamp, sorted(t.__name__ for t, v in ctx.traps.items() if v))
print(repr(ctx)[:60])
print(Decimal(1) / Decimal(7), Decimal("1.30") + Decimal("1.20"), Decimal("3.14159").quantize(Decimal("0.01")), Decimal(0.1))
try:
    Decimal(1) / Decimal(0)
except DivisionByZero as e:
    print("DivisionByZero", type(e).__mro__[1].__name__, isinstance(e, ZeroDivisionError), isinstance(e, ArithmeticError))
try:
    Decimal("abc")
except InvalidOperation as e:
    print("InvalidOperation", e.args[0][0].__name__ if e.args and isinstance(e.args[0], list) else e)
with localcontext() as lc:
    lc.prec = 5
    lc.rounding = ROUND_HALF_UP
    print(Decimal(2).sqrt(), Decimal(1) / 3, Decimal("2.345") + 0, +Decimal("1.23456789"), lc.prec)
    lc.traps[Inexact] = True
    try:
        Decimal(1) / 3
    except Inexact:
        print("Inexact trapped")
print(getcontext().prec, Decimal(2).sqrt())
with localcontext(prec=3, rounding=ROUND_DOWN) as lc:
    print(Decimal("1.999") * 1, lc.rounding)
c = Context(prec=4, rounding=ROUND_CEILING, traps=[])
print(c.divide(Decimal(1), Decimal(3)), c.divide(Decimal(1), Decimal(0)), c.flags[DivisionByZero], c.flags[Inexact], c.flags[Rounded])
c.clear_flags()
print(c.add(Decimal("1.00001"), Decimal(0)), [k.__name__ for k, v in c.flags.items() if v], c.sqrt(Decimal(-1)), c.flags[InvalidOperation])
print(c.power(Decimal(2), 10), c.multiply(Decimal("1.5"), 3), c.quantize(Decimal("2.5"), Decimal("1")), c.to_sci_string(Decimal("1E+3")), c.create_decimal("3.14159"))
print(Decimal("7.325").quantize(Decimal(".01"), rounding=ROUND_DOWN), Decimal("7.325").quantize(Decimal("1."), rounding=ROUND_CEILING), Decimal("2.5").quantize(Decimal("1"), rounding=ROUND_HALF_EVEN), Decimal("1.05").quantize(Decimal("0.1"), rounding=ROUND_05UP))
try:
    Decimal("1e30").quantize(Decimal("0.0001"), context=Context(prec=10))
except InvalidOperation as e:
    print("quantize InvalidOperation")
try:
    with localcontext() as lc:
        lc.traps[FloatOperation] = True
        Decimal(1.5)
except FloatOperation:
    print("FloatOperation trapped")
print(Decimal(1.5) < 2, Decimal("1.5") == 1.5)
try:
    Context(Emax=10).multiply(Decimal("1e9"), Decimal("1e9"))
except Overflow as e:
    print("Overflow", isinstance(e, Inexact), isinstance(e, Rounded))
for v in ["1234567.891", "-0.000123", "0", "1E+5", "123456789012", "-1234.5"]:
    d = Decimal(v)
    print(f"{d:,} | {d:,.2f} | {d:.3e} | {d:E} | {d:>14,.1f} | {d:+.2%} | {d:g} | {d:012.2f}")
print(format(Decimal("1234.5"), "n"), format(Decimal("NaN"), ">6"), format(Decimal("-Infinity"), ","), format(Decimal("1e-10"), "f"), format(Decimal("0.00001234"), ".2g"))
specials = [Decimal("NaN"), Decimal("-Infinity"), Decimal("sNaN"), Decimal("-0"), Decimal("0E-7")]
print(specials, [d.is_nan() for d in specials], [d.is_signed() for d in specials], [d.is_zero() for d in specials])
print(Decimal("-0") == 0, Decimal("0E-7"), Decimal("-0").copy_abs(), Decimal("1.20").normalize(), Decimal("100").normalize(), Decimal("1E+2").to_integral_value())
print(Decimal("12.345").as_tuple(), Decimal("-1.5E+3").as_tuple(), Decimal((1, (1, 4), -1)), Decimal("12.34").adjusted(), Decimal("0.001234").adjusted())
print(Decimal("10") // Decimal("3"), Decimal("-10") // Decimal("3"), Decimal("-10") % Decimal("3"), divmod(Decimal("-7"), Decimal("2")), Decimal("2") ** 64)
print(round(Decimal("2.675"), 2), round(Decimal("-2.5")), round(Decimal("3.5")), int(Decimal("-3.9")), float(Decimal("0.1")), Decimal("1.1").__floor__(), Decimal("1.1").__ceil__())
print(Decimal("1.5").compare(Decimal("2")), Decimal("1.50").compare_total(Decimal("1.5")), max(Decimal("1"), Decimal("1.0")), Decimal("2").max(Decimal("3")), Decimal("5").min(Decimal("-5")))
print(Decimal("123.456").scaleb(2), Decimal("1").next_plus(), Decimal("1").next_minus(), Decimal(10).ln(), Decimal(100).log10(), Decimal(1).exp())
print(Decimal(-3).copy_sign(Decimal(1)), Decimal("7").fma(2, 3), Decimal("1.000").same_quantum(Decimal("2.001")), Decimal(5).is_signed(), Decimal("1e400").is_finite())
print(hash(Decimal("1.5")) == hash(1.5), hash(Decimal(2)) == hash(2), {Decimal("1.0"): "a"}[1], sorted([Decimal("2.1"), 1, 1.5, Decimal("-3")]))
print(decimal.MAX_PREC, decimal.MAX_EMAX, decimal.MIN_EMIN, decimal.DefaultContext.prec, decimal.BasicContext.prec, decimal.ExtendedContext.traps[DivisionByZero])
setcontext(decimal.ExtendedContext)
print(Decimal(1) / 0, Decimal(0) / 0, getcontext().prec)
setcontext(decimal.DefaultContext)
