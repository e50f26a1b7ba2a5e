from decimal import Decimal, getcontext, localcontext, ROUND_HALF_UP, ROUND_DOWN, ROUND_CEILING, InvalidOperation

# Compound interest and scientific helpers written with Decimal.
getcontext().prec = 28

def compound(principal, rate, years, periods=12):
    p = Decimal(principal)
    r = Decimal(rate) / periods
    total = p * (1 + r) ** (years * periods)
    return total.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)

for years in (1, 5, 10, 30):
    print(f"{years:>2} years: {compound('1000.00', '0.05', years)}")

# continuous compounding with exp
rate = Decimal("0.05")
for years in (1, 10):
    amount = Decimal(1000) * (rate * years).exp()
    print("continuous", years, amount.quantize(Decimal("0.0001")))

print(Decimal(2).ln())
print(Decimal(10).ln())
print(Decimal("0.5").ln())
print(Decimal(1).exp())
print(Decimal("-2.5").exp())
print(Decimal(1000).log10())
print(Decimal(2).log10())
print(Decimal("0.001").log10())
print(Decimal(2).sqrt())
print(Decimal("1e-10").sqrt())

with localcontext() as ctx:
    ctx.prec = 10
    print("prec10", Decimal(2).ln(), Decimal(3).exp(), Decimal(7).log10())
    print("div", Decimal(1) / Decimal(7))

with localcontext() as ctx:
    ctx.prec = 50
    print("prec50 e =", Decimal(1).exp())
    print("prec50 ln2 =", Decimal(2).ln())

# half-life computation: t = ln(2)/k
k = Decimal("0.000121")
half_life = Decimal(2).ln() / k
print("half-life", half_life.quantize(Decimal("1."), rounding=ROUND_DOWN))

# rounding modes table
vals = [Decimal("2.345"), Decimal("-2.345"), Decimal("2.355"), Decimal("0.005")]
for v in vals:
    row = [str(v.quantize(Decimal("0.01"), rounding=m)) for m in (ROUND_HALF_UP, ROUND_DOWN, ROUND_CEILING)]
    row.append(str(v.quantize(Decimal("0.01"))))
    print(f"{str(v):>7} -> " + " ".join(f"{x:>6}" for x in row))

# special values
print(Decimal(0).exp(), Decimal(1).ln(), Decimal(1).log10())
print(Decimal("Infinity").exp(), Decimal("-Infinity").exp())
try:
    Decimal(-1).ln()
except InvalidOperation as e:
    print("ln(-1):", type(e).__name__)
try:
    Decimal(0).ln()
except Exception as e:
    print("ln(0):", type(e).__name__)
print(Decimal(0).ln() if False else "skip")

# mixing with ints, comparisons, tuples
d = Decimal("123.4500")
print(d.as_tuple())
print(d.normalize(), d.adjusted(), d.is_signed(), (-d).copy_abs())
print(sum(Decimal(x) / 3 for x in range(1, 4)))
print(max(Decimal("1.10"), Decimal("1.1")), sorted([Decimal("3"), Decimal("1.5"), Decimal("-2")]))
print(f"{Decimal('1234567.891'):,.2f} {Decimal('0.000123'):.2e} {Decimal('42'):>8}")
