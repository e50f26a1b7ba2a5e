# Reductions with axis tuples and keepdims on a 3-D array, ddof for std/var.
import numpy as np

a = np.arange(24, dtype=float).reshape(2, 3, 4) * 0.37 - 3.1
b = np.arange(24).reshape(2, 3, 4) - 7

for name in ["sum", "mean", "min", "max", "prod", "ptp"]:
    f = getattr(np, name)
    for ax in [None, 0, 1, 2, -1, (0, 1), (1, 2), (0, 2), (0, 1, 2)]:
        for kd in [False, True]:
            r = f(a, axis=ax, keepdims=kd)
            print(name, ax, kd, np.shape(r))
            print(repr(r))
        r2 = f(b, axis=ax)
        print("int", name, ax, repr(r2))

for ddof in [0, 1, 2]:
    for ax in [None, 0, (0, 2), (1, 2)]:
        print("std", ddof, ax, repr(np.std(a, axis=ax, ddof=ddof)))
        print("var", ddof, ax, repr(np.var(b, axis=ax, ddof=ddof, keepdims=True)))

for ax in [None, 0, 1, (0, 1)]:
    m = a[0] > 0
    print("any", ax, repr(np.any(m, axis=ax)), repr(np.any(m, axis=ax, keepdims=True)))
    print("all", ax, repr(np.all(m, axis=ax)), repr(np.all(m, axis=ax, keepdims=True)))
    print("cnz", ax, repr(np.count_nonzero(b[1], axis=ax)))

print(repr(np.count_nonzero(b[1], axis=1, keepdims=True)))
print(repr(np.argmin(a, axis=1)), repr(np.argmax(a, axis=2, keepdims=True)))
print(repr(np.argmax(b)), repr(np.argmin(b[:, ::-1], axis=0)))
print(repr(np.cumsum(b, axis=1)), repr(np.cumprod(b[0] % 5 + 1, axis=0)))
print(repr(np.cumsum(a)), repr(np.cumprod(b[1, 0])))

c = a.copy()
c[0, 1, 2] = np.nan
c[1, 2, 0] = np.nan
for ax in [None, 0, 1, (0, 2), (1, 2)]:
    print("nansum", ax, repr(np.nansum(c, axis=ax)))
    print("nanmean", ax, repr(np.nanmean(c, axis=ax, keepdims=True)))
print(repr(a.sum(axis=(0, 2))), repr(a.mean(axis=(2, 0), keepdims=True)))
print(repr(b.std(axis=(0, 1), ddof=1)), repr(b.var()))
print(repr(b.max(axis=(0, 2), keepdims=True)), repr(b.min(axis=-2)))
print(repr(a.prod(axis=1)))
