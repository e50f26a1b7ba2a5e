# Cash-flow analysis: discounting over a grid of rates, IRR by bisection, an annuity schedule.
import numpy as np

flows = np.array([-1000.0, 200.0, 250.0, 300.0, 350.0, 400.0])
t = np.arange(flows.size)
rates = np.array([0.0, 0.05, 0.08, 0.1, 0.15])
disc = (1 + rates[:, None]) ** -t[None, :]
print(np.round(disc, 6))
npv = disc @ flows
print("NPV:", np.round(npv, 4))
def npv_at(r):
    return np.sum(flows / (1 + r) ** t)
lo, hi = 0.0, 1.0
for _ in range(60):
    mid = (lo + hi) / 2
    if npv_at(mid) > 0:
        lo = mid
    else:
        hi = mid
print("IRR %.10f" % lo, "npv there %.3e" % abs(npv_at(lo)) if abs(npv_at(lo)) > 1e-9 else "npv ~0")
payback = np.argmax(np.cumsum(flows) >= 0)
print("cumulative:", np.cumsum(flows), "payback year:", payback)
P, r, n = 20000.0, 0.06 / 12, 36
pay = P * r / (1 - (1 + r) ** -n)
print("monthly payment %.2f" % pay)
bal = np.empty(n + 1)
bal[0] = P
interest = np.empty(n)
for k in range(n):
    interest[k] = bal[k] * r
    bal[k + 1] = bal[k] + interest[k] - pay
principal = pay - interest
print("interest first/last: %.4f %.4f" % (interest[0], interest[-1]))
print("balance each year:", np.round(bal[::12], 2))
print("final balance ~0:", abs(bal[-1]) < 1e-6, "total interest %.2f" % interest.sum())
yearly = principal.reshape(3, 12).sum(axis=1)
print("principal per year:", np.round(yearly, 2), np.round(yearly.sum(), 6))
growth = 1000 * np.cumprod(np.full(10, 1.07))
print("compound:", np.round(growth, 2))
print("rule of 72 check:", np.argmax(growth >= 2000) + 1, "years")
print(np.round(np.geomspace(1, 2, 5), 6), np.round(np.logspace(0, 2, 5), 4))
