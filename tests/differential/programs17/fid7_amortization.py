# A loan amortization and savings calculator: float formatting in tables, round() to cents with
# banker's rounding visible, Decimal cross-checks, cumulative sums, and an early-payoff comparison.
from decimal import Decimal, ROUND_HALF_UP, ROUND_HALF_EVEN, getcontext


def payment(principal, annual_rate, months):
    r = annual_rate / 12
    if r == 0:
        return principal / months
    return principal * r / (1 - (1 + r) ** -months)


def schedule(principal, annual_rate, months, extra=0.0):
    pay = payment(principal, annual_rate, months)
    bal = principal
    rows = []
    k = 0
    while bal > 0.005 and k < 1000:
        k += 1
        interest = round(bal * annual_rate / 12, 2)
        princ = min(round(pay + extra - interest, 2), round(bal, 2))
        bal = round(bal - princ, 2)
        rows.append((k, interest + princ, interest, princ, bal))
    return pay, rows


pay, rows = schedule(12000, 0.06, 12)
print(f"monthly payment: {pay:.6f} -> {pay:,.2f}")
print(f"{'#':>3} {'payment':>10} {'interest':>10} {'principal':>10} {'balance':>11}")
for k, p, i, pr, b in rows:
    print(f"{k:>3} {p:>10.2f} {i:>10.2f} {pr:>10.2f} {b:>11,.2f}")
ti = sum(r[2] for r in rows)
print(f"total interest {ti:.2f} total paid {sum(r[1] for r in rows):,.2f} check {round(ti, 2) == round(sum(r[2] for r in rows), 2)}")
for extra in (0, 100, 500):
    p, rs = schedule(200000, 0.045, 360, extra)
    print(f"extra {extra:>4}: {len(rs):>3} months, interest {sum(r[2] for r in rs):>12,.2f}, last payment {rs[-1][1]:.2f}")
print([round(x, 2) for x in (0.125, 0.135, 2.675, 1.005, 0.285, 10.555)], [round(x) for x in (0.5, 1.5, 2.5, -0.5, -1.5)])
getcontext().prec = 28
for x in ("0.125", "0.135", "2.675", "1.005", "2.5", "-2.5"):
    d = Decimal(x)
    print(x, d.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP), d.quantize(Decimal("0.01"), rounding=ROUND_HALF_EVEN), d.quantize(Decimal("1")), Decimal(float(x)) == d)
P, r, n = Decimal(12000), Decimal("0.06") / 12, 12
dpay = P * r / (1 - (1 + r) ** -n)
print(dpay, dpay.quantize(Decimal("0.01")), abs(float(dpay) - pay) < 1e-9)


def future_value(monthly, annual_rate, years, initial=0.0):
    bal = initial
    history = []
    for m in range(1, years * 12 + 1):
        bal = bal * (1 + annual_rate / 12) + monthly
        if m % 12 == 0:
            history.append(bal)
    return history


hist = future_value(250, 0.07, 10, 1000)
for y, b in enumerate(hist, 1):
    contributed = 1000 + 250 * 12 * y
    print(f"year {y:>2}: {b:>12,.2f}  contributed {contributed:>8,}  growth {b / contributed - 1:>7.2%}")
rates = [0.01 * k for k in range(1, 11)]
doubling = {f"{r:.0%}": next(y for y in range(1, 200) if (1 + r) ** y >= 2) for r in rates}
print(doubling)
print({f"{r:.0%}": round(72 / (r * 100), 1) for r in rates[::3]})
print(f"{1e6 * 1.05 ** 30:,.0f} {1e6 / 1.05 ** 30:,.3f} {(1 + 0.05 / 365) ** 365 - 1:.6%} {100 * (1.0 + 1e-10):.12f}")
