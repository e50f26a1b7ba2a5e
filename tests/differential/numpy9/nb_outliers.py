# Outlier detection with z-scores, IQR fences and MAD.
import numpy as np

np.random.seed(17)
x = np.random.normal(50, 5, 60)
x[[5, 22, 41]] = [90.0, 12.0, 75.0]
z = (x - x.mean()) / x.std()
print("z-score outliers:", np.where(np.abs(z) > 3)[0])
q1, q3 = np.percentile(x, [25, 75])
iqr = q3 - q1
lo, hi = q1 - 1.5 * iqr, q3 + 1.5 * iqr
print(f"fences: [{lo:.4f}, {hi:.4f}]")
out = (x < lo) | (x > hi)
print("IQR outliers:", np.flatnonzero(out), np.round(x[out], 3))
med = np.median(x)
mad = np.median(np.abs(x - med))
robust = 0.6745 * (x - med) / mad
print(f"median={med:.4f} mad={mad:.4f}")
print("MAD outliers:", np.nonzero(np.abs(robust) > 3.5)[0])
clipped = np.clip(x, lo, hi)
print("clipped mean vs raw:", round(clipped.mean(), 4), round(x.mean(), 4))
trimmed = np.sort(x)[3:-3]
print("trimmed mean:", np.round(trimmed.mean(), 4))
w = np.where(out, 0.0, 1.0)
print("weighted mean:", np.round(np.average(x, weights=w), 4))
print("average no weights:", np.round(np.average(x), 4))
print("ptp:", np.round(np.ptp(x), 4), "var:", np.round(np.var(x, ddof=1), 4))
data2 = x.reshape(6, 10)
col_out = np.abs(data2 - data2.mean(axis=0)) > 2 * data2.std(axis=0)
print(col_out.astype(int))
print("per column outliers:", col_out.sum(axis=0))
print(np.round(np.quantile(x, [0, 0.5, 1]), 4), np.round(np.percentile(x, 90, method="nearest"), 4))
