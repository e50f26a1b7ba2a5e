# Statistics tables per axis, keepdims, ddof, percentiles, medians.
import numpy as np

data = np.array([
    [72.5, 68.0, 91.0, 55.5],
    [88.0, 79.5, 84.0, 61.0],
    [65.0, 90.5, 77.5, 70.0],
    [93.5, 85.0, 69.0, 82.5],
    [58.0, 73.0, 88.5, 90.0],
    [81.0, 66.5, 95.0, 74.5],
])
names = ["math", "phys", "chem", "bio"]
print("data:")
print(data)
print("mean axis0:", data.mean(axis=0))
print("mean axis1:", data.mean(axis=1))
print("std  axis0:", data.std(axis=0))
print("std ddof1 :", data.std(axis=0, ddof=1))
print("var ddof1 :", data.var(axis=0, ddof=1))
print("median0   :", np.median(data, axis=0))
print("median1   :", np.median(data, axis=1))
print("p25 p75   :", np.percentile(data, [25, 75], axis=0))
print("p90 all   :", np.percentile(data, 90))
print("ptp       :", np.ptp(data, axis=0))
m = data.mean(axis=0, keepdims=True)
s = data.std(axis=0, ddof=1, keepdims=True)
print("keepdims shapes:", m.shape, s.shape)
z = (data - m) / s
print("z-scores:")
print(z)
print("z mean ~0:", np.allclose(z.mean(axis=0), 0))
print("rows with any |z|>1.2:", np.nonzero(np.any(np.abs(z) > 1.2, axis=1))[0])
print(f"{'subject':8s}{'mean':>8s}{'std':>8s}{'min':>7s}{'max':>7s}{'med':>7s}")
for j, name in enumerate(names):
    col = data[:, j]
    print(f"{name:8s}{col.mean():8.2f}{col.std(ddof=1):8.3f}{col.min():7.1f}{col.max():7.1f}{np.median(col):7.2f}")
tot = data.sum(axis=1)
order = np.argsort(-tot)
print("ranking:", order, tot[order])
print("rank of each:", np.argsort(order))
row_norm = data / data.sum(axis=1, keepdims=True)
print(row_norm.round(4))
print("cumprod of ratios:", np.cumprod(data[:, 0] / data[:, 1]))
print("3d mean:", data.reshape(2, 3, 4).mean(axis=(0, 2)))
print("3d std keepdims:", data.reshape(2, 3, 4).std(axis=1, keepdims=True).shape)
print("var total:", data.var(), "std total:", data.std(ddof=2))
print("min/max indices:", np.argmin(data), np.argmax(data), data.argmax(axis=0))
print("sum of squares:", (data ** 2).sum(axis=0))
print("weighted:", (data * np.array([0.4, 0.3, 0.2, 0.1])).sum(axis=1))
