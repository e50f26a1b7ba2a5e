# Random walks and Monte Carlo with the legacy API: first passage, max drawdown, pi estimate.
import numpy as np

np.random.seed(123)
steps = np.random.choice([-1, 1], size=(5, 50))
walks = np.cumsum(steps, axis=1)
print(walks[:, -1], walks.max(axis=1), walks.min(axis=1))
hit = np.abs(walks) >= 5
first = np.where(hit.any(axis=1), hit.argmax(axis=1), -1)
print(first)
print(np.round(walks.mean(axis=0)[:10], 6), np.round(walks.std(axis=0)[-5:], 6))
prices = 100 * np.exp(np.cumsum(np.random.normal(0.0005, 0.01, 60)))
peak = np.maximum.accumulate(prices)
dd = (prices - peak) / peak
print(np.round(prices[:6], 6), round(float(dd.min()), 8), int(np.argmin(dd)))
xy = np.random.uniform(-1, 1, size=(1000, 2))
inside = (xy ** 2).sum(axis=1) <= 1
print("pi", 4 * inside.mean(), inside.sum())
u = np.random.rand(10000)
print(np.histogram(u, bins=5, range=(0, 1))[0])
e = -np.log(1 - np.random.random(5))
print(np.round(e, 8))
print(np.random.randint(1, 7, size=(3, 4)), np.random.permutation(10))
dice = np.random.randint(1, 7, size=(2000, 2)).sum(axis=1)
vals, cnt = np.unique(dice, return_counts=True)
print(vals, cnt)
boot = np.array([np.random.choice(u[:50], 50).mean() for _ in range(20)])
print(np.round(boot, 8), round(float(boot.std(ddof=1)), 8))
idx = np.random.choice(50, 10, replace=False)
print(np.sort(idx), np.random.choice(5, 5, replace=False, p=[0.1, 0.1, 0.1, 0.2, 0.5]))
m = np.arange(10).reshape(5, 2)
np.random.shuffle(m)
print(m.T)
print(np.random.normal(size=3).round(6), np.random.uniform(size=(2,)).round(6))
