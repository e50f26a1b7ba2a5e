# Exact dice distributions by repeated convolution, compared with simulation from a seeded RandomState.
import numpy as np

die = np.ones(6) / 6
dist = {1: die}
for k in range(2, 6):
    dist[k] = np.convolve(dist[k - 1], die)
for k in range(1, 6):
    d = dist[k]
    vals = np.arange(k, 6 * k + 1)
    mean = vals @ d
    var = ((vals - mean) ** 2) @ d
    print(f"{k}d6: n={d.size} mean={mean:.4f} var={var:.6f} mode={vals[d.argmax()]} max p={d.max():.6f}")
d3 = dist[3]
v3 = np.arange(3, 19)
print(np.round(d3 * 216).astype(int))
cdf = np.cumsum(d3)
print("P(sum<=10) = %.6f" % cdf[v3 == 10][0], "median:", v3[np.searchsorted(cdf, 0.5)])
print("P(>=15) = %.6f" % d3[v3 >= 15].sum())
rng = np.random.RandomState(2718)
rolls = rng.randint(1, 7, size=(20000, 3)).sum(axis=1)
emp = np.bincount(rolls, minlength=19)[3:] / rolls.size
print("max abs diff %.5f" % np.abs(emp - d3).max())
chi2 = ((np.bincount(rolls, minlength=19)[3:] - d3 * rolls.size) ** 2 / (d3 * rolls.size)).sum()
print("chi2 %.4f" % chi2)
drop = rng.randint(1, 7, size=(20000, 4))
best3 = np.sort(drop, axis=1)[:, 1:].sum(axis=1)
print("4d6 drop lowest mean %.4f std %.4f" % (best3.mean(), best3.std()))
print(np.bincount(best3, minlength=19)[3:])
pairs = np.add.outer(np.arange(1, 7), np.arange(1, 7))
print(pairs)
u, c = np.unique(pairs, return_counts=True)
print(dict(zip(u.tolist(), c.tolist())))
print(np.allclose(c / 36, dist[2]))
mx = np.maximum.outer(np.arange(1, 7), np.arange(1, 7))
print("E[max of 2d6] %.6f" % mx.mean(), np.bincount(mx.ravel())[1:])
adv = 1 - (1 - np.arange(1, 21) / 20) ** 2
print("advantage P(>=k):", np.round(adv[::-1][:5], 4))
coin = np.convolve([0.5, 0.5], [0.5, 0.5])
for _ in range(8):
    coin = np.convolve(coin, [0.5, 0.5])
print(np.round(coin * 2**10).astype(int))
print("binomial check:", np.allclose(coin * 2**10, [1, 10, 45, 120, 210, 252, 210, 120, 45, 10, 1]))
