from fractions import Fraction
import math
import cmath

f = Fraction(3, 4)
print(f, repr(f), f.numerator, f.denominator, float(f), int(Fraction(-7, 2)), round(Fraction(5, 2)), round(Fraction(7, 3), 2))
print(Fraction("1.25"), Fraction("-3/9"), Fraction(" 7 "), Fraction(0.1), Fraction(1.5), Fraction("1e-3"), Fraction(2, -4))
print(Fraction(0.1).limit_denominator(), Fraction(math.pi).limit_denominator(1000), Fraction(math.pi).limit_denominator(100), Fraction(3, 7).limit_denominator(5))
print(Fraction(1, 3) + Fraction(1, 6), Fraction(1, 3) * 3, Fraction(1, 2) ** 2, Fraction(4, 9) ** Fraction(1, 2), 2 ** Fraction(1, 2), Fraction(1, 2) ** -2)
print(Fraction(7, 2) // 1, Fraction(7, 2) % 1, divmod(Fraction(7, 2), Fraction(1, 3)), -Fraction(1, 2), abs(Fraction(-1, 2)))
print(Fraction(1, 2) == 0.5, Fraction(1, 3) < 0.34, Fraction(1, 2) + 0.25, Fraction(1, 2) + 1, 1 - Fraction(1, 3))
print(math.floor(Fraction(7, 2)), math.ceil(Fraction(7, 2)), math.trunc(Fraction(-7, 2)), hash(Fraction(1, 2)) == hash(0.5))
print(Fraction(5, 10).as_integer_ratio(), Fraction(1, 3).is_integer() if hasattr(Fraction, "is_integer") else "-", Fraction.from_float(0.25), Fraction.from_decimal(__import__("decimal").Decimal("1.1")))
print(f"{Fraction(1, 3)}", sorted([Fraction(1, 2), Fraction(1, 3), 0.4]))
for bad in ["1/0", "abc", "1.5/2"]:
    try:
        Fraction(bad)
    except (ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
h = sum(Fraction(1, k) for k in range(1, 11))
print(h, float(h))

print(math.sqrt(2), math.isqrt(10 ** 20 + 1), math.pow(2, 0.5), math.exp(1), math.log(100, 10), math.log2(1024), math.log10(0.001), math.log1p(1e-10), math.expm1(1e-10))
print(math.sin(1), math.cos(1), math.tan(1), math.asin(0.5), math.acos(0.5), math.atan(1), math.atan2(-1, -1), math.hypot(3, 4, 12), math.dist((0, 0), (3, 4)))
print(math.sinh(1), math.cosh(1), math.tanh(1), math.asinh(1), math.acosh(2), math.atanh(0.5), math.degrees(math.pi), math.radians(180))
print(math.factorial(20), math.comb(50, 25), math.perm(10, 3), math.perm(5), math.gcd(12, 18, 27), math.lcm(4, 6, 10), math.gcd())
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1, 2, 3, 4]), math.prod([]), math.prod([0.5, 4], start=2))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(2.7), math.modf(-3.25), math.frexp(48.0), math.ldexp(0.75, 6), math.fmod(-7, 3), math.remainder(7, 3), math.copysign(3, -0.0))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1, 1.1, rel_tol=0.2), math.isclose(0, 1e-12, abs_tol=1e-9), math.isfinite(1e308 * 10), math.isinf(-math.inf), math.isnan(math.nan))
print(math.nextafter(1.0, 2.0), math.ulp(1.0), math.erf(0.5), math.erfc(0.5), math.gamma(5.5), math.lgamma(10), math.cbrt(27) if hasattr(math, "cbrt") else "no cbrt", math.exp2(3) if hasattr(math, "exp2") else "no exp2")
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.factorial(-1), lambda: math.acos(2), lambda: math.exp(1000), lambda: math.factorial(2.5), lambda: math.isqrt(-1), lambda: math.comb(3, -1)]:
    try:
        print(bad())
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)

z = complex(3, 4)
print(abs(z), cmath.phase(z), cmath.polar(z), cmath.rect(2, math.pi / 2), cmath.sqrt(-1), cmath.sqrt(z), cmath.exp(1j * math.pi))
print(cmath.log(z), cmath.log10(z), cmath.sin(z), cmath.cos(1j), cmath.tan(z), cmath.asin(2), cmath.acos(z), cmath.atan(1j / 2))
print(cmath.sinh(z), cmath.cosh(z), cmath.tanh(z), cmath.asinh(z), cmath.acosh(z), cmath.atanh(0.5 + 0.5j))
print(cmath.isclose(cmath.exp(1j * math.pi), -1, abs_tol=1e-12), cmath.isfinite(z), cmath.isnan(complex(math.nan, 0)), cmath.isinf(complex(math.inf, 0)), cmath.pi, cmath.infj, cmath.nanj)
print(cmath.log(8, 2), cmath.log(-1), cmath.sqrt(-4 + 0j), cmath.sqrt(complex(-4, -0.0)))
try:
    cmath.log(0)
except ValueError as e:
    print("ValueError", e)
