# Every reduction with axis tuples, negative axes and keepdims on a 3-D sales cube.
import numpy as np

cube = (np.arange(24, dtype=float).reshape(2, 3, 4) - 7.5) / 2
icube = np.arange(24).reshape(2, 3, 4) % 7 - 3
print(cube.shape, icube.shape)

names = ["sum", "prod", "mean", "std", "var", "min", "max", "ptp", "any", "all", "argmax", "argmin",
         "nansum", "nanmean", "nanmax", "median", "count_nonzero", "cumsum"]
axes_list = [None, 0, -1, (0, 2), (-1, -2), (0, 1, 2), (2, 0)]
for name in ["sum", "prod", "mean", "std", "var", "min", "max", "any", "all", "nansum", "nanmean", "nanmax", "median"]:
    f = getattr(np, name)
    for ax in axes_list:
        for kd in (False, True):
            r = f(cube, axis=ax, keepdims=kd)
            shp = np.shape(r)
            flat = np.ravel(r)[:4]
            print(name, ax, kd, shp, flat if flat.dtype == bool else np.round(flat, 4))

print("integer cube keeps integer sums")
print(np.sum(icube, axis=(0, -1)), np.sum(icube, axis=(0, -1)).dtype)
print(np.prod(icube + 4, axis=-2, keepdims=True))
print(np.max(icube, axis=(1, 2)), np.min(icube, axis=-3))
print(np.ptp(icube, axis=1))

print("argmax/argmin take one axis")
print(np.argmax(cube, axis=-1), np.argmin(cube, axis=0))
print(np.argmax(cube, axis=1, keepdims=True).shape)

print("count_nonzero with tuples")
print(np.count_nonzero(icube, axis=(0, 2)), np.count_nonzero(icube, axis=-1))

print("ddof")
for dd in (0, 1, 2):
    print(dd, np.round(np.std(cube, axis=(0, 1), ddof=dd), 6), np.round(np.var(cube, axis=-1, ddof=dd)[0], 6))
print("ddof equal to n - 1")
print(np.var(np.array([1.0, 2.0, 4.0]), ddof=2))

print("method forms")
print(cube.sum(axis=(1, 2)), cube.mean(axis=-1, keepdims=True).shape, cube.max(axis=(0,)).shape)
print(cube.std(axis=(0, 2), ddof=1))

print("bad axes")
for ax in [3, -4, (0, 0), (1, -2), (0, 5)]:
    try:
        np.sum(cube, axis=ax)
    except Exception as e:
        print(type(e).__name__, e)
for ax in [3, (0, 1)]:
    try:
        np.argmax(cube, axis=ax)
    except Exception as e:
        print(type(e).__name__, e)
