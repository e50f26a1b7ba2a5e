# An (s, S) inventory policy under Poisson demand, simulated with default_rng.
import numpy as np

rng = np.random.default_rng(99)
days = 60
demand = rng.poisson(4.0, size=days)
print("demand:", demand)
print("demand stats:", demand.sum(), demand.mean(), demand.var())
s, S = 8, 25
stock = np.zeros(days + 1, dtype=int)
stock[0] = S
orders = np.zeros(days, dtype=np.int64)
lost = np.zeros(days, dtype=np.int64)
for d in range(days):
    have = stock[d]
    sold = min(have, demand[d])
    lost[d] = demand[d] - sold
    left = have - sold
    if left < s:
        orders[d] = S - left
        left = S
    stock[d + 1] = left
print("stock:", stock[:20])
print("orders placed:", np.count_nonzero(orders), "units:", orders.sum())
print("lost sales:", lost.sum(), "on days", np.nonzero(lost)[0])
fill = 1 - lost.sum() / demand.sum()
print(f"fill rate {fill:.4f}")
print("avg stock %.3f" % stock.mean())
weekly = demand[:56].reshape(8, 7)
print("weekly demand:", weekly.sum(axis=1))
print("weekday means:", np.round(weekly.mean(axis=0), 3))
print("max week:", weekly.sum(axis=1).argmax(), "peak day:", np.argmax(demand))
hist = np.bincount(demand)
print("demand histogram:", hist)
print("mode:", hist.argmax(), "p(d>=6): %.4f" % (demand >= 6).mean())
costs = orders * 2 + lost * 5 + stock[1:] * 0.1
print("total cost %.2f" % costs.sum())
print("cum cost checkpoints:", np.round(np.cumsum(costs)[9::10], 2))
