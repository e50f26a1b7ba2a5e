# Histogram statistics of exam scores.
import numpy as np

np.random.seed(3)
scores = np.clip(np.random.normal(68, 12, size=200), 0, 100).round(1)
print("n =", scores.size, "min", scores.min(), "max", scores.max())
print(f"mean={scores.mean():.3f} std={scores.std():.3f} median={np.median(scores)}")

counts, edges = np.histogram(scores, bins=10)
print("counts:", counts)
print("edges:", np.round(edges, 2))
print("total:", counts.sum(), counts.dtype)
for lo, hi, c in zip(edges[:-1], edges[1:], counts):
    print(f"[{lo:6.2f}, {hi:6.2f}) {'#' * (c // 2)} {c}")

bins = [0, 50, 60, 70, 80, 90, 100]
gcounts, _ = np.histogram(scores, bins=bins)
letters = ["F", "E", "D", "C", "B", "A"]
print(dict(zip(letters, gcounts.tolist())))
dens, dedges = np.histogram(scores, bins=5, range=(40, 100), density=True)
print("density:", np.round(dens, 5))
print("density integrates to", np.round(np.sum(dens * np.diff(dedges)), 6))
q = np.percentile(scores, [10, 25, 50, 75, 90])
print("percentiles:", q)
print("IQR:", round(q[3] - q[1], 3))
idx = np.digitize(scores[:10], bins)
print("digitize:", idx)
print("bincount:", np.bincount(idx, minlength=8))
above = scores > q[4]
print("top decile count:", above.sum(), "mean", scores[above].mean().round(2))
