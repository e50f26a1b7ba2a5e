# Which operations give views and which give copies, shown by writing through the result.
import numpy as np

def fresh():
    return np.arange(12).reshape(3, 4)

def report(label, make):
    a = fresh()
    r = make(a)
    r_flat = r.reshape(-1) if r.flags["C_CONTIGUOUS"] else None
    if isinstance(r, np.ndarray) and r.size:
        if r.ndim == 0:
            r[()] = -1
        else:
            r[(0,) * r.ndim] = -1
    print("%-22s view=%-5s base_is_none=%-5s" % (label, np.shares_memory(a, r), r.base is None), a.ravel()[:6])

report("basic slice", lambda a: a[1:, ::2])
report("row", lambda a: a[1])
report("column", lambda a: a[:, 2])
report("fancy rows", lambda a: a[[0, 2]])
report("boolean mask", lambda a: a[a > 4])
report("ellipsis", lambda a: a[..., 1])
report("newaxis", lambda a: a[:, np.newaxis, 1])
report("reshape", lambda a: a.reshape(4, 3))
report("reshape of T", lambda a: a.T.reshape(12))
report("ravel", lambda a: a.ravel())
report("ravel of T", lambda a: a.T.ravel())
report("flatten", lambda a: a.flatten())
report("transpose", lambda a: a.T)
report("swapaxes", lambda a: a.swapaxes(0, 1))
report("squeeze", lambda a: a[None].squeeze())
report("copy", lambda a: a.copy())
report("astype same", lambda a: a.astype(int))
report("astype copy=False", lambda a: a.astype(int, copy=False))
report("diagonal (read-only)", lambda a: np.diagonal(a).copy())
report("take", lambda a: np.take(a, [1, 2], axis=1))
report("np.asarray", lambda a: np.asarray(a))
report("np.array", lambda a: np.array(a))
report("split piece", lambda a: np.split(a, 2, axis=1)[1])
report("ix_", lambda a: a[np.ix_([0, 1], [1, 3])])
report("flip", lambda a: np.flip(a, axis=0))
report("moveaxis", lambda a: np.moveaxis(a, 0, -1))

print("writes through chained views")
a = fresh()
v = a[::2][:, 1:3]
v += 100
print(a)
print("setitem with fancy index writes into the original")
a = fresh()
a[[0, 2], 1] = [-5, -6]
a[a % 5 == 0] = 0
print(a)
print("a fancy-indexed copy does not")
b = a[[1]]
b[:] = 9
print(a[1])
print("diagonal is read-only")
try:
    np.diagonal(a)[0] = 1
except ValueError as e:
    print("ValueError:", e)
print("broadcast_to is read-only")
try:
    bt = np.broadcast_to(np.arange(3), (2, 3))
    bt[0, 0] = 5
except ValueError as e:
    print("ValueError:", e)
