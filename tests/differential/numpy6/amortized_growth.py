# Loan and savings schedules with cumprod/cumsum, structured f-string tables of NumPy scalars.
import numpy as np

principal = 25000.0
annual_rate = 0.065
months = 24
r = annual_rate / 12
payment = principal * r / (1 - (1 + r) ** -months)
print(f"monthly payment: {payment:.2f}")
balance = np.empty(months + 1)
balance[0] = principal
interest = np.zeros(months)
for m in range(months):
    interest[m] = balance[m] * r
    balance[m + 1] = balance[m] + interest[m] - payment
principal_paid = payment - interest
print(f"{'month':>5} {'interest':>10} {'principal':>10} {'balance':>12}")
for m in range(0, months, 4):
    print(f"{m + 1:5d} {interest[m]:10.2f} {principal_paid[m]:10.2f} {balance[m + 1]:12.2f}")
print("total interest:", round(interest.sum(), 2))
print("final balance ~ 0:", abs(balance[-1]) < 1e-6)
print("cumulative interest:", np.cumsum(interest)[[5, 11, 23]].round(2))
rates = np.array([0.02, 0.035, 0.05, 0.01, -0.015, 0.04])
growth = np.cumprod(1 + rates)
print("growth factors:", growth)
print("value of 1000:", (1000 * growth).round(2))
print(f"CAGR: {growth[-1] ** (1 / len(rates)) - 1:.4%}")
print("best/worst year:", np.argmax(rates), np.argmin(rates))
drawdown = growth / np.maximum.accumulate(growth) - 1
print("drawdown:", drawdown.round(5))
deposits = np.full(12, 200.0)
deposits[[2, 7]] += 500
monthly = 0.04 / 12
fv = np.zeros(13)
for k in range(12):
    fv[k + 1] = fv[k] * (1 + monthly) + deposits[k]
print("savings path:", fv.round(2))
years = np.arange(1, 6)
table = np.column_stack([years, 1000 * (1.05 ** years), 1000 * np.exp(0.05 * years)])
print(table)
np.set_printoptions(precision=2, suppress=True)
print(table)
print(repr(table[:, 1:]))
np.set_printoptions(precision=8, suppress=False)
best = table[np.argmax(table[:, 2] - table[:, 1])]
print(f"largest gap at year {best[0]:.0f}: {best[2] - best[1]:.4f}")
print(type(best[0]).__name__, f"{best[1]:>12,.3f}")
