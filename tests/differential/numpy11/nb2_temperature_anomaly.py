# Monthly temperatures for several years: anomalies, warmest months, running means.
import numpy as np

np.set_printoptions(precision=2, suppress=True)
years = np.arange(2010, 2018)
months = np.arange(12)
base = 10 + 8 * np.sin((months - 3) / 12 * 2 * np.pi)
trend = 0.05 * (years - years[0])
wiggle = np.cos(np.outer(years, months) * 0.7) * 0.9
temps = base[np.newaxis, :] + trend[:, np.newaxis] + wiggle
print("shape:", temps.shape, temps.dtype)
print(temps[:3])
clim = temps.mean(axis=0)
print("climatology:", clim)
anom = temps - clim
print("anomaly by year:", anom.mean(axis=1))
print("warmest month per year:", temps.argmax(axis=1))
print("coldest month per year:", np.argmin(temps, axis=1))
hot = anom > 0.5
print("hot months per year:", hot.sum(axis=1))
print("any hot in Jan..Mar:", hot[:, :3].any(axis=1))
print("years with all months above 0:", years[(temps > 0).all(axis=1)])
annual = temps.mean(axis=1)
run = np.cumsum(annual) / np.arange(1, len(annual) + 1)
print("running mean:", run)
print("max anomaly %.4f at" % anom.max(), np.unravel_index(anom.argmax(), anom.shape))
q = np.percentile(temps, [10, 50, 90])
print("deciles:", q)
print("std per month:", temps.std(axis=0, ddof=1))
seasons = temps.reshape(len(years), 4, 3).mean(axis=2)
print("seasons:\n", seasons)
print("season ranking year 0:", np.argsort(-seasons[0]))
rng_years = years[np.abs(anom).max(axis=1) > 1.0]
print("volatile years:", rng_years, rng_years.size)
summary = np.vstack([temps.min(axis=1), temps.max(axis=1), np.ptp(temps, axis=1)]).T
print(summary)
with np.printoptions(precision=4):
    print(anom[-1])
print(anom[-1])
print(np.round(clim, 1).tolist())
