# Per-axis statistics on a small grades table: median, percentiles, nan-aware versions.
import numpy as np

grades = np.array([
    [78.0, 85.0, 92.0, 64.0],
    [88.0, np.nan, 79.0, 91.0],
    [95.0, 91.0, 89.0, 97.0],
    [60.0, 72.0, np.nan, 70.0],
    [82.0, 80.0, 84.0, 86.0],
])
print("raw mean per student:", grades.mean(axis=1))
print("nanmean per student:", np.round(np.nanmean(grades, axis=1), 4))
print("nanmean per exam:", np.nanmean(grades, axis=0))
print("nanmedian per exam:", np.nanmedian(grades, axis=0))
print("nanstd per exam:", np.round(np.nanstd(grades, axis=0), 5))
print("nanmin/nanmax:", np.nanmin(grades, axis=1), np.nanmax(grades, axis=1))
print("nanpercentile 75 per exam:", np.nanpercentile(grades, 75, axis=0))
filled = np.where(np.isnan(grades), np.nanmean(grades, axis=0), grades)
print(filled)
print("median rows:", np.median(filled, axis=1))
print("percentiles:\n", np.percentile(filled, [25, 50, 75], axis=0))
print("quantile along rows:", np.quantile(filled, 0.9, axis=1))
print("argmax per exam:", filled.argmax(axis=0), "argmin per student:", filled.argmin(axis=1))
print("sorted per exam:\n", np.sort(filled, axis=0))
print("sorted flat:", np.sort(filled, axis=None)[:6])
print("var ddof=1:", np.round(filled.var(axis=0, ddof=1), 4))
print("mean keepdims shape:", filled.mean(axis=1, keepdims=True).shape)
print("count above 85:", (filled > 85).sum(axis=0), np.count_nonzero(filled > 85, axis=1))
print("weighted average:", np.round(np.average(filled, axis=1, weights=[0.2, 0.2, 0.3, 0.3]), 4))
print("cumulative max:", np.maximum.accumulate(filled, axis=1)[1])
print("unique rows:", np.unique(np.array([[1, 2], [3, 4], [1, 2]]), axis=0))
print("corr exams:\n", np.round(np.corrcoef(filled, rowvar=False), 4))
print("all passed:", np.all(filled >= 60, axis=1), "any perfect:", np.any(filled == 100))
print("ranges:", np.ptp(filled, axis=0))
