# Histograms of a bimodal sample, printed as text bars with cumulative shares.
import numpy as np

rng = np.random.default_rng(123)
a = rng.normal(-2.0, 0.7, 300)
b = rng.normal(1.5, 1.0, 500)
x = np.concatenate([a, b])
print("n =", x.size, "mean %.5f std %.5f" % (x.mean(), x.std()))
counts, edges = np.histogram(x, bins=10, range=(-4, 4))
print("edges:", edges)
print("counts:", counts, counts.sum())
centers = (edges[:-1] + edges[1:]) / 2
for c, n in zip(centers, counts):
    print(f"{c:+5.1f} | {'#' * (n // 10)} {n}")
dens, _ = np.histogram(x, bins=10, range=(-4, 4), density=True)
print("density:", np.round(dens, 4), "integral %.6f" % (dens * np.diff(edges)).sum())
cum = np.cumsum(counts) / counts.sum()
print("cumulative:", np.round(cum, 3))
print("median bin:", np.searchsorted(cum, 0.5))
c2, e2 = np.histogram(x, bins=[-5, -2, 0, 2, 5])
print("custom bins:", c2, e2)
c3, e3 = np.histogram(x)
print("auto 10 bins width %.6f" % (e3[1] - e3[0]), c3)
outside = ((x < -4) | (x > 4)).sum()
print("outside range:", outside)
q = np.quantile(x, [0.05, 0.25, 0.5, 0.75, 0.95])
print("quantiles:", np.round(q, 4))
iqr = q[3] - q[1]
print("IQR %.5f" % iqr)
mode_bin = np.argmax(counts)
print("mode bin:", mode_bin, edges[mode_bin], edges[mode_bin + 1])
lo = x[x < 0]
hi = x[x >= 0]
print("split:", lo.size, hi.size, round(lo.mean(), 4), round(hi.mean(), 4))
