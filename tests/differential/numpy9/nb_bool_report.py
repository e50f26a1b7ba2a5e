# Boolean indexing report on a small sensor data set.
import numpy as np

temps = np.array([21.5, 22.0, 35.2, 19.8, -40.0, 23.1, 24.7, 99.9, 22.3, 21.0, 18.4, 26.6])
hum = np.array([40, 42, 38, 55, 0, 47, 45, 100, 41, 39, 60, 35])
valid = (temps > -30) & (temps < 60) & (hum > 0) & (hum < 100)
print("valid mask:", valid)
print("valid count:", np.count_nonzero(valid), "invalid idx:", np.flatnonzero(~valid))
t = temps[valid]
h = hum[valid]
print("valid temps:", t)
print(f"mean temp {t.mean():.3f}, mean humidity {h.mean():.3f}")
hot = t > 24
print("hot readings:", t[hot], "humidity:", h[hot])
print("any hot & dry:", np.any(hot & (h < 40)), "all warm:", np.all(t > 15))
clean = temps.copy()
clean[~valid] = np.nan
print("with nan:", clean)
print("nanmean:", np.nanmean(clean), "nanmax:", np.nanmax(clean), "nanargmin:", np.nanargmin(clean))
print("isnan:", np.isnan(clean).sum())
filled = np.where(np.isnan(clean), np.nanmedian(clean), clean)
print("filled:", filled)
cats = np.select([t < 20, t < 24, t >= 24], ["cold", "mild", "hot"], default="?")
print(cats)
lvl = np.array(["low", "mid", "high"])[np.digitize(h, [40, 50])]
print(list(zip(t.tolist()[:4], lvl.tolist()[:4])))
grid = np.arange(20).reshape(4, 5)
print(grid[grid % 3 == 0])
grid[grid > 15] = -1
print(grid)
print(grid[[0, 2]][:, [1, 3]])
print(np.extract(grid % 2 == 1, grid))
rows_any = (grid < 0).any(axis=1)
print("rows with negatives:", np.nonzero(rows_any)[0])
