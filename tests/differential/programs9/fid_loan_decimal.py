"""Loan amortization and invoices with decimal: quantize, rounding modes, context precision."""
from decimal import Decimal, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN, ROUND_CEILING, getcontext, localcontext, InvalidOperation

CENT = Decimal("0.01")


def payment(principal, annual_rate, months):
    r = annual_rate / 12
    if r == 0:
        return (principal / months).quantize(CENT, ROUND_HALF_UP)
    factor = (1 + r) ** months
    return (principal * r * factor / (factor - 1)).quantize(CENT, ROUND_HALF_UP)


def schedule(principal, annual_rate, months):
    pay = payment(principal, annual_rate, months)
    balance = principal
    rows = []
    for m in range(1, months + 1):
        interest = (balance * annual_rate / 12).quantize(CENT, ROUND_HALF_UP)
        principal_part = pay - interest if m < months else balance
        balance -= principal_part
        rows.append((m, pay if m < months else principal_part + interest, interest, principal_part, balance))
    return pay, rows


pay, rows = schedule(Decimal("10000.00"), Decimal("0.065"), 12)
print("monthly payment:", pay)
print(f"{'m':>3} {'payment':>9} {'interest':>9} {'principal':>10} {'balance':>10}")
for m, p, i, pr, b in rows:
    print(f"{m:>3} {p:>9} {i:>9} {pr:>10} {b:>10}")
print("total interest:", sum(r[2] for r in rows), "total paid:", sum(r[1] for r in rows))
print(payment(Decimal(1200), Decimal(0), 12))

x = Decimal("2.675")
print(x.quantize(CENT), x.quantize(CENT, ROUND_HALF_UP), x.quantize(CENT, ROUND_DOWN), Decimal("-2.675").quantize(CENT, ROUND_CEILING))
print(Decimal("2.665").quantize(CENT, ROUND_HALF_EVEN), Decimal("2.675").quantize(CENT, ROUND_HALF_EVEN), round(Decimal("2.5")), round(Decimal("3.14159"), 3))
print(Decimal("0.1") + Decimal("0.2"), Decimal(0.1), Decimal("1.10") * 3, Decimal("10") / Decimal("4"), Decimal("1") / Decimal("3"))
print(Decimal("1.30") + Decimal("1.20"), Decimal("5.000").normalize(), Decimal("1E+3").normalize(), Decimal("123.4500").as_tuple())
print(Decimal("-0"), Decimal("1e-7"), Decimal("100") ** 2, Decimal(2).sqrt(), Decimal("7") // Decimal("2"), Decimal("-7") % Decimal("3"))
print(repr(Decimal("3.50")), str(Decimal("3.50")), float(Decimal("3.5")), int(Decimal("-3.9")), Decimal("3.5") > 3, Decimal("3.0") == 3)
print(f"{Decimal('1234.5678'):,.2f} {Decimal('0.000123'):.2e} {Decimal('42'):>8} {Decimal('-1.5'):+.3f}")
print(sorted([Decimal("1.1"), Decimal("-2"), Decimal("1.05")]), max(Decimal("1"), Decimal("1.0")), sum([Decimal("0.10")] * 3))
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / Decimal(7), Decimal("123456789") + 0)
print(Decimal(1) / Decimal(7), getcontext().prec)
for bad in ["abc", "1.2.3"]:
    try:
        Decimal(bad)
    except InvalidOperation:
        print("InvalidOperation for", repr(bad))
try:
    Decimal(1) / Decimal(0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(Decimal("NaN").is_nan(), Decimal("Infinity") > 10**100, Decimal("1.000").is_zero(), Decimal("1e2").adjusted(), Decimal("12.3456").quantize(Decimal("1.0")))
invoice = [("Consulting", Decimal("12.5"), Decimal("95.00")), ("Travel", Decimal("1"), Decimal("312.37")), ("Discount", Decimal("1"), Decimal("-50"))]
subtotal = sum((q * p for _, q, p in invoice), Decimal("0"))
vat = (subtotal * Decimal("0.19")).quantize(CENT, ROUND_HALF_UP)
for desc, q, p in invoice:
    print(f"{desc:<12}{q:>6}{p:>10}{(q * p).quantize(CENT):>11}")
print(f"{'subtotal':<28}{subtotal:>11}\n{'VAT 19%':<28}{vat:>11}\n{'total':<28}{subtotal + vat:>11}")
