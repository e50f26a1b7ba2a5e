# Inventory simulation: Poisson demand, reorder policy with np.where, service level and cost table.
import numpy as np

rng = np.random.default_rng(77)
days = 60
demand = rng.poisson(12, size=days)
print(demand)
print("demand stats: mean %.3f var %.3f max %d" % (demand.mean(), demand.var(), demand.max()))
results = []
for s_level, order_qty in [(20, 50), (30, 40), (40, 60)]:
    stock = 60
    pending = np.zeros(days + 5, dtype=int)
    stock_hist = np.zeros(days, dtype=int)
    lost = np.zeros(days, dtype=int)
    orders = 0
    for d in range(days):
        stock += pending[d]
        sold = min(stock, demand[d])
        lost[d] = demand[d] - sold
        stock -= sold
        if stock + pending[d + 1:].sum() < s_level:
            pending[d + 3] += order_qty
            orders += 1
        stock_hist[d] = stock
    service = 1 - lost.sum() / demand.sum()
    cost = orders * 25 + stock_hist.sum() * 0.5 + lost.sum() * 4
    results.append((s_level, order_qty, orders, service, cost))
    print(f"s={s_level} Q={order_qty}: orders={orders} avg stock={stock_hist.mean():.2f} "
          f"stockout days={np.count_nonzero(lost)} service={service:.4f} cost={cost:.1f}")
res = np.array(results)
print(res[np.argmin(res[:, 4])])
print(np.round(res, 4))
week = demand[: days // 7 * 7].reshape(-1, 7)
print("weekly totals:", week.sum(axis=1))
print("weekday means:", np.round(week.mean(axis=0), 3))
print("busiest weekday:", week.mean(axis=0).argmax())
hi_days = np.where(demand > np.percentile(demand, 80), demand, 0)
print(hi_days)
flag = np.select([demand < 8, demand < 15], [0, 1], default=2)
print(flag, np.bincount(flag))
print(np.piecewise(demand.astype(float)[:8], [demand[:8] < 10, demand[:8] >= 10], [lambda v: v * 2, lambda v: v + 100]))
price = np.where(demand[:10] > 12, 9.5, 10.0)
print(price, (price * demand[:10]).sum())
