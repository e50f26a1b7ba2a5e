# Notebook: Monte Carlo estimates of pi with default_rng in batches, error vs n, antithetic and stratified variants.
import numpy as np

rng = np.random.default_rng(2718)
estimates = []
for n in [100, 1000, 10000, 100000]:
    pts = rng.random((n, 2))
    inside = (pts**2).sum(axis=1) <= 1.0
    est = 4 * inside.mean()
    se = 4 * inside.std(ddof=1) / np.sqrt(n)
    estimates.append(est)
    print(n, est, se, abs(est - np.pi), inside.sum())
print(np.array(estimates), np.abs(np.array(estimates) - np.pi))
batch = rng.random((20, 5000, 2))
hits = ((batch**2).sum(axis=2) <= 1).sum(axis=1)
pis = 4 * hits / 5000
print(hits, pis.mean(), pis.std(ddof=1), np.percentile(pis, [2.5, 97.5]))
u = rng.random(50000)
f = np.sqrt(1 - u**2)
g = np.sqrt(1 - (1 - u) ** 2)
plain = 4 * f.mean()
anti = 4 * ((f + g) / 2).mean()
print(plain, anti, 4 * f.std(), 4 * ((f + g) / 2).std())
k = 100
strata = (np.arange(k)[:, None] + rng.random((k, 50))) / k
strat = 4 * np.sqrt(1 - strata**2).mean()
print(strat, strata.shape, strata.min(), strata.max())
xs = np.linspace(0, 1, 1001)
print(4 * np.trapezoid(np.sqrt(1 - xs**2), xs))
rs = np.random.default_rng(123)
p = rs.uniform(-1, 1, size=(8000, 2))
d = np.hypot(p[:, 0], p[:, 1])
print(4 * (d <= 1).mean(), d.mean(), np.histogram(d, bins=4, range=(0, 1.5))[0])
running = 4 * np.cumsum(d <= 1) / np.arange(1, d.size + 1)
print(running[[9, 99, 999, 7999]], np.abs(running - np.pi).argmin())
needle = np.random.default_rng(31)
L, T = 1.0, 2.0
xc = needle.uniform(0, T / 2, 20000)
th = needle.uniform(0, np.pi / 2, 20000)
crosses = xc <= (L / 2) * np.sin(th)
print(crosses.sum(), 2 * L / (T * crosses.mean()))
vol = []
for dim in [2, 3, 4, 5]:
    q = np.random.default_rng(dim).random((20000, dim)) * 2 - 1
    vol.append((2.0**dim) * ((q**2).sum(axis=1) <= 1).mean())
print(np.array(vol))
