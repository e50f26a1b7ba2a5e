# A Laplace/logistic mixture sample and a Gaussian kernel density estimate evaluated with broadcasting.
import numpy as np

np.random.seed(8)
n = 300
comp = np.random.choice(2, size=n, p=[0.4, 0.6])
x = np.where(comp == 0, np.random.laplace(-2.0, 0.5, n), np.random.logistic(2.0, 0.7, n))
print("component counts:", np.bincount(comp))
print("sample mean %.5f sd %.5f" % (x.mean(), x.std(ddof=1)))

grid = np.linspace(-5, 6, 12)
bw = 1.06 * x.std(ddof=1) * n ** (-1 / 5)
print("bandwidth %.6f" % bw)
u = (grid[:, None] - x[None, :]) / bw
dens = np.exp(-0.5 * u ** 2).sum(axis=1) / (n * bw * np.sqrt(2 * np.pi))
for g, d in zip(grid, dens):
    print("%6.2f %.5f %s" % (g, d, "*" * int(d * 100)))
print("integrates to about one: %.4f" % np.trapezoid(dens, grid))

print("mode estimate: %.3f" % grid[np.argmax(dens)])
print("quantiles:", np.round(np.quantile(x, [0.1, 0.5, 0.9]), 5))

print("gumbel maxima of blocks")
blocks = np.random.gumbel(10.0, 2.0, size=(5, 4))
print(np.round(blocks, 4))
print("block maxima:", np.round(blocks.max(axis=1), 4))
print("return level estimate: %.4f" % (10.0 - 2.0 * np.log(-np.log(1 - 1 / 50))))
