# Sales pivot with integer codes: group sums via bincount/add.at, 2-D pivot, shares, growth, and a printed report.
import numpy as np

rng = np.random.RandomState(23)
n = 300
region = rng.randint(0, 4, n)
product = rng.randint(0, 5, n)
month = rng.randint(0, 12, n)
qty = rng.randint(1, 20, n)
price = np.array([9.99, 24.5, 3.25, 120.0, 45.0])[product]
revenue = qty * price
region_names = ["North", "South", "East", "West"]
by_region = np.bincount(region, weights=revenue, minlength=4)
for nm, v, c in zip(region_names, by_region, np.bincount(region, minlength=4)):
    print(f"{nm:<6} {v:12,.2f} {c:4d} avg {v / c:8.2f}")
pivot = np.zeros((4, 5))
np.add.at(pivot, (region, product), revenue)
np.set_printoptions(precision=2, suppress=True, linewidth=100)
print(pivot)
print("row totals:", pivot.sum(axis=1))
print("col totals:", pivot.sum(axis=0))
print(np.allclose(pivot.sum(axis=1), by_region))
share = pivot / pivot.sum(axis=1, keepdims=True)
print(np.round(share * 100, 1))
best = pivot.argmax(axis=1)
print("best product per region:", best)
monthly = np.bincount(month, weights=revenue, minlength=12)
print(np.round(monthly, 2))
mom = np.diff(monthly) / monthly[:-1] * 100
print("mom %:", np.round(mom, 1))
q = monthly.reshape(4, 3).sum(axis=1)
print("quarters:", q, "best Q", q.argmax() + 1)
cum = np.cumsum(monthly)
print("month reaching half:", np.searchsorted(cum, cum[-1] / 2) + 1)
big = revenue > np.percentile(revenue, 95)
print("big orders:", big.sum(), np.round(revenue[big].mean(), 2))
top_idx = np.argsort(-revenue, kind="stable")[:5]
print(np.column_stack([top_idx, region[top_idx], product[top_idx], revenue[top_idx]]))
cnt = np.zeros((4, 12), dtype=int)
np.add.at(cnt, (region, month), 1)
print(cnt)
print("empty cells:", np.argwhere(cnt == 0).tolist())
avg_qty = np.bincount(product, weights=qty) / np.bincount(product)
print(np.round(avg_qty, 3))
