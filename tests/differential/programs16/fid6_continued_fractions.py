# Continued fractions with Fraction: expansions, convergents, best rational approximations, sqrt periods.
from fractions import Fraction
from math import isqrt, gcd, pi, e, sqrt
from decimal import Decimal, getcontext


def expand(x, terms=12):
    out = []
    x = Fraction(x)
    for _ in range(terms):
        a = x.numerator // x.denominator
        out.append(a)
        frac = x - a
        if frac == 0:
            break
        x = 1 / frac
    return out


def convergents(cf):
    h0, h1, k0, k1 = 0, 1, 1, 0
    for a in cf:
        h0, h1 = h1, a * h1 + h0
        k0, k1 = k1, a * k1 + k0
        yield Fraction(h1, k1)


def sqrt_period(n):
    a0 = isqrt(n)
    if a0 * a0 == n:
        return a0, []
    m, d, a = 0, 1, a0
    period = []
    while a != 2 * a0:
        m = d * a - m
        d = (n - m * m) // d
        a = (a0 + m) // d
        period.append(a)
    return a0, period


for name, value in [("355/113", Fraction(355, 113)), ("pi", pi), ("e", e), ("sqrt2", sqrt(2)), ("0.1", 0.1), ("-7/3", Fraction(-7, 3)),
                    ("golden", (1 + sqrt(5)) / 2)]:
    cf = expand(value)
    conv = list(convergents(cf))
    print(f"{name:>7}: [{cf[0]}; {', '.join(map(str, cf[1:]))}]")
    print(" " * 9 + "  ".join(f"{c}" for c in conv[:7]))
    best = min(conv[:6], key=lambda c: abs(float(c) - float(value)))
    print(" " * 9 + f"best of first 6: {best} err={abs(float(best) - float(value)):.3e}")
for n in [2, 3, 7, 13, 14, 16, 23, 61]:
    a0, period = sqrt_period(n)
    print(f"sqrt({n}) = [{a0}; ({', '.join(map(str, period))})] period {len(period)}")


def pell(n):
    a0, period = sqrt_period(n)
    if not period:
        return None
    cf = [a0] + period * 2
    for c in convergents(cf):
        if c.numerator ** 2 - n * c.denominator ** 2 == 1:
            return c.numerator, c.denominator


print({n: pell(n) for n in [2, 3, 5, 7, 13, 61]})
print(Fraction(pi).limit_denominator(100), Fraction(pi).limit_denominator(1000), Fraction("3.14159"), Fraction("-1/3") ** 2, Fraction(1, 3) ** -2)
print(Fraction(0.1), Fraction(Decimal("0.1")), Fraction(3, 6), Fraction(-4, -8), Fraction(5), float(Fraction(1, 3)), round(Fraction(7, 2)), round(Fraction(5, 2)))
print(Fraction(1, 3) + 0.5, Fraction(1, 3) * 3 == 1, Fraction(2, 3) < 0.67, Fraction(7, 3) // 1, Fraction(7, 3) % 1, divmod(Fraction(7, 3), Fraction(1, 2)))
print(f"{Fraction(22, 7)}", repr(Fraction(22, 7)), Fraction(22, 7).as_integer_ratio(), Fraction(6, 4).numerator, hash(Fraction(1, 2)) == hash(0.5), abs(Fraction(-3, 4)))
getcontext().prec = 40
print(Decimal(2).sqrt(), Decimal(1).exp(), (Decimal(1) / Decimal(7)).quantize(Decimal("1e-30")))
for bad in [lambda: Fraction(1, 0), lambda: Fraction("1/x"), lambda: Fraction(1.5, 2), lambda: Fraction(float("nan"))]:
    try:
        print(bad())
    except (ZeroDivisionError, ValueError, TypeError) as err:
        print(f"{type(err).__name__}: {err}")
print(gcd(2 ** 64, 6 ** 20), sum(Fraction(1, k * (k + 1)) for k in range(1, 50)), sum(Fraction(1, 2 ** k) for k in range(20)))
