# Inventory simulation: reorder points, stockouts, cumulative costs.
import numpy as np

rng = np.random.default_rng(8)
days = 30
demand = rng.poisson(12, days)
print(demand, demand.sum(), demand.mean(), demand.std())
stock = np.empty(days + 1, dtype=int)
stock[0] = 60
orders = np.zeros(days, dtype=int)
pending = {}
reorder, qty, lead = 25, 50, 3
short = np.zeros(days, dtype=int)
for d in range(days):
    s = stock[d] + pending.pop(d, 0)
    sold = min(s, demand[d])
    short[d] = demand[d] - sold
    s -= sold
    if s <= reorder and not any(k > d for k in pending):
        pending[d + lead] = qty
        orders[d] = qty
    stock[d + 1] = s
print(stock)
print(orders.nonzero()[0], short.nonzero()[0], short.sum())
hold = np.cumsum(stock[1:] * 0.1)
print(np.round(hold, 2)[-5:], hold[-1])
fill_rate = 1 - short.sum() / demand.sum()
print(round(float(fill_rate), 6))
weekly = np.add.reduceat(demand, np.arange(0, days, 7))
print(weekly)
print(np.convolve(demand, np.ones(7), "valid")[:5] / 7)
safety = 1.65 * demand.std(ddof=1) * np.sqrt(lead)
print(safety, np.ceil(demand.mean() * lead + safety).astype(int))
lvl = np.clip(stock, 0, 80)
print(np.bincount(lvl // 20, minlength=5))
print(np.percentile(stock, [5, 50, 95], method="nearest"))
runs = np.diff(np.flatnonzero(np.diff(np.concatenate(([0], (stock[1:] < 20).astype(int), [0])))))[::2]
print(runs)
sim = rng.poisson(12, (500, 7)).sum(axis=1)
print(np.mean(sim > 90), np.quantile(sim, 0.95), np.histogram(sim, bins=6)[0])
