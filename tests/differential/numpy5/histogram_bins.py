# histogram with bins= as an int, a list, an array, range=, density=, weights=; bin counting stats.
import numpy as np

np.random.seed(11)
x = np.random.normal(50, 12, 200).round(1)
counts, edges = np.histogram(x)
print(counts, counts.dtype, counts.sum())
print(edges)
counts, edges = np.histogram(x, bins=5)
print(counts, edges.round(3))
counts, edges = np.histogram(x, bins=[0, 25, 50, 75, 100])
print(counts, edges, edges.dtype)
counts, edges = np.histogram(x, bins=np.array([20.0, 40.0, 60.0, 80.0]))
print(counts, edges)
counts, edges = np.histogram(x, bins=4, range=(30, 70))
print(counts, edges)
dens, edges = np.histogram(x, bins=6, density=True)
print(dens.round(6), (dens * np.diff(edges)).sum().round(12))
w = np.where(x > 50, 2.0, 1.0)
wc, _ = np.histogram(x, bins=3, weights=w)
print(wc, wc.dtype)
ic, ie = np.histogram(np.array([1, 2, 2, 3, 3, 3, 10]), bins=3)
print(ic, ie)
print(np.histogram(np.array([5.0, 5.0, 5.0]), bins=2))
print(np.histogram(np.array([]), bins=3))
print(np.histogram([0.5, 1.5, 2.5], bins=[0, 1, 2, 3]))
print(np.histogram(np.arange(10), bins=[0, 3, 3, 9]))
mids = (edges[:-1] + edges[1:]) / 2
for lo, hi, c in zip(edges[:-1], edges[1:], counts):
    bar = "#" * int(c // 2)
    print(f"{lo:6.1f}-{hi:6.1f} {c:3d} {bar}")
print(mids)
try:
    np.histogram(x, bins=0)
except Exception as e:
    print(type(e).__name__, e)
try:
    np.histogram(x, bins=[3, 2, 1])
except Exception as e:
    print(type(e).__name__, e)
try:
    np.histogram(x, bins=3, range=(5, 1))
except Exception as e:
    print(type(e).__name__, e)
cum = np.cumsum(counts) / counts.sum()
print(cum)
idx = np.searchsorted(cum, 0.5)
print("median bin", idx, edges[idx], edges[idx + 1])
b = np.bincount(np.array([0, 1, 1, 3, 2, 1, 7]))
print(b, np.bincount(np.array([0, 1, 1, 2]), weights=np.array([0.5, 1.0, 1.5, 2.0])))
print(np.bincount(np.array([1, 2]), minlength=5), np.argmax(b))
