"""Expected results of math functions, from CPython: python3 gen_math.py > data/math.json"""
import math
import random
import sys

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from pyval import call, dump, enc  # noqa: E402

rng = random.Random(20231123)
INF, NAN = float("inf"), float("nan")
SPECIAL = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.0, INF, -INF, NAN, 1e-320, 5e-324, 1.7976931348623157e308,
           1e-20, 1e20, 3.0, -3.0, 710.0, -745.5, 1e300, 0.1, 1.5, 100.0, -100.5, 28.0, 6.0, 30.0]


def floats(n, lo, hi):
    return [rng.uniform(lo, hi) for _ in range(n)]


def wide(n):
    """Floats spread over many magnitudes, both signs."""
    return [rng.choice((1, -1)) * rng.random() * 10.0 ** rng.randint(-30, 30) for _ in range(n)]


UNARY_INPUTS = SPECIAL + floats(60, -10, 10) + floats(20, -1, 1) + wide(60) + [0, 1, -7, 10**30, 2**53 + 1, True]
cases = []


def add(name, *args, **kw):
    cases.append([name, [enc(a) for a in args], {k: enc(v) for k, v in kw.items()},
                  call(getattr(math, name), *args, **kw)])


for name in ["acos", "acosh", "asin", "asinh", "atan", "atanh", "cbrt", "ceil", "cos", "cosh", "degrees",
             "erf", "erfc", "exp", "exp2", "expm1", "fabs", "floor", "frexp", "gamma", "isfinite", "isinf",
             "isnan", "lgamma", "log", "log10", "log1p", "log2", "modf", "radians", "sin", "sinh", "sqrt",
             "tan", "tanh", "trunc", "ulp"]:
    for x in UNARY_INPUTS:
        add(name, x)

for x in floats(50, -30, 30) + floats(50, -250, 250) + [0.5 * k for k in range(-12, 12)]:
    add("gamma", x)
    add("lgamma", x)
for x in floats(100, -7, 7):
    add("erf", x)
    add("erfc", x)

PAIRS = [(a, b) for a in SPECIAL[:12] for b in SPECIAL[:12]]
PAIRS += [(rng.uniform(-10, 10), rng.uniform(-10, 10)) for _ in range(60)]
PAIRS += [(a, b) for a, b in zip(wide(40), wide(40))]
PAIRS += [(2, 3), (-2, 3), (-2, 0.5), (0, -1), (10, 400), (2, 1024), (1e308, 10), (7, 7), (-8, 1 / 3)]
for a, b in PAIRS:
    for name in ["atan2", "copysign", "fmod", "remainder", "pow", "nextafter", "log", "hypot", "isclose"]:
        add(name, a, b)
for a, b in [(1.0, 1.0 + 1e-10), (1.0, 1.1), (0.0, 1e-12), (100, 101)]:
    add("isclose", a, b, rel_tol=0.05)
    add("isclose", a, b, abs_tol=1e-11)
    add("isclose", a, b, rel_tol=-1)

BIG = [0, 1, 5, 12, 20, 21, 52, 100, 1000, 2**64 + 3, 10**40, 3**200, 2**1023, 2**1024, 2**2000 - 1, 10**400]
for n in BIG:
    add("log", n)
    add("log2", n)
    add("log10", n)
    add("log", n, 10)
    add("sqrt", n)
    add("isqrt", n)
    add("exp", n)
for n in [-1, -10**30]:
    add("log", n)
    add("isqrt", n)
add("log", 10, 1)
add("log", 8, 2)
add("log", 0.0)
for n in [0, 1, 5, 18, 19, 20, 25, 100, 300, -1, 3.0, 2.5]:
    add("factorial", n)
for n, k in [(10, 3), (10, 0), (10, 10), (10, 11), (100, 50), (60, 30), (1000, 7), (-1, 2), (5, -1), (5, 2.0)]:
    add("comb", n, k)
    add("perm", n, k)
add("perm", 7)
add("perm", 30)
for args in [(), (12,), (12, 18), (-12, 18), (0, 0), (2**70, 2**65 * 3), (12, 18, 27), (7, 0), (3, 4.0)]:
    add("gcd", *args)
    add("lcm", *args)
for x in [0.0, 1.0, -1.5, 5e-324, 1e-310, 1e300, 3.5, 0.1]:
    for i in [0, 1, -1, 10, -1074, -1080, 1023, 1024, 2000, -2000, -1022, -1023, 10**30]:
        add("ldexp", x, i)
add("ldexp", 1.0, 2.0)
add("fsum", [0.1] * 10)
add("fsum", [1e-16, 1, 1e16])
add("fsum", [1e308, 1e308, -1e308])
add("fsum", [INF, -INF])
add("fsum", [INF, 1.0, INF])
add("fsum", [NAN, 1.0])
add("fsum", [])
add("fsum", [1, 2, 3])
add("fsum", floats(1000, -1e10, 1e10))
add("fsum", wide(500))
add("fsum", [rng.choice((1, -1)) * 10.0 ** rng.randint(-20, 20) for _ in range(1000)])
add("prod", [1, 2, 3, 4])
add("prod", [])
add("prod", [1.5, 2, 3])
add("prod", [2] * 100)
add("prod", [2, 3], start=10)
add("hypot")
add("hypot", 3.0)
add("hypot", -3)
add("hypot", 3, 4, 12)
add("hypot", INF, NAN)
add("hypot", NAN, 1.0)
add("hypot", 1e-320, 1e-320)
add("hypot", 1e308, 1e308)
for _ in range(100):
    add("hypot", *floats(rng.randint(2, 6), -100, 100))
add("dist", (0, 0), (3, 4))
add("dist", [1.5, 2.5, 3.5], [0.1, 0.2, 0.3])
add("dist", (1, 2), (1, 2, 3))
for _ in range(50):
    n = rng.randint(1, 5)
    add("dist", tuple(floats(n, -10, 10)), tuple(floats(n, -10, 10)))
for x in [10**20, 2**53 + 1, 1e16, -2.5, 3.5, 1e300, -0.0]:
    add("ceil", x)
    add("floor", x)
    add("trunc", x)
add("floor", "x")
add("sqrt", "x")
add("trunc", "x")
add("isqrt", 2.0)
add("sqrt", 10**400)
for x in [5e-324, 0.0, 1.0, 1.7976931348623157e308, -2.5]:
    add("nextafter", x, INF)
    add("nextafter", x, -INF)
    add("ulp", x)
dump({"constants": {k: enc(getattr(math, k)) for k in ["pi", "e", "tau", "inf", "nan"]}, "cases": cases})
