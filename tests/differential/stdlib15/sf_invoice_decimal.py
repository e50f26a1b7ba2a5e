"""Invoice totals: decimal contexts/rounding + fractions splitting + formatting."""
from decimal import Decimal, ROUND_HALF_UP, ROUND_DOWN, ROUND_CEILING, localcontext, getcontext, InvalidOperation
from fractions import Fraction
import math

CENT = Decimal("0.01")
LINES = [("Consulting (hrs)", Decimal("12.5"), Decimal("95.00")), ("License", Decimal("1"), Decimal("1299.99")),
         ("Support 1/3 yr", Decimal("0.333"), Decimal("450")), ("Travel (km)", Decimal("187.4"), Decimal("0.42"))]
TAX = Decimal("0.0825")
subtotal = Decimal(0)
for desc, qty, price in LINES:
    amount = (qty * price).quantize(CENT, ROUND_HALF_UP)
    subtotal += amount
    print(f"{desc:<18}{qty:>8}{price:>10}{amount:>12}")
tax = (subtotal * TAX).quantize(CENT, ROUND_HALF_UP)
total = subtotal + tax
print(f"{'subtotal':<36}{subtotal:>12}\n{'tax 8.25%':<36}{tax:>12}\n{'TOTAL':<36}{total:>12,}")
people = 3
share = (total / people).quantize(CENT, ROUND_DOWN)
rest = total - share * people
print("split:", [share + (CENT if i < rest / CENT else 0) for i in range(people)], rest)
print(sum(share + (CENT if i < rest / CENT else 0) for i in range(people)) == total)
fr = Fraction(str(total)) / people
print(fr, float(fr), Fraction(total) == Fraction(str(total)), fr.limit_denominator(100))
with localcontext() as ctx:
    ctx.prec = 6
    ctx.rounding = ROUND_CEILING
    print(Decimal(1) / 7, Decimal("123456789") * 1, +Decimal("-2.0000051"))
print(getcontext().prec, Decimal(1) / 7)
for s in ["1e3", "1E+3", "0.00", "-0", "100.500", "1234567890.12345678901234567890"]:
    d = Decimal(s)
    print(s, d, d.normalize(), d.to_eng_string(), f"{d:.2e}", f"{d:,.3f}", d.quantize(Decimal(1)) if d.adjusted() < 20 else "big")
rates = {"USD": Decimal("1"), "EUR": Decimal("0.9137"), "JPY": Decimal("149.82")}
for cur, r in rates.items():
    conv = total * r
    exp = Decimal("1") if cur == "JPY" else CENT
    print(cur, conv, conv.quantize(exp, ROUND_HALF_UP), f"{conv.quantize(exp, ROUND_HALF_UP):,}")
monthly = Decimal("0.05") / 12
payment = (Decimal(10000) * monthly / (1 - (1 + monthly) ** -36)).quantize(CENT)
print("payment", payment, (payment * 36 - 10000).quantize(CENT))
bal = Decimal(10000)
for m in range(1, 4):
    interest = (bal * monthly).quantize(CENT, ROUND_HALF_UP)
    bal = bal + interest - payment
    print(m, interest, bal)
print(Decimal("7.1").as_tuple(), Decimal(3).is_integer() if hasattr(Decimal, "is_integer") else "", Decimal("2.5").to_integral_value(ROUND_HALF_UP), math.floor(Decimal("-2.5")), math.ceil(Decimal("2.1")), round(Decimal("-2.5")))
try:
    Decimal("1.0") + Decimal("x")
except InvalidOperation as e:
    print("InvalidOperation", type(e).__name__)
print(sorted([Decimal("1.10"), Decimal("1.1"), Decimal("1.09")]), Decimal("1.10") == Decimal("1.1"), len({Decimal("1.10"), Decimal("1.1")}))
print(Fraction(1, 3) + Fraction(1, 6), Fraction("0.125"), Fraction(3, 8).as_integer_ratio(), round(Fraction(7, 2)), round(Fraction(-5, 2)), Fraction(22, 7) - Fraction(math.pi).limit_denominator(7))
