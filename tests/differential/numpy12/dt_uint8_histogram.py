# Histograms and level counts of an 8-bit image: bincount, unique with counts, digitize, isin.
import numpy as np

img = (np.arange(64).reshape(8, 8) * 37 % 256).astype(np.uint8)
print(img[:2], img.dtype)
counts = np.bincount(img.ravel() // 32, minlength=8)
print("bins of 32:", counts, counts.sum())
vals, cnt = np.unique(img // 64, return_counts=True)
print(vals, vals.dtype, cnt)
h, edges = np.histogram(img, bins=4, range=(0, 256))
print(h, edges)
levels = np.digitize(img, [64, 128, 192])
print(levels[:2], levels.dtype)
print(np.isin(img[0], [0, 37, 74]), np.count_nonzero(img > 200), np.nonzero(img[0] > 100)[0])
eq = (img == img.T)
print(eq.sum(), np.argwhere(img == 0), np.flatnonzero(img[1] < 50))
print(np.sort(img[0]), np.argsort(img[0]), np.searchsorted(np.sort(img[0]), 100))
print(img.max(axis=1), img.min(axis=0), img.mean(axis=1))
