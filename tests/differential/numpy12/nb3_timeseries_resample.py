# Time-series chores: reshape-based resampling, pct change, lags, autocorrelation, sliding windows, seasonality.
import numpy as np
from numpy.lib.stride_tricks import sliding_window_view

rng = np.random.RandomState(77)
days = 84
t = np.arange(days)
season = np.tile([0.0, 1.0, 2.0, 1.5, 1.0, -2.0, -3.5], days // 7)
series = 100 + 0.3 * t + season + rng.normal(0, 0.8, days)
weekly = series.reshape(-1, 7)
print("weekly mean:", np.round(weekly.mean(axis=1), 3))
print("weekly range:", np.round(np.ptp(weekly, axis=1), 3))
pct = np.diff(series) / series[:-1] * 100
print("pct change head:", np.round(pct[:6], 4))
print("biggest drop day", pct.argmin() + 1, "%.4f" % pct.min())
lag1 = np.column_stack([series[1:], series[:-1]])
print("lag-1 corr %.6f" % np.corrcoef(lag1.T)[0, 1])
x = series - series.mean()
acf = np.correlate(x, x, mode="full")[days - 1:] / (x @ x)
print("acf 0..8:", np.round(acf[:9], 4))
detr = series - np.polyval(np.polyfit(t, series, 1), t)
acf2 = np.correlate(detr, detr, "full")[days - 1:] / (detr @ detr)
print("detrended acf peak lag:", 1 + np.argmax(acf2[1:15]))
w = sliding_window_view(series, 7)
print(w.shape, np.round(w.mean(axis=1)[:5], 4))
print(np.round(w.max(axis=1)[-3:], 4), np.round(np.median(w, axis=1)[::20], 4))
prof = detr.reshape(-1, 7).mean(axis=0)
print("weekday profile:", np.round(prof - prof.mean(), 4))
adj = series - np.tile(prof - prof.mean(), days // 7)
print("seasonally adjusted std %.4f vs raw %.4f" % (np.std(np.diff(adj)), np.std(np.diff(series))))
monthly = np.add.reduceat(series, np.arange(0, days, 28))
print("4-week sums:", np.round(monthly, 3))
print(np.add.reduceat(np.arange(10), [0, 3, 7]), np.maximum.reduceat(np.array([4, 1, 7, 2, 9]), [0, 2]))
ewm = np.empty(days)
ewm[0] = series[0]
alpha = 2 / (7 + 1)
for i in range(1, days):
    ewm[i] = alpha * series[i] + (1 - alpha) * ewm[i - 1]
print("ewm tail:", np.round(ewm[-4:], 4))
z = (series - np.convolve(series, np.ones(7) / 7, "same")) / series.std()
print("anomalies:", np.flatnonzero(np.abs(z) > 0.05 * 5)[:10])
cummax = np.maximum.accumulate(series)
print("days at new high:", np.count_nonzero(series == cummax), "last", np.flatnonzero(series == cummax)[-1])
print(np.round(np.diff(series, n=2)[:4], 4), np.round(np.diff(series, prepend=series[0])[:3], 4))
