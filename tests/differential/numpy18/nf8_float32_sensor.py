# Notebook: float32 sensor readings: per-channel statistics along axes, keepdims normalization, cumulative drift, NaN gaps.
import numpy as np

rng = np.random.default_rng(321)
raw = rng.normal(20.0, 2.5, size=(6, 8))
raw[:, 3] += 5.0
x = raw.astype(np.float32)
print(x.dtype, x.shape, x[0])
print(x.sum(axis=0), x.sum(axis=1))
print(x.mean(axis=0), x.mean(axis=1, keepdims=True).shape)
print(x.std(axis=0), x.var(axis=1), x.std(axis=1, ddof=1))
print(repr(x.sum()), repr(x.mean()), repr(x.std()), repr(x.var(ddof=1)))
print(x.sum(axis=0, dtype=np.float64), x.mean(axis=1, dtype=np.float64))
mu = x.mean(axis=0, keepdims=True)
sd = x.std(axis=0, keepdims=True)
z = (x - mu) / sd
print(z.dtype, z[:2])
print(np.cumsum(x, axis=0)[-1], np.cumsum(x, axis=1)[:, -1])
print(np.cumprod(x[:, :3] / 20, axis=0))
print(x.prod(axis=1) / 1e10, np.prod(x[:2, :2]))
drift = np.diff(x, axis=0)
print(drift.dtype, drift.mean(axis=0), np.abs(drift).max(axis=1))
gaps = x.copy()
gaps[1, 2] = np.nan
gaps[4, [0, 5]] = np.nan
print(np.nanmax(gaps, axis=0), np.nanmin(gaps, axis=1), np.nanargmax(gaps, axis=0))
print(np.nansum(gaps, axis=1), np.nanmean(gaps, axis=0), repr(np.nanmean(gaps)), repr(np.nansum(gaps)))
ints = (x * 10).astype(np.int32)
print(ints[0], ints.dtype, ints.sum(axis=0), np.sum(ints, axis=1, dtype=np.float32), ints.mean(axis=0))
print(np.add.accumulate(ints[:, 0], dtype=np.float32), np.cumsum(ints[0], dtype=np.float32))
hist, edges = np.histogram(x.astype(np.float64), bins=5)
print(hist, edges)
print(np.round(x[:2], 2), np.clip(x[0], 18, 22), (x > 22).sum(axis=0))
