import math
from math import sqrt, pi, isclose

print(math.sqrt(2), sqrt(16), math.pi, pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.floor(2.5), math.ceil(2.5), math.trunc(-2.5), math.floor(-0.5), math.ceil(10**20 + 0.5))
print(math.factorial(20), math.factorial(30), math.comb(52, 5), math.perm(10, 3), math.gcd(12, 18, 27), math.lcm(4, 6))
print(math.isqrt(10**30), math.isqrt(99))
print(math.log(100, 10), math.log(2**1000), math.log2(1024), math.log10(0.001), math.log1p(1e-10))
print(math.exp(1), math.exp(-1.5), math.expm1(1e-10), math.pow(2, 0.5), 2 ** 0.5)
print(math.sin(1), math.cos(1), math.tan(1), math.atan2(1, -1), math.asin(0.5), math.acos(0.5), math.atan(3))
print(math.sinh(1), math.cosh(1), math.tanh(0.5), math.asinh(2), math.acosh(2), math.atanh(0.5))
print(math.hypot(3, 4), math.hypot(1, 2, 3), math.dist((0, 0), (1, 1)), math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.erf(0.5), math.erfc(0.5), math.gamma(5.5), math.lgamma(10.5), math.gamma(5))
print(math.frexp(10.0), math.ldexp(0.625, 4), math.modf(-3.25), math.fmod(-7, 3), math.remainder(7, 3))
print(math.copysign(3, -0.0), math.fabs(-2), math.degrees(math.pi), math.radians(180))
print(isclose(1.0, 1.0 + 1e-10), math.isclose(1, 1.1, rel_tol=0.2), math.isclose(0, 1e-12, abs_tol=1e-9))
print(math.prod([1, 2, 3, 4]), math.prod([1.5, 2], start=2), math.isfinite(1e308), math.isinf(-math.inf), math.isnan(math.nan))
print(math.nextafter(1, 2), math.ulp(1.0), math.cbrt(27), math.exp2(10))
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.exp(1000), lambda: math.factorial(-1), lambda: math.factorial(2.5)]:
    try:
        bad()
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
total = 0.0
for i in range(1, 2000):
    total += math.sin(i) * math.exp(-i / 500) + math.log(i) / math.sqrt(i)
print(total)
print(f"{math.pi:.10f} {math.e:e} {math.sqrt(2)!r}")
