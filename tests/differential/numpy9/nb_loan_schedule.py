# Loan amortization table and savings projections with cumulative sums.
import numpy as np

principal = 25000.0
annual_rate = 0.045
years = 3
n = years * 12
r = annual_rate / 12
payment = principal * r / (1 - (1 + r) ** -n)
print(f"monthly payment: {payment:.2f}")
balance = np.empty(n + 1)
balance[0] = principal
interest = np.empty(n)
for k in range(n):
    interest[k] = balance[k] * r
    balance[k + 1] = balance[k] + interest[k] - payment
principal_paid = payment - interest
print("final balance ~0:", abs(balance[-1]) < 1e-6)
print("total interest:", np.round(interest.sum(), 2))
print("first 3 interest:", np.round(interest[:3], 2), "last 3:", np.round(interest[-3:], 2))
print(f"{'month':>5} {'interest':>9} {'principal':>10} {'balance':>10}")
for k in list(range(3)) + list(range(n - 2, n)):
    print(f"{k + 1:>5} {interest[k]:>9.2f} {principal_paid[k]:>10.2f} {balance[k + 1]:>10.2f}")
yearly = interest.reshape(years, 12).sum(axis=1)
print("interest per year:", np.round(yearly, 2))
cum_int = np.cumsum(interest)
half = np.searchsorted(cum_int, cum_int[-1] / 2)
print("half of interest paid by month", half + 1)
deposits = np.full(10, 1200.0)
growth = 1.05 ** np.arange(9, -1, -1)
print("future value of deposits:", np.round(np.sum(deposits * growth), 2))
rates = np.array([0.03, 0.04, 0.05, 0.06])
fv = 1000 * (1 + rates[:, None]) ** np.arange(0, 31, 10)[None, :]
print("growth table:\n", np.round(fv, 2))
print("doubling years:", np.round(np.log(2) / np.log1p(rates), 2))
print("payments grid:\n", np.round(principal * (rates[:, None] / 12) / (1 - (1 + rates[:, None] / 12) ** -(np.array([24, 36, 60])[None, :])), 2))
