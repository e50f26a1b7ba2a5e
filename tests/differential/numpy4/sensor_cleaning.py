# Cleaning sensor data: masks, nan handling, interpolation of gaps, clipping, rolling stats.
import numpy as np

np.random.seed(17)
t = np.arange(48)
temp = 20 + 5 * np.sin(2 * np.pi * t / 24) + np.random.normal(0, 0.5, t.size)
temp[[5, 6, 20, 33]] = np.nan
temp[12] = 85.0
temp[40] = -40.0
print(np.round(temp[:14], 2))
bad = np.isnan(temp) | (temp > 50) | (temp < -10)
print("bad", np.flatnonzero(bad), bad.sum())
clean = temp.copy()
clean[bad] = np.interp(t[bad], t[~bad], temp[~bad])
print(np.round(clean[:14], 3))
print("nanmean raw", np.nanmean(temp), "mean clean", clean.mean())
print("nanmax", np.nanmax(temp), "nanargmax", np.nanargmax(temp), "nanmin", np.nanmin(temp))
print("nanstd", np.nanstd(temp), "nanmedian", np.nanmedian(temp))
window = 6
kernel = np.ones(window) / window
rolling = np.convolve(clean, kernel, mode="valid")
print(rolling.shape, np.round(rolling[::8], 3))
cs = np.cumsum(np.insert(clean, 0, 0.0))
rolling2 = (cs[window:] - cs[:-window]) / window
print(np.allclose(rolling, rolling2), np.abs(rolling - rolling2).max() < 1e-12)
daily = clean.reshape(2, 24)
print("daily mean", daily.mean(axis=1), "daily range", np.ptp(daily, axis=1))
print("hour of max", daily.argmax(axis=1), "hour of min", daily.argmin(axis=1))
print(np.round(daily.max(axis=0) - daily.min(axis=0), 2)[:8])
z = (clean - clean.mean()) / clean.std()
print("extreme z", np.round(z[np.abs(z) > 1.3], 3))
clipped = np.clip(temp, 10, 30)
print(np.round(clipped[:14], 2))
print(np.isnan(clipped).sum(), np.nansum(clipped) > 0)
diff = np.diff(clean)
print("largest jump", np.round(np.abs(diff).max(), 4), "at", np.argmax(np.abs(diff)))
rising = diff > 0
runs = np.diff(np.concatenate(([0], rising.astype(int), [0])))
starts, ends = np.where(runs == 1)[0], np.where(runs == -1)[0]
print("rising runs", list(zip(starts.tolist(), (ends - starts).tolist()))[:5])
print(np.nan_to_num(temp[:8], nan=-1.0))
print(np.where(np.isnan(temp), -999, np.round(temp)).astype(int)[:10])
print(np.count_nonzero(~np.isnan(temp)), np.isfinite(temp).all(), np.any(np.isnan(temp)))
