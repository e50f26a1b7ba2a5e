# Data cleaning with nan: sensor readings with gaps.
import numpy as np

raw = np.array([
    [21.5, np.nan, 22.1, 23.4, np.nan],
    [19.8, 20.2, np.nan, np.nan, 21.0],
    [np.nan, np.nan, np.nan, np.nan, np.nan],
    [25.0, 24.5, 24.9, np.nan, 26.1],
])
print(raw)
mask = np.isnan(raw)
print(mask)
print("missing per row:", mask.sum(axis=1))
print("missing per col:", np.count_nonzero(mask, axis=0))
print("total missing:", mask.sum(), "of", raw.size)

import warnings
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    rm = np.nanmean(raw, axis=1)
    cm = np.nanmean(raw, axis=0)
    rs = np.nanstd(raw, axis=1)
    rv = np.nanvar(raw, axis=1, ddof=1)
    rmed = np.nanmedian(raw, axis=1)
print("row means:", rm)
print("col means:", cm)
print("row std:", rs)
print("row var ddof1:", rv)
print("row median:", rmed)
print("nanmean all:", np.nanmean(raw))
print("nanstd all:", np.nanstd(raw))
print("nansum:", np.nansum(raw), np.nansum(raw, axis=0))
print("nanprod:", np.nanprod(raw[0]))
print("nanmax/nanmin:", np.nanmax(raw[0]), np.nanmin(raw[3]))
print("nanargmax row0:", np.nanargmax(raw[0]), "nanargmin row1:", np.nanargmin(raw[1]))
print("nanargmax axis1 rows 0,1,3:", np.nanargmax(raw[[0, 1, 3]], axis=1))
try:
    np.nanargmax(raw[2])
except ValueError as e:
    print("ValueError:", e)
print("nancumsum:", np.nancumsum(raw[0]))
print("nanpercentile:", np.nanpercentile(raw[3], [25, 50, 75]))
print("nanquantile:", np.nanquantile(raw[0], 0.5))

# fill strategies
filled = np.where(mask, np.nanmean(raw[[0, 1, 3]]), raw)
print(filled)
col_fill = raw.copy()
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    means = np.nanmean(col_fill, axis=0)
inds = np.where(np.isnan(col_fill))
print(inds)
col_fill[inds] = np.take(means, inds[1])
print(col_fill)

x = np.array([1.0, np.nan, np.inf, -np.inf, -2.5, 0.0])
print(np.nan_to_num(x))
print(np.nan_to_num(x, nan=-1.0, posinf=99.0, neginf=-99.0))
print(np.isfinite(x), np.isinf(x), np.isposinf(x), np.isneginf(x))
print(np.nan_to_num(np.array([np.nan, 3]), copy=False))
valid = x[np.isfinite(x)]
print(valid, valid.mean())
print(np.nanmax(np.array([np.nan, -np.inf, 3.0, np.inf])))
# nan comparisons
print(np.nan == np.nan, np.isnan(np.nan), np.array([np.nan]) != np.array([np.nan]))
print(np.fmax(np.array([1.0, np.nan, 3.0]), np.array([np.nan, np.nan, 2.0])))
print(np.fmin(np.array([1.0, np.nan, 3.0]), np.array([np.nan, 5.0, 2.0])))
print(np.maximum(np.array([1.0, np.nan, 3.0]), np.array([np.nan, 5.0, 2.0])))
print(np.unique(np.array([2.0, np.nan, 1.0, np.nan, 2.0])))
print(np.sort(np.array([3.0, np.nan, -1.0, np.inf, np.nan, -np.inf])))
print(np.argsort(np.array([3.0, np.nan, -1.0, 0.5]), kind='stable'))
