# Grid-approximation Bayesian inference (coin bias and a normal mean), notebook style.
import numpy as np

grid = np.linspace(0, 1, 21)
prior = np.ones_like(grid) / len(grid)
flips = np.array([1, 0, 1, 1, 1, 0, 1, 1, 0, 1])
post = prior.copy()
for k, f in enumerate(flips):
    like = grid if f == 1 else 1 - grid
    post = post * like
    post /= post.sum()
    if k % 3 == 2:
        print(k, grid[np.argmax(post)], post.max().round(6))
print(post.round(5))
mean = (grid * post).sum()
var = ((grid - mean) ** 2 * post).sum()
print(f"mean={mean:.6f} sd={np.sqrt(var):.6f}")
cdf = np.cumsum(post)
lo, hi = grid[np.searchsorted(cdf, 0.025)], grid[np.searchsorted(cdf, 0.975)]
print("95% interval", lo, hi)
print("P(p>0.5)", post[grid > 0.5].sum().round(6))
mu = np.linspace(-2, 4, 61)
sigma = 1.5
data = np.array([1.2, 0.7, 2.1, 1.8, 0.3])
loglik = -0.5 * ((data[:, None] - mu[None, :]) / sigma) ** 2
print(loglik.shape)
lp = loglik.sum(axis=0)
lp -= lp.max()
p = np.exp(lp)
p /= p.sum()
print(mu[np.argmax(p)], (mu * p).sum().round(8), p[::10].round(6))
ll = np.log(p + 1e-300)
print(ll.max(), ll.min().round(3))
joint = np.outer(post, np.ones(3) / 3)
print(joint.shape, joint.sum().round(12), joint.sum(axis=1)[:4].round(6))
# posterior predictive for next flip
pred = (grid * post).sum()
print(round(pred, 6), type(pred).__name__)
samples = np.random.default_rng(5).choice(grid, size=1000, p=post)
print(samples.mean().round(4), np.median(samples), np.percentile(samples, [5, 95]))
vals, counts = np.unique(samples, return_counts=True)
print(vals[np.argmax(counts)], counts.max(), len(vals))
entropy = -(post[post > 0] * np.log(post[post > 0])).sum()
print(f"entropy={entropy:.6f}")
kl = (post * np.log((post + 1e-12) / prior)).sum()
print(f"kl={kl:.6f}")
