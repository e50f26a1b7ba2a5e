# Daily returns, rolling volatility and correlation of two synthetic price series.
import numpy as np

np.random.seed(21)
days = 120
r1 = np.random.normal(0.0005, 0.01, days)
r2 = 0.6 * r1 + np.random.normal(0.0, 0.008, days)
p1 = 100 * np.cumprod(1 + r1)
p2 = 50 * np.cumprod(1 + r2)
print("last prices:", np.round([p1[-1], p2[-1]], 4))
ret1 = np.diff(p1) / p1[:-1]
ret2 = np.diff(np.log(p2))
print("returns:", ret1.shape, np.round(ret1[:4], 6))
print("log returns:", np.round(ret2[:4], 6))
print("corr:\n", np.round(np.corrcoef(ret1, ret2), 5))
print("cov:\n", np.round(np.cov(ret1, ret2) * 1e4, 5))
win = 20
windows = np.lib.stride_tricks.sliding_window_view(ret1, win)
vol = windows.std(axis=1, ddof=1) * np.sqrt(252)
print("rolling vol shape:", vol.shape)
print("rolling vol:", np.round(vol[::20], 4))
peak = np.maximum.accumulate(p1)
dd = (p1 - peak) / peak
print(f"max drawdown: {dd.min():.4%} on day {dd.argmin()}")
up = ret1 > 0
print("up days:", up.sum(), "longest streak:", max(len(s) for s in "".join("u" if x else "d" for x in up).split("d")))
print("best/worst day:", ret1.argmax(), ret1.argmin())
monthly = p1[::20]
print("monthly:", np.round(monthly, 2))
print("monthly returns %:", np.round(np.diff(monthly) / monthly[:-1] * 100, 3))
sharpe = ret1.mean() / ret1.std(ddof=1) * np.sqrt(252)
print(f"sharpe {sharpe:.4f}")
