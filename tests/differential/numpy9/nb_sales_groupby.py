# Group-by style aggregation with unique, bincount(weights=) and add.at.
import numpy as np

region = np.array(["north", "south", "east", "north", "west", "east", "south", "north", "west", "east"])
units = np.array([12, 7, 3, 9, 14, 6, 11, 2, 5, 8])
price = np.array([2.5, 3.0, 4.25, 2.5, 1.75, 4.25, 3.0, 2.5, 1.75, 4.0])
revenue = units * price
print("revenue:", revenue)
keys, inv = np.unique(region, return_inverse=True)
print("keys:", keys)
print("inverse:", inv)
tot = np.bincount(inv, weights=revenue)
cnt = np.bincount(inv)
print("totals:", tot)
print("counts:", cnt)
for k, t, c in zip(keys, tot, cnt):
    print(f"{k:>6}: {t:8.2f} over {c} sales, avg {t / c:.3f}")
best = keys[np.argmax(tot)]
print("best region:", best)
u_sum = np.zeros(len(keys), dtype=int)
np.add.at(u_sum, inv, units)
print("units by region:", dict(zip(keys.tolist(), u_sum.tolist())))
share = tot / tot.sum() * 100
print("share %:", np.round(share, 2), share.sum())
month = np.array([1, 1, 1, 2, 2, 2, 3, 3, 3, 3])
table = np.zeros((3, len(keys)))
np.add.at(table, (month - 1, inv), revenue)
print("pivot (month x region):")
print(table)
print("month totals:", table.sum(axis=1), "region totals:", table.sum(axis=0))
print("growth m1->m3:", np.round((table[2].sum() - table[0].sum()) / table[0].sum(), 4))
mask = np.isin(region, ["north", "west"])
print("north+west units:", units[mask].sum(), np.isin(keys, ["west"]))
print("mean price by region:", np.round(np.bincount(inv, weights=price) / cnt, 4))
print("unique prices:", np.unique(price), np.unique(units % 4, return_counts=True))
