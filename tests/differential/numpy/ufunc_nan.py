import numpy as np
x = np.array([1.0, np.nan, np.inf, -np.inf, 0.0])
print(np.isnan(x), np.isinf(x), np.isfinite(x))
print(np.isnan(np.array([1, 2])), np.isnan(np.nan), np.isinf(1.0))
print(np.nansum(x[:2]), np.nanmean(np.array([1.0, np.nan, 3.0])), np.nanmax(np.array([np.nan, 2.0, 1.0])), np.nanmin(np.array([np.nan, 2.0, 1.0])))
print(np.array([1.0, np.nan]).sum(), np.array([np.nan, 1.0]).max())
