# Notebook: bootstrap confidence intervals (percentile, basic, BCa-like bias) for mean, median, correlation, with default_rng.
import numpy as np

rng = np.random.default_rng(77)
data = np.round(rng.gamma(2.0, 3.0, size=40), 2)
print(data, data.mean(), np.median(data), data.std(ddof=1))
B = 2000
idx = rng.integers(0, data.size, size=(B, data.size))
boot = data[idx]
means = boot.mean(axis=1)
meds = np.median(boot, axis=1)
print(means[:5], meds[:5], means.mean(), means.std(ddof=1))
for name, stat, est in [("mean", means, data.mean()), ("median", meds, np.median(data))]:
    lo, hi = np.percentile(stat, [2.5, 97.5])
    basic = (2 * est - hi, 2 * est - lo)
    bias = stat.mean() - est
    print(name, lo, hi, basic, bias, np.quantile(stat, [0.05, 0.95], method="nearest"))
se = data.std(ddof=1) / np.sqrt(data.size)
print("normal approx", data.mean() - 1.96 * se, data.mean() + 1.96 * se)
x = rng.normal(size=30)
y = 0.6 * x + rng.normal(scale=0.8, size=30)
r = np.corrcoef(x, y)[0, 1]
bi = rng.integers(0, 30, size=(1000, 30))
xb, yb = x[bi], y[bi]
xc = xb - xb.mean(axis=1, keepdims=True)
yc = yb - yb.mean(axis=1, keepdims=True)
rb = (xc * yc).sum(axis=1) / np.sqrt((xc**2).sum(axis=1) * (yc**2).sum(axis=1))
print(r, rb[:4], np.percentile(rb, [2.5, 50, 97.5]), rb.std())
jack = np.array([np.delete(data, i).mean() for i in range(data.size)])
jse = np.sqrt((data.size - 1) / data.size * ((jack - jack.mean()) ** 2).sum())
print(jack[:4], jack.mean(), jse, se)
perm = np.array([rng.permutation(np.concatenate([data[:20], data[20:]]))[:20].mean() for _ in range(500)])
obs = data[:20].mean() - data[20:].mean()
null = 2 * perm - data.mean() * 2
print(obs, np.round(perm[:3], 10), (np.abs(perm - data.mean()) >= abs(obs) / 2).mean())
hist, edges = np.histogram(means, bins=8)
print(hist, np.round(edges, 6))
sorted_means = np.sort(means)
print(sorted_means[[49, 999, 1949]], np.searchsorted(sorted_means, data.mean()) / B)
