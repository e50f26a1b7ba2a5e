# Bootstrap confidence intervals for a mean and a median.
import numpy as np

rng = np.random.default_rng(314)
sample = rng.exponential(scale=2.0, size=40)
print("sample stats:", np.round([sample.mean(), np.median(sample), sample.std(ddof=1)], 4))
B = 2000
idx = rng.integers(0, sample.size, size=(B, sample.size))
boots = sample[idx]
means = boots.mean(axis=1)
medians = np.median(boots, axis=1)
lo, hi = np.percentile(means, [2.5, 97.5])
print(f"mean 95% CI: [{lo:.4f}, {hi:.4f}]")
mlo, mhi = np.quantile(medians, [0.025, 0.975])
print(f"median 95% CI: [{mlo:.4f}, {mhi:.4f}]")
print("bootstrap SE:", np.round(means.std(ddof=1), 5))
print("analytic SE:", np.round(sample.std(ddof=1) / np.sqrt(sample.size), 5))
hist, edges = np.histogram(means, bins=8)
for c, e in zip(hist, edges):
    print(f"{e:7.3f} {'*' * (c // 20)}")
perm_diffs = []
a, b = sample[:20], sample[20:]
obs = a.mean() - b.mean()
pooled = sample.copy()
for _ in range(500):
    rng.shuffle(pooled)
    perm_diffs.append(pooled[:20].mean() - pooled[20:].mean())
perm_diffs = np.array(perm_diffs)
p = np.mean(np.abs(perm_diffs) >= abs(obs))
print(f"observed diff {obs:.4f}, permutation p={p:.3f}")
print("permutation:", rng.permutation(8))
print("choice no replace:", rng.choice(10, size=4, replace=False))
