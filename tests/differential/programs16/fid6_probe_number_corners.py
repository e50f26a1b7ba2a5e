# Number corners: divmod, pow with modulus, round with negative ndigits, float % and // with inf/nan,
# conversions' error texts, is_integer, bit_count, math functions' errors.
import math

inf, nan = float("inf"), float("nan")
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (7.5, 2), (-7.5, 2), (7, 0.5), (1e308, 1e-308), (-0.0, 1), (0.0, -1)]:
    print(f"divmod({a}, {b}) = {divmod(a, b)}  {a} // {b} = {a // b}  {a} % {b} = {a % b}")
for a, b in [(5.0, inf), (-5.0, inf), (5.0, -inf), (inf, 3.0), (nan, 2.0), (3.0, nan), (-0.0, inf), (0.0, -inf)]:
    try:
        print(f"{a} // {b} = {a // b}; {a} % {b} = {a % b}; divmod = {divmod(a, b)}")
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
for a, b in [(1, 0), (1.0, 0), (1, 0.0), (0, 0)]:
    for op in ("//", "%", "/", "divmod"):
        try:
            r = divmod(a, b) if op == "divmod" else {"//": lambda: a // b, "%": lambda: a % b, "/": lambda: a / b}[op]()
            print(r)
        except ZeroDivisionError as e:
            print(f"{a!r} {op} {b!r}: {e}")
print(pow(3, 4, 5), pow(-3, 3, 7), pow(3, -1, 7), pow(38, -1, 97), pow(2, -2, 9), pow(-2, 101, -7), pow(5, 0, 1))
for args in [(3, -1, 6), (2, 3, 0), (2.0, 3, 5), (2, -1), (0, -1), (0.0, -1), (-8, 1 / 3), (10, 400, 10 ** 9 + 7)]:
    try:
        print(f"pow{args} = {pow(*args)}")
    except (ValueError, TypeError, ZeroDivisionError) as e:
        print(f"pow{args}: {type(e).__name__}: {e}")
for x, nd in [(123456789, -3), (123456789, -9), (-5555, -1), (2 ** 100, -20), (15, -1), (25, -1), (35, -1), (-45, -1),
              (2.675, 2), (0.5, 0), (1.5, 0), (-0.5, 0), (1e300, -299), (123.456, -1), (0.125, 2), (1e-300, 301)]:
    print(f"round({x}, {nd}) = {round(x, nd)!r}")
print(round(0.5), round(1.5), round(2.5), round(-2.5), type(round(2.7)), round(7, 2), round(2.5, None))
for v in [inf, -inf, nan]:
    for conv in (int, round, math.floor, math.ceil, math.trunc):
        try:
            conv(v)
        except (OverflowError, ValueError) as e:
            print(f"{conv.__name__}({v}): {type(e).__name__}: {e}")
print((3.0).is_integer(), (3.5).is_integer(), (-0.0).is_integer(), inf.is_integer(), (1e20).is_integer())
print((255).bit_count(), (-255).bit_count(), (0).bit_count(), (2 ** 100 - 1).bit_count(), (1024).bit_length(), (-1024).bit_length())
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1, 1.1, rel_tol=0.1), math.isclose(0, 1e-10), math.isclose(0, 1e-10, abs_tol=1e-9), math.isclose(inf, inf), math.isclose(nan, nan))
try:
    math.isclose(1, 2, rel_tol=-1)
except ValueError as e:
    print("ValueError:", e)
print(math.prod([]), math.prod([2, 3.5]), math.prod(range(1, 21)), math.prod([1, 2], start=10), math.prod(["ab", 3], start=1))
for f, args in [(math.comb, (10, 3)), (math.comb, (3, 10)), (math.comb, (-1, 2)), (math.comb, (5, 2.0)), (math.perm, (5,)),
                (math.perm, (5, 2)), (math.perm, (5, -1)), (math.isqrt, (10 ** 20 + 1,)), (math.isqrt, (-1,)), (math.isqrt, (2.0,)),
                (math.lcm, (4, 6, 10)), (math.lcm, ()), (math.lcm, (0, 5)), (math.gcd, (0, 0)), (math.gcd, (-12, 18, 27)),
                (math.lcm, (1.5, 2)), (math.factorial, (-1,)), (math.factorial, (5.0,)), (math.sqrt, (-1,)), (math.log, (0,)),
                (math.log, (8, 2)), (math.log, (100, 1)), (math.fmod, (-7, 2)), (math.fmod, (inf, 2)), (math.copysign, (3, -0.0)),
                (math.remainder, (7, 2)), (math.hypot, (3, 4, 12)), (math.dist, ((0, 0), (3, 4))), (math.dist, ((0,), (1, 2))),
                (math.fsum, ([0.1] * 10,)), (math.ldexp, (1.5, 3)), (math.frexp, (40.0,)), (math.modf, (-2.5,)), (math.exp, (1000,)),
                (math.nextafter, (1.0, 2.0)), (math.ulp, (1.0,)), (math.cbrt if hasattr(math, "cbrt") else abs, (27,))]:
    try:
        print(f"{f.__name__}{args} = {f(*args)!r}")
    except (ValueError, TypeError, OverflowError, ZeroDivisionError) as e:
        print(f"{f.__name__}{args}: {type(e).__name__}: {e}")
print(complex(1, 2) ** 2, (1 + 2j) / (3 - 4j), abs(3 + 4j), (1j) ** 0.5, divmod(7, True), 7 // True, True + True, -True)
for bad in [lambda: divmod(1j, 2), lambda: 1j // 2, lambda: 1j % 2, lambda: int(1j), lambda: float("1e500x"), lambda: int("0x1f"),
            lambda: int("0x1f", 0), lambda: int("1_000"), lambda: int("1__0"), lambda: float("in fity"), lambda: int(" 42 "),
            lambda: int("٣٤"), lambda: float("١.٥"), lambda: int("12", 1), lambda: int(12, 10), lambda: complex("1+2j"), lambda: complex("1 + 2j")]:
    try:
        print(repr(bad()))
    except (TypeError, ValueError) as e:
        print(f"{type(e).__name__}: {e}")
print(10 ** -2, 2 ** 0.5, (-8) ** (1 / 3), 0 ** 0, 0.0 ** 0, (-1) ** 0.5, 1e16 + 1, 2 ** 63, -(2 ** 63) // 3, -7 >> 1, 1 << 70)
print(int(1e20), int(-1.9), int(True), float(2 ** 60), float(10 ** 308 * 10) if False else 1.0, 1 / 3 * 3 == 1, 0.1 + 0.7)
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
try:
    10 ** 400 / 1
except OverflowError as e:
    print("OverflowError:", e)
print(10 ** 400 // 10 ** 399, (10 ** 400) % 7, 10 ** 400 / 10 ** 399, 2 ** 1000 / 2 ** 999, (2 ** 53 + 1) / 1, 7 / 2 ** 80)
