"""decimal/fractions/statistics corners: quantize/rounding/context traps, Fraction limits and formatting, statistics on Fractions and Decimals."""
import statistics
from decimal import (ROUND_CEILING, ROUND_DOWN, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_UP, ROUND_05UP, ROUND_FLOOR,
                     Context, Decimal, DivisionByZero, InvalidOperation, Inexact, Rounded, localcontext, getcontext)
from fractions import Fraction

prices = [Decimal("19.995"), Decimal("0.005"), Decimal("-2.345"), Decimal("1E+3"), Decimal("123.456789")]
for mode in [ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_05UP]:
    print(mode, [str(p.quantize(Decimal("0.01"), rounding=mode)) for p in prices])
print(Decimal("1.30") + Decimal("1.20"), Decimal("1.30") * Decimal("2"), Decimal(1) / Decimal(7), Decimal("10") / Decimal("4"))
print(Decimal("7").sqrt(), Decimal("2").ln() if hasattr(Decimal, "ln") else "", Decimal("100").log10(), Decimal("1e-3").exp() if False else "", Decimal("-0"), Decimal("0E-5"))
print(Decimal("123.4500").normalize(), Decimal("1E+2").normalize(), Decimal("1.5").as_tuple(), Decimal("-1.5e-3").as_integer_ratio())
print(Decimal("3.14159").to_integral_value(), Decimal("2.5").to_integral_value(ROUND_HALF_UP), round(Decimal("2.675"), 2), round(Decimal("7.5")), int(Decimal("-7.9")))
print(Decimal("1.10").compare(Decimal("1.1")), Decimal("1.10") == Decimal("1.1"), Decimal("NaN").is_nan(), Decimal("-Infinity").is_infinite(), Decimal("5").is_signed())
print(f"{Decimal('1234567.891'):,.2f}", f"{Decimal('0.000123'):.2e}", f"{Decimal('42'):>8}", f"{Decimal('-1.5'):+.3f}", f"{Decimal('12.5'):%}")
print(Decimal(0.1), Decimal.from_float(0.5), Decimal((1, (3, 1, 4), -2)), Decimal("  12  "), Decimal(10 ** 30))
for expr in [lambda: Decimal("abc"), lambda: Decimal(1) / Decimal(0), lambda: Decimal(0) / Decimal(0), lambda: Decimal("1.5").quantize(Decimal("1e-30"), context=Context(prec=5)), lambda: Decimal("inf") - Decimal("inf")]:
    try:
        print(expr())
    except (InvalidOperation, DivisionByZero) as e:
        print(type(e).__name__, e.__class__.__mro__[1].__name__)
ctx = Context(prec=6, rounding=ROUND_HALF_UP, traps=[InvalidOperation])
print(ctx.divide(Decimal(1), Decimal(3)), ctx.power(Decimal(2), Decimal(100)), ctx.add(Decimal("1.0000005"), 0), ctx.prec)
with localcontext() as lc:
    lc.prec = 3
    lc.traps[Inexact] = True
    try:
        print(Decimal(1) / Decimal(4))
        print(Decimal(1) / Decimal(3))
    except Inexact as e:
        print("Inexact raised", type(e).__name__)
print(getcontext().prec, Decimal(1) / Decimal(3))
c2 = Context(prec=4)
c2.clear_flags()
r = c2.multiply(Decimal("1.2345"), Decimal("1"))
print(r, c2.flags[Rounded], c2.flags[Inexact], bool(c2.flags[DivisionByZero]))
print(sum([Decimal("0.1")] * 10), sum([0.1] * 10), max(Decimal("1.5"), Decimal("1.50")), sorted([Decimal("2"), Decimal("1.0"), Decimal("1")]))
print(Decimal("1.5") < 2, Decimal("0.5") == Fraction(1, 2), Decimal(2) ** 10, Decimal("9") ** Decimal("0.5") if False else "", -Decimal("0.0"), abs(Decimal("-3.20")))

f = Fraction(355, 113)
print(f, float(f), f.limit_denominator(10), f.limit_denominator(100), Fraction(3.14159).limit_denominator(1000), Fraction("3.1415926535").limit_denominator(50))
print(Fraction("-2/6"), Fraction("1.25e-1"), Fraction(" 7 "), Fraction(Decimal("0.75")), Fraction(2, -4), Fraction(0.1), Fraction(1, 3) ** -2, Fraction(4, 9) ** Fraction(1, 2))
print(round(Fraction(7, 2)), round(Fraction(5, 2)), round(Fraction(22, 7), 3), Fraction(-7, 2) // 1, Fraction(-7, 2) % 1, divmod(Fraction(7, 3), Fraction(1, 2)), math_floor := __import__("math").floor(Fraction(-1, 3)))
print(f"{Fraction(1, 3):.5f}" if hasattr(Fraction, "__format__") and Fraction.__format__ is not object.__format__ else "no format", Fraction(1, 3).as_integer_ratio(), Fraction(6, 4).numerator, Fraction(5).is_integer() if hasattr(Fraction, "is_integer") else "")
for bad in ["1/0", "abc", "1.2.3", "3/-4"]:
    try:
        Fraction(bad)
    except (ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(Fraction(1, 3) + 1, Fraction(1, 3) + 0.5, 2 * Fraction(3, 4), Fraction(1, 2) == 0.5, Fraction(1, 3) < 0.34, hash(Fraction(1, 2)) == hash(0.5), sorted([Fraction(1, 3), 0.3, Decimal("0.31")]))

data = [Fraction(1, 2), Fraction(3, 4), Fraction(5, 4), Fraction(1, 4)]
print(statistics.mean(data), statistics.median(data), statistics.variance(data), statistics.pvariance(data), statistics.fmean(data))
dd = [Decimal("1.5"), Decimal("2.5"), Decimal("2.5"), Decimal("4.0")]
print(statistics.mean(dd), statistics.median(dd), statistics.mode(dd), statistics.stdev(dd), statistics.pstdev(dd))
nums = [2, 4, 4, 4, 5, 5, 7, 9]
print(statistics.pstdev(nums), statistics.stdev(nums), statistics.median_low(nums), statistics.median_high([1, 3, 5, 7]), statistics.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]))
print(statistics.multimode("aabbbccccdddd"), statistics.quantiles(nums, n=4), statistics.quantiles(nums, n=10, method="inclusive"), statistics.geometric_mean([1, 3, 9]), statistics.harmonic_mean([40, 60]))
print(statistics.harmonic_mean([40, 60], weights=[5, 30]), round(statistics.correlation([1, 2, 3, 4], [2, 4, 5, 9]), 12), statistics.covariance([1, 2, 3], [1, 3, 2]), statistics.linear_regression([1, 2, 3, 4], [3, 5, 7, 10]))
for bad in [lambda: statistics.mean([]), lambda: statistics.variance([1]), lambda: statistics.mode([]), lambda: statistics.quantiles([1], n=4), lambda: statistics.geometric_mean([1, -1]), lambda: statistics.correlation([1, 1], [2, 3])]:
    try:
        print(bad())
    except statistics.StatisticsError as e:
        print("StatisticsError", e)
nd = statistics.NormalDist(100, 15)
print(nd, round(nd.cdf(130), 10), round(nd.inv_cdf(0.975), 8), round(nd.pdf(100), 10), [round(q, 6) for q in nd.quantiles(4)], round(nd.overlap(statistics.NormalDist(110, 10)), 10), round(nd.zscore(85), 10))
print(nd + 5, nd * 2, statistics.NormalDist.from_samples([1, 2, 3, 4, 5]), round(nd.variance, 3))
