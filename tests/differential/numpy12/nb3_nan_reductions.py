# nan-aware reductions on a sensor table with gaps: nanmean/nanstd/nanvar/nanargmax/nancumsum, fill strategies.
import numpy as np
import warnings

rng = np.random.RandomState(17)
T = np.round(rng.normal(20, 3, size=(6, 8)), 2)
T[rng.rand(6, 8) < 0.2] = np.nan
T[4] = np.nan
T[:, 7] = np.nan
T[0, 7] = 21.5
print(T)
print("nan count per row:", np.isnan(T).sum(axis=1))
with warnings.catch_warnings():
    warnings.simplefilter("ignore", RuntimeWarning)
    print("nanmean rows:", np.round(np.nanmean(T, axis=1), 4))
    print("nanstd cols:", np.round(np.nanstd(T, axis=0), 4))
    print("nanvar ddof1 cols:", np.round(np.nanvar(T, axis=0, ddof=1), 4))
    print("nanmax rows:", np.nanmax(T, axis=1))
    print("nanmin cols:", np.nanmin(T, axis=0))
    print("nanmedian:", np.nanmedian(T), np.nanmedian(T, axis=1))
print("nansum rows:", np.round(np.nansum(T, axis=1), 2))
print("nanprod:", np.nanprod(np.array([2.0, np.nan, 3.0])))
print("nanargmax cols 0..6:", np.nanargmax(T[:, :7], axis=0))
print("nanargmin row 0:", np.nanargmin(T[0]))
try:
    np.nanargmax(T[4])
except ValueError as e:
    print("ValueError:", e)
print("nancumsum:", np.nancumsum(T[0]))
print("nancumprod:", np.nancumprod(np.array([1.0, np.nan, 2.0, 3.0])))
col_mean = np.nanmean(np.where(np.isnan(T[:5]), np.nan, T[:5]), axis=0)
filled = np.where(np.isnan(T), np.nanmean(T), T)
print(np.round(filled, 3))
row = T[1].copy()
mask = np.isnan(row)
idx = np.arange(row.size)
row[mask] = np.interp(idx[mask], idx[~mask], row[~mask])
print("interp fill:", row)
ff = T[2].copy()
last = np.where(~np.isnan(ff), np.arange(ff.size), 0)
np.maximum.accumulate(last, out=last)
print("ffill:", ff[last])
print(np.nanmean(np.array([np.nan, 1.0, np.inf])), np.nanmax(np.array([-np.inf, np.nan])))
print(np.sum(T), np.max(T), np.isnan(np.mean(T)))
print(np.nan_to_num(T[4:5, :3]), np.nan_to_num(np.array([np.nan, np.inf, -np.inf]), nan=-1.0, posinf=99.0))
print(np.isfinite(np.array([1.0, np.nan, np.inf])).tolist(), np.count_nonzero(~np.isnan(T)))
