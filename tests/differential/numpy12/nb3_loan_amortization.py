# Loan amortization tables with cumsum/cumprod, formatted columns, and comparisons across rates and terms.
import numpy as np


def schedule(principal, annual_rate, years):
    r = annual_rate / 12
    n = years * 12
    pay = principal * r / (1 - (1 + r) ** -n)
    k = np.arange(1, n + 1)
    bal = principal * (1 + r) ** k - pay * ((1 + r) ** k - 1) / r
    prev = np.concatenate([[principal], bal[:-1]])
    interest = prev * r
    princ = pay - interest
    return pay, interest, princ, bal


pay, it, pr, bal = schedule(250000.0, 0.045, 30)
print(f"monthly payment {pay:,.2f}")
print(f"total interest {it.sum():,.2f} total paid {pay * 360:,.2f}")
print("last balance %.6f" % abs(bal[-1]).round(6))
print(f"{'month':>5} {'interest':>10} {'principal':>10} {'balance':>12}")
for m in [0, 1, 11, 59, 119, 239, 359]:
    print(f"{m + 1:5d} {it[m]:10.2f} {pr[m]:10.2f} {bal[m]:12.2f}")
yearly = it.reshape(30, 12).sum(axis=1)
print("yearly interest first 5:", np.round(yearly[:5], 2))
half = np.argmax(np.cumsum(pr) >= 125000)
print("half paid at month", half + 1)
cross = np.argmax(pr > it)
print("principal exceeds interest at month", cross + 1)
rates = np.array([0.03, 0.04, 0.05, 0.06])
terms = np.array([15, 30])
grid = np.zeros((rates.size, terms.size))
for i, r in enumerate(rates):
    for j, y in enumerate(terms):
        grid[i, j] = schedule(200000.0, r, int(y))[0]
np.set_printoptions(precision=2, suppress=True)
print(grid)
print("ratio:", np.round(grid[:, 0] / grid[:, 1], 4))
tot = grid * terms * 12 - 200000
print(tot)
extra = 200.0
b = 250000.0
r = 0.045 / 12
months = 0
paid_int = 0.0
while b > 0:
    i_m = b * r
    paid_int += i_m
    b = b + i_m - (pay + extra)
    months += 1
print(f"with extra: {months} months, interest {paid_int:,.2f}, saved {it.sum() - paid_int:,.2f}")
print(np.round(np.cumsum(yearly)[[4, 9, 19, 29]], 2))
