# Comparing two groups: bootstrap intervals and a permutation test with default_rng.
import numpy as np

rng = np.random.default_rng(2718)
a = rng.normal(10.0, 2.0, 30)
b = rng.normal(11.2, 2.5, 25)
obs = b.mean() - a.mean()
print("means %.5f %.5f diff %.5f" % (a.mean(), b.mean(), obs))
pooled = np.concatenate([a, b])
n_perm = 2000
diffs = np.empty(n_perm)
for i in range(n_perm):
    p = rng.permutation(pooled)
    diffs[i] = p[30:].mean() - p[:30].mean()
pval = (np.abs(diffs) >= abs(obs)).mean()
print("permutation p-value %.4f" % pval)
print("null spread %.5f" % diffs.std())
boot = rng.choice(b, size=(1000, b.size)).mean(axis=1) - rng.choice(a, size=(1000, a.size)).mean(axis=1)
lo, hi = np.percentile(boot, [2.5, 97.5])
print("bootstrap CI [%.4f, %.4f]" % (lo, hi))
se = np.sqrt(a.var(ddof=1) / a.size + b.var(ddof=1) / b.size)
print("welch t %.5f" % (obs / se))
ranks = np.empty(pooled.size)
ranks[np.argsort(pooled, kind="stable")] = np.arange(1, pooled.size + 1)
U = ranks[30:].sum() - 25 * 26 / 2
print("Mann-Whitney U %.1f" % U)
counts, _ = np.histogram(diffs, bins=8)
print("null histogram:", counts)
idx = rng.integers(0, a.size, size=(5, a.size))
print("bootstrap index rows:", idx[:, :6])
print("resample means:", np.round(a[idx].mean(axis=1), 5))
sub = rng.choice(a, 5, replace=False)
print("subsample:", np.round(np.sort(sub), 5))
