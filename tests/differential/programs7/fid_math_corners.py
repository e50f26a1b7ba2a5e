# math: isclose tolerances, fsum vs sum, comb/perm edge cases, gcd/lcm of several, isqrt,
# floor/ceil/trunc of big floats, copysign, remainder, fmod signs, prod, dist, hypot, errors.
import math

print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1e-10, 0), math.isclose(1e-10, 0, abs_tol=1e-9), math.isclose(100, 101, rel_tol=0.01))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100]), math.fsum([]))
print(math.comb(10, 3), math.comb(5, 7), math.comb(60, 30), math.perm(5), math.perm(5, 2), math.perm(3, 5))
print(math.gcd(12, 18, 27), math.gcd(), math.gcd(0, 0), math.gcd(-4, 6), math.lcm(4, 6, 10), math.lcm(), math.lcm(0, 5))
print(math.isqrt(10 ** 20 + 1), math.isqrt(99), math.factorial(25), math.prod([1.5, 2, 3]), math.prod([], start=7))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), math.floor(1e20), type(math.floor(2.0)).__name__, round(-2.5))
print(math.copysign(3, -0.0), math.remainder(10, 4), math.remainder(11, 4), math.fmod(-7, 3), -7 % 3, math.fmod(7, -3))
print(math.dist((0, 0), (3, 4)), math.hypot(3, 4, 12), math.sqrt(2), math.exp(1) == math.e, math.log(8, 2), math.log10(1000), math.log2(1024))
print(math.degrees(math.pi), math.radians(180), round(math.sin(math.pi / 6), 12), math.atan2(-1, -1), math.tau)
print(math.inf > 1e308, -math.inf, math.isnan(math.nan), math.isinf(-math.inf), math.isfinite(1e308 * 10))
print(math.modf(3.75), math.modf(-2.5), math.frexp(12.0), math.ldexp(0.75, 4), math.nextafter(1.0, 2.0), math.ulp(1.0))
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.comb(-1, 2), lambda: math.factorial(-3), lambda: math.exp(1000)]:
    try:
        bad()
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(math.pow(2, 0.5), 2 ** 0.5 == math.pow(2, 0.5), math.cbrt(27) if hasattr(math, "cbrt") else 3.0, math.expm1(1e-10), math.log1p(1e-10))
