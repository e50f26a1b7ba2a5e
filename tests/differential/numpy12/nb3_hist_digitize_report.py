# Histogram, bincount and digitize reports on exam scores and response times.
import numpy as np

rng = np.random.RandomState(5)
scores = np.clip(np.round(rng.normal(68, 14, 150)), 0, 100).astype(int)
bins = [0, 50, 60, 70, 80, 90, 101]
labels = ["F", "E", "D", "C", "B", "A"]
idx = np.digitize(scores, bins) - 1
counts = np.bincount(idx, minlength=6)
for lab, c in zip(labels, counts):
    print(f"{lab}: {c:3d} {'#' * (c // 2)}")
print("check:", counts.sum() == scores.size)
h, e = np.histogram(scores, bins=10, range=(0, 100))
print(h)
print(e)
hd, ed = np.histogram(scores, bins=5, density=True)
print(np.round(hd, 6), np.round(ed, 2))
print("density integrates:", round(float((hd * np.diff(ed)).sum()), 10))
times = rng.exponential(0.3, 300)
edges = np.array([0, 0.1, 0.25, 0.5, 1.0, np.inf])
cnt, _ = np.histogram(times, edges)
print(cnt)
print("right=True:", np.bincount(np.digitize(times, edges, right=True), minlength=7))
print(np.digitize([0.1, 0.25, 0.5], edges), np.digitize([0.1, 0.25, 0.5], edges, right=True))
dec = np.digitize([5, 15, 25], [30, 20, 10])
print("decreasing bins:", dec)
ss = np.searchsorted([10, 20, 30], [5, 10, 15, 30, 35])
print(ss, np.searchsorted([10, 20, 30], [5, 10, 15, 30, 35], side="right"))
w = rng.rand(150)
wh, _ = np.histogram(scores, bins=4, weights=w)
print(np.round(wh, 5))
hb = np.histogram_bin_edges(scores, bins=4)
print(hb)
cum = np.cumsum(counts[::-1])[::-1]
print("at least grade:", dict(zip(labels, cum.tolist())))
pct = np.round(100 * counts / counts.sum(), 1)
print(pct)
x = np.array([1, 1, 2, 2, 2, 5])
print(np.bincount(x), np.bincount(x, weights=np.array([0.5, 0.5, 1, 1, 1, 2.0])))
print(np.bincount(np.array([], dtype=int)), np.bincount(np.array([], dtype=int), minlength=3))
try:
    np.bincount(np.array([1, -1]))
except ValueError as exc:
    print("ValueError:", exc)
h2, xe, ye = np.histogram2d(scores[:100], times[:100], bins=[3, 2])
print(h2)
print(np.round(xe, 3), np.round(ye, 4))
