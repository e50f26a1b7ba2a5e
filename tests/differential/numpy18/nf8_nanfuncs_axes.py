# nan-functions along axes: nanmax/nanmin/nanargmax/nanargmin/nanstd/nanvar/nanmedian/nanpercentile/nanquantile/nancumsum/nancumprod/nanprod.
import numpy as np

rng = np.random.default_rng(8)
a = np.round(rng.normal(10, 3, size=(4, 6)), 3)
a[0, 1] = np.nan
a[2, [0, 3, 5]] = np.nan
a[3, 4] = np.nan
print(a)
for ax in [None, 0, 1]:
    print("axis", ax)
    print(" max/min", np.nanmax(a, axis=ax), np.nanmin(a, axis=ax))
    print(" argmax/argmin", np.nanargmax(a, axis=ax), np.nanargmin(a, axis=ax))
    print(" sum/prod", np.nansum(a, axis=ax), np.nanprod(a, axis=ax))
    print(" mean", np.nanmean(a, axis=ax))
    print(" std/var", np.nanstd(a, axis=ax), np.nanvar(a, axis=ax, ddof=1))
    print(" median", np.nanmedian(a, axis=ax))
    print(" pct", np.nanpercentile(a, [10, 50, 90], axis=ax))
    print(" quantile", np.nanquantile(a, 0.25, axis=ax))
print(np.nancumsum(a, axis=1))
print(np.nancumprod(a[:2, :3], axis=0), np.nancumsum(a))
print(np.nanmax(a, axis=1, keepdims=True), np.nanmean(a, axis=0, keepdims=True).shape, np.nanstd(a, axis=1, keepdims=True))
print(np.nanpercentile(a, 50, axis=1, method="lower"), np.nanpercentile(a, 50, axis=1, method="nearest"), np.nanquantile(a, [0.1, 0.9], axis=0, method="midpoint"))
b = np.array([[np.nan, np.nan], [1.0, np.nan], [2.0, 3.0]])
with np.errstate(all="ignore"):
    import warnings
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        print(np.nanmax(b, axis=1), np.nanmin(b, axis=0), np.nanmean(b, axis=1), np.nanstd(b, axis=1), np.nanmedian(b, axis=1))
        print(np.nanvar(b, axis=1, ddof=1), np.nanpercentile(b, 50, axis=1))
print(np.nansum(b, axis=1), np.nanprod(b, axis=1), np.nancumsum(b, axis=0))
try:
    np.nanargmax(b, axis=1)
except ValueError as e:
    print("ValueError:", e)
try:
    np.nanargmin(np.array([np.nan, np.nan]))
except ValueError as e:
    print("ValueError:", e)
i = np.array([[3, 1, 2], [9, 7, 8]])
print(np.nanmax(i, axis=0), np.nanmean(i), np.nanmedian(i, axis=1), np.nanstd(i), np.nancumsum(i, axis=1), np.nanargmin(i, axis=1))
print(repr(np.nanmax(a)), repr(np.nanargmax(a)), repr(np.nanmedian(a)), repr(np.nanpercentile(a, 33.3)))
f32 = a.astype(np.float32)
print(np.nanmax(f32, axis=0), np.nanmean(f32, axis=1).dtype, np.nansum(f32).dtype, np.nanmin(f32, axis=1), np.nanargmin(f32, axis=0), np.nansum(f32, axis=1), np.nanmean(f32))
counts = np.sum(~np.isnan(a), axis=0)
manual = np.where(counts > 0, np.nansum(a, axis=0) / np.maximum(counts, 1), np.nan)
print(counts, manual, np.allclose(manual, np.nanmean(a, axis=0)))
filled = np.where(np.isnan(a), np.nanmean(a, axis=0), a)
print(filled)
print(np.isnan(filled).any(), filled.mean(axis=1))
