# Statistics: percentile/quantile with array q, axis and method=, median of even/odd/nan data, nan-reductions.
import numpy as np

np.random.seed(8)
scores = np.random.randint(40, 100, size=(5, 8)).astype(float)
print(scores)
print(np.percentile(scores, 50), np.median(scores))
print(np.percentile(scores, [10, 50, 90]))
print(np.percentile(scores, [25, 75], axis=0))
print(np.percentile(scores, 90, axis=1), np.percentile(scores, 90, axis=1, keepdims=True).shape)
print(np.quantile(scores, 0.5, axis=1), np.quantile(scores, [0.0, 1.0]))
for m in ["linear", "lower", "higher", "nearest", "midpoint"]:
    print(m, np.percentile(scores[0], [33, 66], method=m))
print(np.median(scores, axis=0), np.median(scores, axis=(0, 1)), np.median(scores[:, :3], axis=1, keepdims=True))
print(np.median(np.array([3, 1, 2, 4])), type(np.median(np.array([3, 1, 2]))).__name__)
iq = np.subtract(*np.percentile(scores, [75, 25]))
print("iqr", iq)
z = (scores - scores.mean()) / scores.std()
print(z.round(3)[0], np.abs(z).max().round(6))
col_z = (scores - scores.mean(axis=0)) / scores.std(axis=0, ddof=1)
print(col_z.round(3)[:, 0])
data = scores.copy()
data[1, 2] = np.nan
data[3, 5] = np.nan
print(np.nanmean(data), np.nanmean(data, axis=0)[[2, 5]], np.nanmean(data, axis=1))
print(np.nansum(data, axis=1), np.nanmax(data), np.nanmin(data, axis=0)[:3])
print(np.nanstd(data).round(8), np.nanvar(data, axis=1).round(6), np.nanmedian(data, axis=1))
print(np.nanargmax(data), np.nanargmin(data[1]))
print(np.isnan(data).sum(axis=1), np.mean(data), np.max(data, axis=1))
corr = np.corrcoef(scores[0], scores[1])
print(corr.round(6))
print(np.cov(scores[:2]).round(6), np.cov(scores[0], scores[2], ddof=0).round(6))
print(np.corrcoef(scores).shape, np.corrcoef(scores)[0].round(4))
w = np.arange(1, 9)
print(np.average(scores[0], weights=w), np.average(scores, axis=1).round(4))
avg, sw = np.average(scores, axis=0, weights=np.arange(1, 6), returned=True)
print(avg.round(4), sw)
ranks = scores[0].argsort().argsort()
print(ranks, np.cumsum(np.sort(scores[0]))[-1] == scores[0].sum())
print(np.mean(scores > 70), np.sum(scores >= 90, axis=1), np.where(scores == scores.max()))
try:
    np.percentile(scores, 101)
except Exception as e:
    print(type(e).__name__, e)
try:
    np.percentile(scores, 50, method="bogus")
except Exception as e:
    print(type(e).__name__, e)
cube = np.arange(24.0).reshape(2, 3, 4) ** 1.5
print(np.median(cube, axis=(0, 2)).round(4), np.median(cube, axis=(1, 2), keepdims=True).shape)
print(np.percentile(cube, 40, axis=(0, 1)).round(4), np.percentile(cube, [10, 90], axis=(0, 2)).round(4))
print(np.quantile(cube, 0.5, axis=(0, 2), keepdims=True).shape, np.percentile(cube, [5, 50], axis=(1, 2), keepdims=True).shape)
print(np.percentile(np.array([1, 2, 3, 4]), 50, method="lower"), np.quantile(cube, 0.3, axis=-1, method="nearest")[0])
