# Percentiles and quantiles with several methods, nan-aware variants, and an IQR outlier report.
import numpy as np

a = np.array([7.0, 15.0, 36.0, 39.0, 40.0, 41.0, 3.0, 22.0, 8.0, 50.0, 12.0])
for m in ["linear", "lower", "higher", "nearest", "midpoint", "inverted_cdf", "averaged_inverted_cdf",
          "closest_observation", "interpolated_inverted_cdf", "hazen", "weibull", "median_unbiased",
          "normal_unbiased"]:
    print(f"{m:28s}", np.percentile(a, [10, 25, 50, 75, 90], method=m))
print(np.quantile(a, 0.5), np.quantile(a, [0.0, 1.0]))
m2 = np.arange(24, dtype=float).reshape(4, 6) ** 1.5
print(np.round(np.percentile(m2, 30, axis=0), 4))
print(np.round(np.percentile(m2, [20, 80], axis=1), 4))
print(np.percentile(m2, 50, axis=1, keepdims=True).shape)
print(np.quantile(np.arange(10), 0.33, method="nearest"), np.quantile(np.arange(10), 0.35, method="lower"))
q1, q3 = np.percentile(a, [25, 75])
iqr = q3 - q1
lo, hi = q1 - 1.5 * iqr, q3 + 1.5 * iqr
print(f"q1={q1} q3={q3} iqr={iqr} fences=({lo}, {hi})")
x = np.concatenate([a, [120.0, -60.0]])
print("outliers:", x[(x < lo) | (x > hi)])
b = np.array([1.0, np.nan, 3.0, 4.0, np.nan, 10.0])
print(np.percentile(b, 50), np.nanpercentile(b, 50), np.nanquantile(b, [0.25, 0.75]))
print(np.nanmedian(b), np.nanpercentile(b, [0, 100]))
c = np.array([[1.0, np.nan, 3.0], [4.0, 5.0, np.nan], [np.nan, np.nan, np.nan]])
import warnings
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    print(np.nanmedian(c, axis=1), np.nanpercentile(c, 50, axis=0))
print(np.percentile([1, 2, 3, 4], 50), type(np.percentile([1, 2, 3, 4], 50)).__name__)
print(np.median([5]), np.percentile(np.array([2, 4]), [0, 25, 50, 100]))
try:
    np.percentile(a, 101)
except ValueError as e:
    print("ValueError:", e)
try:
    np.quantile(a, -0.1)
except ValueError as e:
    print("ValueError:", e)
