# Descriptive statistics over a seeded sample table.
import numpy as np

np.random.seed(11)
heights = np.random.normal(170, 8, size=40).round(1)
weights = (heights - 100) * 0.9 + np.random.normal(0, 4, size=40)
groups = np.random.randint(0, 3, size=40)
print(heights[:10])
print(np.round(weights[:5], 3))
print(groups)

def describe(name, v):
    q1, q2, q3 = np.percentile(v, [25, 50, 75])
    print(f"{name}: n={v.size} mean={v.mean():.3f} std={v.std(ddof=1):.3f} min={v.min()} q1={q1:.2f} med={q2:.2f} q3={q3:.2f} max={v.max()}")

describe("height", heights)
describe("weight", np.round(weights, 2))
for g in range(3):
    sel = groups == g
    print(g, sel.sum(), heights[sel].mean(), np.median(weights[sel]))

print(np.corrcoef(heights, weights))
print(np.cov(heights, weights))
print(round(float(np.cov(np.vstack([heights, weights]), ddof=0)[0, 1]), 9))
z = (heights - heights.mean()) / heights.std()
print("outliers", np.sort(heights[np.abs(z) > 1.8]))
print("skew", np.mean(z**3), "kurtosis", np.mean(z**4) - 3)
vals, counts = np.unique(groups, return_counts=True)
print(vals, counts, counts / counts.sum())
print(np.bincount(groups, weights=heights) / np.bincount(groups))
hist, edges = np.histogram(heights, bins=6)
print(hist)
print(edges)
for c, lo, hi in zip(hist, edges[:-1], edges[1:]):
    print(f"{lo:7.2f}-{hi:7.2f} {'#' * int(c)}")
print(np.quantile(heights, [0.1, 0.9]))
print(np.percentile(heights, 33.3))
srt = np.sort(heights)
print(srt[:3], srt[-3:], np.argsort(heights)[:5])
ranks = np.empty(40, dtype=int)
ranks[np.argsort(heights, kind="stable")] = np.arange(40)
print(ranks[:10])
boot = np.array([np.random.choice(heights, 40).mean() for _ in range(200)])
print("bootstrap CI", np.percentile(boot, [2.5, 97.5]))
print(np.mean(boot), np.std(boot))
print(np.digitize(heights[:8], [160, 170, 180]))
print(np.round(np.interp([165, 175], np.sort(heights), np.linspace(0, 1, 40)), 4))
