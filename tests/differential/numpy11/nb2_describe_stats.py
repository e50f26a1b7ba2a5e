# A describe() for a few columns: moments, percentile methods, weighted averages, z-scores.
import numpy as np

rng = np.random.default_rng(5)
data = np.column_stack([rng.normal(50, 10, 80), rng.exponential(3.0, 80), rng.uniform(0, 1, 80)])
names = ["normal", "expon", "unif"]

def describe(col):
    m = col.mean()
    s = col.std(ddof=1)
    z = (col - m) / col.std()
    return {"mean": m, "std": s, "min": col.min(), "25%": np.percentile(col, 25),
            "50%": np.median(col), "75%": np.percentile(col, 75), "max": col.max(),
            "skew": (z ** 3).mean(), "kurt": (z ** 4).mean() - 3}

for j, name in enumerate(names):
    d = describe(data[:, j])
    print(name.ljust(7), " ".join(f"{k}={v:.4f}" for k, v in d.items()))
col = data[:, 1]
for method in ["linear", "lower", "higher", "nearest", "midpoint"]:
    print(method, np.round(np.percentile(col, [10, 33, 90], method=method), 6))
print("quantile axis0:\n", np.round(np.quantile(data, [0.1, 0.9], axis=0), 5))
w = np.linspace(1, 2, 80)
avg, sw = np.average(data, axis=0, weights=w, returned=True)
print("weighted avg:", np.round(avg, 6), sw)
print("var ddof 0/1:", np.round(data.var(axis=0), 6), np.round(data.var(axis=0, ddof=1), 6))
print("cov:\n", np.round(np.cov(data, rowvar=False), 5))
print("corr:\n", np.round(np.corrcoef(data.T), 5))
print("median abs dev:", np.round(np.median(np.abs(data - np.median(data, axis=0)), axis=0), 6))
print("argmax per col:", data.argmax(axis=0), "argmin:", data.argmin(axis=0))
print("ptp:", np.round(np.ptp(data, axis=0), 6))
with_nan = data[:10, 0].copy()
with_nan[[2, 5]] = np.nan
print("nan stats:", round(np.nanmean(with_nan), 6), round(np.nanstd(with_nan), 6), np.nanmedian(with_nan).round(6))
print("nanpercentile:", np.round(np.nanpercentile(with_nan, [25, 75]), 6), np.nanargmin(with_nan), np.nanargmax(with_nan))
print("mean of means %.10f" % data.mean(axis=0).mean(), "%.10f" % data.mean())
