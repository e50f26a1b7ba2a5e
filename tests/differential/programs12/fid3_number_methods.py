from fractions import Fraction
from decimal import Decimal, ROUND_HALF_UP, ROUND_DOWN, getcontext, localcontext
import math

for n in [0, 1, 255, 256, 65535, -1, -129, 2**64 - 1]:
    nbytes = max(1, (n.bit_length() + 8) // 8)
    signed = n < 0
    b = n.to_bytes(nbytes, "big", signed=signed)
    print(n, n.bit_length(), n.bit_count(), b, b.hex(), int.from_bytes(b, "big", signed=signed), int.from_bytes(b, "little"))
print((1024).to_bytes(4, "little"), int.from_bytes(b"\x01\x02", byteorder="big"), (300).to_bytes(2, "big").hex(" "))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
print((10).as_integer_ratio(), (7).numerator, (7).denominator, (-7).real, (5).imag, (3).conjugate(), True + True)
print(int("ff", 16), int("0b1011", 0), int("  -42  "), int("1_000_000"), int("z", 36), bin(-10), oct(64), hex(-255))
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), pow(3, 4, 5), pow(2, -1, 7), pow(-2, 3), (-7) // 2, (-7) % 2)

for x in [0.1, 0.5, 1.0, -2.75, 1e300, 3.141592653589793, 5e-324]:
    print(x.hex(), float.fromhex(x.hex()) == x, x.is_integer(), x.as_integer_ratio() if abs(x) < 1e20 else "big")
print(float.fromhex("0x1.8p1"), float.fromhex("-0x1p-2"), float.fromhex("0x.8"), (2.5).hex())
print(round(2.5), round(3.5), round(-0.5), round(2.675, 2), round(1234.5678, -2), round(15, -1), round(25, -1))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), int(-2.9), math.isclose(0.1 + 0.2, 0.3), 0.1 + 0.2)
print(math.gcd(48, 180, 36), math.lcm(4, 6, 10), math.isqrt(10**20 + 1), math.comb(30, 12), math.perm(8, 3), math.factorial(20))
print(math.copysign(3, -0.0), math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1.5, 2, 4]), math.dist((0, 0), (3, 4)), math.hypot(1, 2, 2))
print(float("inf") > 10**400, float("-inf"), float("nan") == float("nan"), math.isnan(float("nan")), math.isinf(-math.inf))
print(1e16, 1e15, 123456789012345678.0, 1.5e-7, 0.0001, -0.0, 2.0**0.5, 10 / 3, 1 / 3 * 3, 7.0 // 2, 7.5 % 2, -7.5 % 2)

c = complex(3, 4)
print(c, abs(c), c.conjugate(), c * 1j, c / (1 - 1j), c ** 2, c.real, c.imag, complex("1+2j"), -c, 1j ** 2)
print(complex(0, 1) == 1j, (1 + 2j) + 3, 2 * (0.5 - 1j), repr(complex(-0.0, 0)), complex(1.5, -0.0), f"{c:.2f}", format(1 - 2j, "^12"))
import cmath
print(cmath.sqrt(-4), cmath.polar(1j), round(cmath.phase(-1), 6), cmath.exp(1j * math.pi).real)

f = Fraction(3, 4)
g = Fraction("2/6")
print(f + g, f * g, f / g, f - 1, f ** 2, -f, abs(Fraction(-5, 10)), f < g, f == 0.75, float(f), int(Fraction(7, 2)))
print(Fraction(0.1), Fraction(0.1).limit_denominator(100), Fraction("1.25"), Fraction(Decimal("0.375")), Fraction(5), round(Fraction(7, 3), 2), f.as_integer_ratio())
print(f"{Fraction(1, 3)}", repr(Fraction(1, 3)), str(Fraction(4, 2)), math.floor(Fraction(-7, 2)), sum(Fraction(1, n) for n in range(1, 7)))

getcontext().prec = 28
a = Decimal("19.99")
b = Decimal("0.075")
tax = (a * b).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
print(tax, a + tax, (a * 3).quantize(Decimal("1."), rounding=ROUND_DOWN), Decimal("1") / Decimal("7"), Decimal(1) / 3 * 3)
print(Decimal("0.1") + Decimal("0.2"), Decimal(0.1), Decimal("1.30") * 2, Decimal("2.50").normalize(), Decimal("-0"), Decimal("1e3"), Decimal("1E+3") + 0)
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(2).sqrt(), Decimal(1) / Decimal(3), +Decimal("123456.789"))
print(Decimal("3.14159").quantize(Decimal("0.001")), round(Decimal("2.675"), 2), Decimal("10") % 3, Decimal("-7") // 2, Decimal("7.5").as_integer_ratio())
print(sorted([Decimal("1.1"), Decimal("1.01"), Decimal("1.10")]), Decimal("1.1") == Decimal("1.10"), f"{Decimal('1234.5'):,.2f}", f"{Decimal('0.5'):.0%}")
print(2**200, -(3**150) // 7, (2**127 - 1) % 1000007, str(10**50)[:10], len(str(7**500)), int(str(12**40)[::-1]) % 97)
