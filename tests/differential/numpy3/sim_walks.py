import numpy as np
np.random.seed(2024)
n_walkers, n_steps = 5, 50
steps = np.random.choice([-1, 1], size=(n_walkers, n_steps))
pos = np.cumsum(steps, axis=1)
print(pos[:, -1], pos.max(axis=1), pos.min(axis=1), np.abs(pos).argmax(axis=1))
print(pos[:, ::10])
crossings = (np.diff(np.sign(pos), axis=1) != 0).sum(axis=1)
print(crossings)
hits = np.argmax(pos >= 5, axis=1)
print(hits, np.any(pos >= 5, axis=1))
prices = 100 * np.exp(np.cumsum(np.random.normal(0.0005, 0.01, size=30)))
print(prices.round(2))
returns = np.diff(prices) / prices[:-1]
print(f"{returns.mean():.6f} {returns.std(ddof=1):.6f}")
peak = np.array([prices[:i + 1].max() for i in range(len(prices))])
dd = (prices - peak) / peak
print(dd.min().round(4), dd.argmin())
ma = np.convolve(prices, np.ones(5) / 5, mode="valid")
print(ma.round(3), len(ma))
pop = np.zeros(10)
pop[0] = 100
r = 0.3
K = 1000
for t in range(1, 10):
    pop[t] = pop[t - 1] + r * pop[t - 1] * (1 - pop[t - 1] / K)
print(pop.round(1))
grid = np.random.rand(6, 6) < 0.4
print(grid.astype(int))
nbrs = sum(np.roll(np.roll(grid.astype(int), i, 0), j, 1) for i in (-1, 0, 1) for j in (-1, 0, 1) if (i, j) != (0, 0))
new = (nbrs == 3) | (grid & (nbrs == 2))
print(nbrs)
print(new.astype(int), new.sum())
