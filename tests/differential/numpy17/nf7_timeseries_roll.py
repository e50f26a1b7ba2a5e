# Time-series notebook: rolling windows via cumsum and sliding_window_view, EWMA, lags, z-scores.
import numpy as np
from numpy.lib.stride_tricks import sliding_window_view

rng = np.random.default_rng(2025)
n = 40
trend = np.linspace(10, 14, n)
season = 1.5 * np.sin(2 * np.pi * np.arange(n) / 8)
y = trend + season + rng.normal(0, 0.4, n)
print(np.round(y, 6))
w = 5
cs = np.cumsum(np.insert(y, 0, 0.0))
ma = (cs[w:] - cs[:-w]) / w
win = sliding_window_view(y, w)
print(np.round(ma, 8))
print(np.allclose(ma, win.mean(axis=1)), win.shape)
print(np.round(win.std(axis=1, ddof=1), 8))
print(np.round(win.max(axis=1) - win.min(axis=1), 8))
print(np.round(np.median(win, axis=1), 8))
alpha = 0.3
ew = np.empty(n)
ew[0] = y[0]
for i in range(1, n):
    ew[i] = alpha * y[i] + (1 - alpha) * ew[i - 1]
print(np.round(ew, 8))
lag1 = np.corrcoef(y[:-1], y[1:])[0, 1]
lag8 = np.corrcoef(y[:-8], y[8:])[0, 1]
print(round(float(lag1), 10), round(float(lag8), 10))
dy = np.diff(y)
print(np.round(dy[:8], 8), (dy > 0).sum(), np.sign(dy)[:10])
z = (y - y.mean()) / y.std()
print(np.flatnonzero(np.abs(z) > 1.5), np.round(z.max(), 8))
det = y - np.polyval(np.polyfit(np.arange(n), y, 1), np.arange(n))
print(np.round(det[:6], 8), np.round(det.std(), 8))
seasonal = det.reshape(5, 8).mean(axis=0)
print(np.round(seasonal, 8))
pct = np.diff(y) / y[:-1] * 100
print(np.round(pct[:5], 6), np.round(np.cumprod(1 + pct / 100)[-1], 8))
cross = np.flatnonzero(np.diff(np.sign(y - ma.mean())))
print(cross)
print(np.round(np.convolve(y, np.ones(w) / w, mode="valid") - ma, 12).max())
resampled = y.reshape(10, 4).mean(axis=1)
print(np.round(resampled, 8), np.round(np.repeat(resampled, 4)[:6], 8))
