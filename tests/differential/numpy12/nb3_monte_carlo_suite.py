# Monte Carlo estimates with a seeded generator: pi, an integral, option payoff, dice and a birthday problem.
import numpy as np

rng = np.random.default_rng(123)
n = 20000
xy = rng.random((n, 2))
inside = (xy**2).sum(axis=1) <= 1.0
est = 4 * inside.mean()
print("pi ~ %.5f err %.5f" % (est, abs(est - np.pi)))
running = 4 * np.cumsum(inside) / np.arange(1, n + 1)
print("running at 10,100,1000,n:", np.round(running[[9, 99, 999, n - 1]], 5))
u = rng.uniform(0, 2, n)
f = np.exp(-u**2)
integral = 2 * f.mean()
se = 2 * f.std(ddof=1) / np.sqrt(n)
print(f"int exp(-x^2) 0..2 ~ {integral:.5f} +- {se:.5f}")
s0, k_strike, r, sigma, t = 100.0, 105.0, 0.03, 0.2, 1.0
z = rng.standard_normal(n)
st = s0 * np.exp((r - 0.5 * sigma**2) * t + sigma * np.sqrt(t) * z)
payoff = np.maximum(st - k_strike, 0.0)
price = np.exp(-r * t) * payoff.mean()
print("call price ~ %.4f  itm %.4f" % (price, (payoff > 0).mean()))
print("st quantiles:", np.round(np.quantile(st, [0.05, 0.5, 0.95]), 3))
dice = rng.integers(1, 7, size=(n, 3))
tot = dice.sum(axis=1)
counts = np.bincount(tot, minlength=19)[3:]
print("3d6 counts:", counts)
print("P(>=15) = %.4f" % (tot >= 15).mean())
print("mode:", counts.argmax() + 3, "mean %.4f var %.4f" % (tot.mean(), tot.var()))
trials = 4000
bdays = rng.integers(0, 365, size=(trials, 23))
srt = np.sort(bdays, axis=1)
dup = (np.diff(srt, axis=1) == 0).any(axis=1)
print("birthday P(dup) ~ %.4f" % dup.mean())
exact = 1 - np.prod((365 - np.arange(23)) / 365)
print("exact %.6f" % exact)
walks = rng.choice([-1, 1], size=(500, 100))
paths = walks.cumsum(axis=1)
print("final mean %.3f std %.3f" % (paths[:, -1].mean(), paths[:, -1].std()))
print("max excursion:", np.abs(paths).max(), "ever hit 20:", (paths.max(axis=1) >= 20).sum())
first = np.argmax(paths >= 10, axis=1)
hit = paths.max(axis=1) >= 10
print("mean first passage to 10: %.3f over %d" % (first[hit].mean() + 1, hit.sum()))
means = rng.exponential(2.0, size=(1000, 30)).mean(axis=1)
print("CLT: mean %.4f std %.4f" % (means.mean(), means.std(ddof=1)))
h, edges = np.histogram(means, bins=8)
print(h, np.round(edges, 3))
