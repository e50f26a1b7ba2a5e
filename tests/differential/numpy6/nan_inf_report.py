# Sensor table with missing values: nan-aware statistics, masks and printing of nan/inf.
import numpy as np

readings = np.array([
    [21.5, 22.0, np.nan, 23.1],
    [np.nan, 19.8, 20.2, 20.9],
    [25.3, np.inf, 24.8, np.nan],
    [18.2, 18.9, 19.4, 19.0],
])
print(readings)
print(repr(readings))
bad = ~np.isfinite(readings)
print("bad mask:")
print(bad)
print("bad per row:", bad.sum(axis=1), "total:", np.count_nonzero(bad))
clean = np.where(np.isinf(readings), np.nan, readings)
print("nanmean per sensor:", np.nanmean(clean, axis=0))
print("nanmean per row:", np.nanmean(clean, axis=1))
print("nansum:", np.nansum(clean), np.nansum(clean, axis=0))
print("nanmax/nanmin:", np.nanmax(clean), np.nanmin(clean, axis=1))
print("nanstd:", np.nanstd(clean, axis=0))
print("nanmedian:", np.nanmedian(clean, axis=0))
print("plain mean has nan:", clean.mean(axis=0))
col_means = np.nanmean(clean, axis=0)
filled = np.where(np.isnan(clean), col_means, clean)
print("filled:")
print(filled)
print("filled rounded:")
print(np.round(filled, 1))
print("any nan left:", np.isnan(filled).any())
print("argmax ignoring nan:", np.nanargmax(clean, axis=1))
vals = np.array([1.0, -1.0, 0.0, np.nan]) / np.array([0.0, 0.0, 0.0, 1.0])
print("div by zero:", vals)
print("nan == nan:", np.nan == np.nan, np.array([np.nan]) == np.array([np.nan]))
print("sorted with nan:", np.sort(np.array([3.0, np.nan, 1.0, -np.inf, np.inf])))
print("max with nan:", np.max(np.array([1.0, np.nan])), np.fmax(np.array([1.0, np.nan]), 0.5))
print("nan_to_num:", np.nan_to_num(np.array([np.nan, np.inf, -np.inf, 2.0]), nan=-1.0, posinf=99.0, neginf=-99.0))
print("isclose nan:", np.isclose(np.array([np.nan, 1.0]), np.array([np.nan, 1.0])), np.isclose(np.nan, np.nan, equal_nan=True))
print("-0.0 cases:", np.array([-0.0, 0.0]) * -1, np.round(-0.4), np.array([-1e-20]).round(3))
print("scalar prints:", np.float64("nan"), np.float64("-inf"), repr(np.float64("inf")), -np.float64(0.0))
print(f"{np.nanmean(clean):.3f} {np.nanmax(clean):6.2f} {np.nansum(clean):e}")
