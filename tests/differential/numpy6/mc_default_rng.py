# Monte Carlo estimates with Generator (default_rng).
import numpy as np

rng = np.random.default_rng(2024)
n = 10000
pts = rng.random((n, 2))
inside = (pts ** 2).sum(axis=1) <= 1.0
pi_est = 4 * inside.mean()
print("pi estimate:", pi_est)
print("inside count:", np.count_nonzero(inside), inside.sum(), inside.dtype)
print("error:", abs(pi_est - np.pi))

# integral of exp(-x^2) on [0, 2]
u = rng.uniform(0.0, 2.0, size=5000)
vals = np.exp(-u ** 2)
est = 2.0 * vals.mean()
se = 2.0 * vals.std(ddof=1) / np.sqrt(len(vals))
print(f"integral ~ {est:.6f} +/- {se:.6f}")

# dice sums
dice = rng.integers(1, 7, size=(3000, 2))
sums = dice.sum(axis=1)
vals_, counts = np.unique(sums, return_counts=True)
for v, c in zip(vals_, counts):
    print(f"{v:2d} {c:4d} {'#' * (c // 25)}")
print("mean sum:", sums.mean(), "var:", sums.var())

# random walk
steps = rng.choice([-1, 1], size=(5, 50))
walks = np.cumsum(steps, axis=1)
print("final positions:", walks[:, -1])
print("max excursion:", np.abs(walks).max(axis=1))
print("first walk head:", walks[0, :10])

normals = rng.normal(10.0, 2.0, size=2000)
print("normal mean/std:", round(normals.mean(), 4), round(normals.std(), 4))
print("percentiles:", np.percentile(normals, [5, 25, 50, 75, 95]))
print("frac within 1 sd:", np.mean(np.abs(normals - 10.0) < 2.0))
print(rng.random(3))
print(rng.integers(0, 100, size=5))
perm = rng.permutation(8)
print(perm)
