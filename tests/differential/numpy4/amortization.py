# Loan amortization table with suppress/precision print options and cumulative sums.
import numpy as np

principal, annual_rate, years = 250000.0, 0.045, 2
r = annual_rate / 12
n = years * 12
payment = principal * r / (1 - (1 + r) ** -n)
print(f"monthly payment {payment:.2f}")
balance = np.empty(n + 1)
balance[0] = principal
interest = np.empty(n)
principal_paid = np.empty(n)
for k in range(n):
    interest[k] = balance[k] * r
    principal_paid[k] = payment - interest[k]
    balance[k + 1] = balance[k] - principal_paid[k]
table = np.column_stack([np.arange(1, n + 1), np.full(n, payment), interest, principal_paid, balance[1:]])
print(table[:3])
np.set_printoptions(suppress=True, precision=2, linewidth=90)
print(table[:6])
print(table[-3:])
print("total interest", interest.sum().round(2), "check", np.isclose(balance[-1], 0.0, atol=1e-6))
print(np.cumsum(interest)[::6])
yearly = interest.reshape(years, 12).sum(axis=1)
print("yearly interest", yearly)
np.set_printoptions(suppress=False, precision=8, linewidth=75)
print(balance[-2:])
print(repr(np.abs(balance[-1]) < 1e-6))
rates = np.linspace(0.02, 0.08, 7)
payments = principal * (rates / 12) / (1 - (1 + rates / 12) ** -n)
print(np.round(payments, 2))
print(np.column_stack([rates * 100, payments]))
with np.printoptions(precision=3, suppress=True):
    print(np.column_stack([rates * 100, payments]))
    print(np.array([1e-10, 123456.789, 0.5]))
print(np.array([1e-10, 123456.789, 0.5]))
