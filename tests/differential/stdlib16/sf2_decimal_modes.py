"""decimal: contexts, quantize under every rounding mode, traps and flags, str/repr/format."""
import decimal
from decimal import Decimal as D, localcontext, getcontext, Context

modes = [decimal.ROUND_UP, decimal.ROUND_DOWN, decimal.ROUND_CEILING, decimal.ROUND_FLOOR,
         decimal.ROUND_HALF_UP, decimal.ROUND_HALF_DOWN, decimal.ROUND_HALF_EVEN, decimal.ROUND_05UP]
values = ["2.345", "-2.345", "2.355", "2.3450001", "-0.005", "0.015", "9.995", "1.05", "1.15"]
for m in modes:
    print(f"{m:<17}", " ".join(str(D(v).quantize(D("0.01"), rounding=m)) for v in values))
print(getcontext())
print(D("1") / D("3"), D(2).sqrt(), D(10).ln(), D(100).log10(), D(1).exp())
with localcontext() as ctx:
    ctx.prec = 50
    print(D(1) / D(7), D(2).sqrt())
    ctx.rounding = decimal.ROUND_DOWN
    print(D(2) / D(3))
print(D(2) / D(3))
with localcontext(Context(prec=5, rounding=decimal.ROUND_HALF_UP)) as c:
    print(D("123.456789") + 0, +D("1.23455"), D("99999.5") + 0, c.prec)
for s in ["0", "-0", "0.000", "1E+3", "1e-7", "123.4500", "1.23E+5", "-Inf", "NaN", "sNaN", "-nan123", "0E-10",
          "1000000", "1E6", "0.00000123", "12345678901234567890.123", "  7.5  ", "1_000.5"]:
    d = D(s)
    print(f"{s!r:28} str={d!s:24} repr={d!r} tuple={d.as_tuple()} norm={d.normalize() if not d.is_snan() else '-'}")
print(D(0.1), D(1.5), D(-0.0), D(2**60), D.from_float(0.25), D((0, (1, 2, 3), -2)), D((1, (5,), 3)))
print(D("1.30") == D("1.3"), D("1.30").compare_total(D("1.3")), D("-2").compare_total(D("1")), D("NaN").compare_total(D("inf")), D("-1.0").compare_total(D("-1")), D("1").compare_total_mag(D("-2")), D(1) < 2.5, D("0.1") == 0.1, hash(D("1.0")) == hash(1))
ctx = Context(prec=3, traps=[decimal.Inexact])
try:
    ctx.divide(D(1), D(3))
except decimal.Inexact as e:
    print("Inexact", type(e).__mro__[1].__name__)
for expr in [lambda: D(1) / D(0), lambda: D(0) / D(0), lambda: D("abc"), lambda: D(-1).sqrt(), lambda: D("1.5").quantize(D("1e-30")),
             lambda: int(D("NaN")), lambda: int(D("Inf")), lambda: D(1) + "1", lambda: D("1e999999999") * 10]:
    try:
        print("ok", expr())
    except Exception as e:
        print(type(e).__name__, [c.__name__ for c in type(e).__mro__[1:3]], e)
c2 = Context(prec=6)
c2.traps[decimal.DivisionByZero] = False
print(c2.divide(D(1), D(0)), c2.flags[decimal.DivisionByZero])
c2.clear_flags()
r = c2.add(D("1.0000001"), D(0))
print(r, c2.flags[decimal.Inexact], c2.flags[decimal.Rounded])
print(D("7.325").to_integral_value(), D("7.5").to_integral_value(rounding=decimal.ROUND_HALF_EVEN), D("-7.5").to_integral())
print(round(D("2.675"), 2), round(D("2.5")), round(D("3.5")), round(D("-1.25"), 1), type(round(D("2.5"))).__name__)
print(D("10") % D("3"), D("-10") % D("3"), D("-10") // D("3"), divmod(D("7.5"), D("2")), D(7).remainder_near(D(4)))
print(D("1.2345").scaleb(2), D("123").shift(2), D("1.000").adjusted(), D("123.45").adjusted(), D(5).max(D(3)), D("-0").copy_abs())
print(D("12.5").fma(2, 1), D("1.5").copy_sign(D(-1)), D(3).is_signed(), D("inf").is_infinite(), D("1e-999").is_subnormal())
print(D("0.1").number_class(), D("-inf").number_class(), D("1101").logical_and(D("1011")), D(8).logb(), D("0.001234").logb(), D(255).next_plus())
print(D("1100").logical_or(D("11")), D("1010").logical_xor(D("1111")), D("101").logical_invert(Context(prec=5)), D("123456789").rotate(2), D("123456789").rotate(-3), D("12345").shift(-2))
for spec in ["", ".2f", "10.3f", "<10", "+.1e", ".3g", ",", ",.2f", "%", ".1%", "08.2f", "e", "G", "_"]:
    try:
        print(repr(spec), format(D("12345.6789"), spec), format(D("-0.000123"), spec))
    except ValueError as e:
        print(repr(spec), "ValueError", e)
prices = [D("19.99"), D("5.01"), D("0.10"), D("100")]
subtotal = sum(prices)
tax = (subtotal * D("0.0825")).quantize(D("0.01"), decimal.ROUND_HALF_UP)
print(subtotal, tax, subtotal + tax, sum(prices, D("0.00")), max(prices), sorted(prices))
print(f"{subtotal:>12,.2f}|{tax:^10}|{subtotal + tax!r}")
print(decimal.MAX_PREC > 10**6, decimal.MAX_EMAX, decimal.MIN_EMIN, decimal.MIN_ETINY)
print(Context(prec=2).create_decimal("3.14159"), Context(prec=4).create_decimal_from_float(0.1), D("3.14159").quantize(D("1.00")))
print(decimal.DefaultContext.prec, decimal.BasicContext.prec, decimal.ExtendedContext.traps[decimal.DivisionByZero])
print(D(1).__float__() if hasattr(D(1), "__float__") else None, float(D("1.1")), int(D("-7.9")), complex(D("2.5")))
print(D("1.1") * 3, D("1.1") + D("2.20"), D("5.0") - D("5"), D("1.00") * D("2.0"), -D("0.00"), abs(D("-3.10")))
