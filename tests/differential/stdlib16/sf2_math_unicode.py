"""math/cmath functions and errors; unicodedata lookups and normalization for a text cleaner."""
import math
import cmath
import unicodedata

print(math.isqrt(10**20 + 1), math.comb(52, 5), math.perm(10, 3), math.perm(5), math.prod([1.5, 2, 3]), math.prod([], start=7), math.factorial(25))
print(math.dist((0, 0), (3, 4)), math.dist((1, 2, 3), (4, 6, 3)), math.hypot(3, 4, 12), math.hypot(), math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.gcd(12, 18, 30), math.gcd(), math.lcm(4, 6, 10), math.lcm(), math.gcd(-4, 6), math.lcm(0, 5))
print(math.nextafter(1.0, 2.0), math.nextafter(0.0, -1.0), math.ulp(1.0), math.ulp(1e300), math.remainder(10, 3), math.remainder(11, 3), math.fmod(-10, 3))
print(math.copysign(3, -0.0), math.frexp(1024.5), math.ldexp(0.5, 11), math.modf(-3.75), math.trunc(-3.7), math.floor(-3.5), math.ceil(2.0000001))
print(math.log(8, 2), math.log(100, 10), math.log10(1000), math.log2(1024), math.log1p(1e-10), math.expm1(1e-10), math.exp(1), math.exp2(10) if hasattr(math, "exp2") else "", math.cbrt(27) if hasattr(math, "cbrt") else "")
print(math.sin(math.pi / 6), math.cos(math.pi), math.tan(math.pi / 4), math.asin(1), math.acos(0), math.atan(1), math.atan2(-1, -1), math.degrees(math.pi / 3), math.radians(180))
print(math.sinh(1), math.cosh(1), math.tanh(0.5), math.asinh(1), math.acosh(2), math.atanh(0.5), math.erf(1), math.erfc(1), math.gamma(5.5), math.lgamma(100))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1, 1.1, rel_tol=0.2), math.isclose(0, 1e-10, abs_tol=1e-9), math.isfinite(1e308 * 10), math.isinf(-math.inf), math.isnan(math.nan))
print(math.inf, -math.inf, math.nan, math.pi, math.e, math.tau, float("1e500"), math.floor(1e20), math.ceil(-1e16 + 0.5), round(2.5), round(-0.5), round(1.25, 1))
for f, args in [(math.sqrt, (-1,)), (math.log, (0,)), (math.log, (-1,)), (math.acos, (2,)), (math.exp, (1000,)), (math.factorial, (-1,)), (math.factorial, (2.5,)),
                (math.isqrt, (-1,)), (math.comb, (3, -1)), (math.pow, (0, -1)), (math.gamma, (0,)), (math.fmod, (1, 0)), (math.ldexp, (1, 10000)),
                (math.floor, (math.inf,)), (math.floor, (math.nan,)), (math.dist, ((1,), (1, 2))), (math.log, (10, 1)), (math.atanh, (1,))]:
    try:
        print(f.__name__, args, "->", f(*args))
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        print(f.__name__, args, type(e).__name__ + ":", e)
print(math.pow(2, 0.5), 2 ** 0.5, math.pow(-8, 1 / 3) if False else "", (-8) ** (1 / 3), pow(-8, 1 / 3), math.sqrt(2) ** 2)
print(cmath.sqrt(-1), cmath.exp(1j * cmath.pi), cmath.phase(-1), cmath.polar(1 + 1j), cmath.rect(2, cmath.pi / 2), cmath.log(-1), cmath.log10(100j))
print(cmath.isclose(cmath.exp(1j * math.pi), -1), cmath.isinf(complex(math.inf, 0)), cmath.isnan(complex(0, math.nan)), cmath.sin(1 + 1j), cmath.acos(2))
print(abs(3 + 4j), (1 + 2j) * (3 - 1j), (1 + 2j) / (3 - 4j), (1j) ** 2, complex("1+2j"), complex(1.5), repr(complex(-0.0, -0.0)), complex(1, float("inf")))
try:
    cmath.log(0)
except ValueError as e:
    print("ValueError:", e)

samples = ["Café", "Cafe\u0301", "ﬁ ligature", "Ⅻ roman", "①②③", "ＦＵＬＬ width", "naïve résumé", "Straße", "İstanbul", "ǅ", "x²+y³"]
for s in samples:
    print(repr(s), [unicodedata.normalize(f, s) for f in ("NFC", "NFD", "NFKC", "NFKD")], len(unicodedata.normalize("NFD", s)), unicodedata.is_normalized("NFC", s))
def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")
print([strip_accents(s) for s in samples])
for ch in "aZ5 _\t€é\u0301中😀½Ⅻ\u200b-«":
    print(repr(ch), unicodedata.category(ch), unicodedata.name(ch, "?"), unicodedata.combining(ch), unicodedata.east_asian_width(ch), unicodedata.mirrored(ch),
          unicodedata.decimal(ch, None), unicodedata.digit(ch, None), unicodedata.numeric(ch, None))
print([unicodedata.decomposition(c) for c in "aé\u0301ÅΩ"])
print(unicodedata.lookup("SNOWMAN"), unicodedata.lookup("LATIN SMALL LETTER SHARP S"), unicodedata.lookup("GREEK CAPITAL LETTER OMEGA"))
try:
    unicodedata.lookup("NO SUCH CHARACTER NAME")
except KeyError as e:
    print("KeyError:", e)
try:
    unicodedata.name("\x00")
except ValueError as e:
    print("ValueError:", e)
try:
    unicodedata.numeric("a")
except ValueError as e:
    print("ValueError:", e)
print(unicodedata.unidata_version, "Straße".casefold(), "ǅ".upper(), "ǅ".lower(), "ǅ".title(), "İ".lower(), len("İ".lower()), "ß".upper())
