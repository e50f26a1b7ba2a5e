# Inventory bookkeeping with int arrays: masks, where, cumulative stock, reorder points, argwhere.
import numpy as np

np.random.seed(12)
demand = np.random.poisson(4, size=(3, 14))
stock = np.array([20, 15, 30])
reorder_at = np.array([8, 6, 10])
order_qty = np.array([20, 15, 25])
levels = np.zeros_like(demand)
orders = np.zeros_like(demand, dtype=bool)
cur = stock.copy()
for day in range(demand.shape[1]):
    cur = np.maximum(cur - demand[:, day], 0)
    need = cur <= reorder_at
    orders[:, day] = need
    cur = np.where(need, cur + order_qty, cur)
    levels[:, day] = cur
print(demand)
print(levels)
print(orders.astype(int))
print(orders.sum(axis=1), np.argwhere(orders)[:5], np.flatnonzero(orders[0]))
stockouts = (levels == 0)
print(stockouts.any(), stockouts.sum())
print(demand.sum(axis=1), demand.mean(axis=1).round(3), demand.max(), demand.min(axis=1))
cum = np.cumsum(demand, axis=1)
print(cum[:, -1], np.argmax(cum > 25, axis=1))
weekly = demand.reshape(3, 2, 7).sum(axis=2)
print(weekly, weekly.T)
print(np.where(demand > 6, demand, 0).sum(), np.count_nonzero(demand > 6, axis=0))
price = np.array([2.5, 4.0, 1.25])
revenue = demand * price[:, None]
print(revenue.sum(axis=1), revenue.sum(), revenue.dtype, revenue[:, :3])
hi = demand >= np.percentile(demand, 75)
print(hi.sum(), demand[hi].min())
print(np.unique(demand, return_counts=True))
print(np.bincount(demand.ravel()))
best_day = np.argmax(demand.sum(axis=0))
print(best_day, demand[:, best_day], demand[:, [0, best_day]])
d2 = demand.copy()
d2[d2 > 6] = 6
print(d2.sum(axis=1), (demand - d2).sum())
print(np.isin(demand[0], [0, 1, 2]).astype(int), np.in1d([3, 99], demand).tolist() if False else np.isin([3, 99], demand))
