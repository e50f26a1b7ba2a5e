# Less common corners notebooks reach for: flags, accumulate out=, logaddexp, dtype predicates,
# large-n binomial draws, ediff1d padding and sparse meshgrids.
import numpy as np

a = np.arange(12).reshape(3, 4)
print(a.flags)
print(a.T.flags["C_CONTIGUOUS"], a.T.flags.f_contiguous, a[:, 1].flags.c_contiguous, a.copy().flags.owndata)
frozen = np.linspace(0, 1, 5)
frozen.flags.writeable = False
try:
    frozen[0] = 3
except ValueError as e:
    print("ValueError:", e)
frozen.setflags(write=True)
frozen[0] = 3
print(frozen, frozen.flags.writeable)
v = a[1]
a.setflags(write=False)
try:
    v.flags.writeable = True
except ValueError as e:
    print("ValueError:", e)
bt = np.broadcast_to(np.arange(3.0), (2, 3))
print(bt.flags.writeable, bt.flags.owndata)
try:
    bt[0, 0] = 1
except ValueError as e:
    print("ValueError:", e)
x = np.array([3.0, 1.0, 4.0, 1.0, 5.0, 9.0, 2.0, 6.0])
out = np.empty_like(x)
np.maximum.accumulate(x, out=out)
print(out)
ix = np.zeros(8, dtype=int)
np.cumsum(x, out=ix)
print(ix, ix.dtype)
np.cumprod(x[:4], out=x[:4])
print(x)
try:
    np.cumsum(x, out=np.zeros(3))
except ValueError as e:
    print("ValueError:", e)
lp = np.log(np.array([0.1, 0.2, 0.3, 0.4]))
print(np.logaddexp(lp[0], lp[1]), np.logaddexp(-np.inf, 0.0), np.logaddexp(np.inf, np.inf))
print(np.logaddexp.reduce(lp), np.exp(np.logaddexp.reduce(lp)), np.logaddexp.accumulate(lp))
print(np.logaddexp2(np.array([1.0, 2.0, 3.0]), 3.0), np.logaddexp(np.arange(3), np.arange(3)))
print(np.issubdtype(a.dtype, np.integer), np.issubdtype(a.dtype, np.floating), np.issubdtype(np.float64, np.inexact))
print(np.issubdtype(bool, np.number), np.issubdtype(np.bool_, np.generic), np.issubdtype("f8", float), np.issubdtype(int, np.signedinteger))
print(np.can_cast(np.int64, np.float64), np.can_cast(np.float64, np.int64), np.can_cast(float, int, "unsafe"), np.can_cast(a, bool, "same_kind"))
print(repr(np.result_type(a, 1.5)), repr(np.result_type(True, a)), repr(np.promote_types("i8", "f8")), np.result_type(np.bool_, bool))
np.random.seed(4)
print(np.random.binomial(1000, 0.3, 12))
print(np.random.binomial(200, 0.85, 6), np.random.binomial(60, 0.5))
g = np.random.default_rng(4)
draws = g.binomial(500, 0.4, size=2000)
print(draws[:10], draws.mean(), draws.var().round(4))
print(g.binomial([40, 400, 4000], [0.9, 0.5, 0.01]))
print(np.bincount(g.binomial(100, 0.5, 400) // 10))
prices = np.array([10.0, 11.5, 11.0, 12.25])
print(np.ediff1d(prices), np.ediff1d(prices, to_begin=0.0), np.ediff1d(prices, to_end=[99.0, 100.0], to_begin=[-1.0]))
print(np.ediff1d(np.array([[1, 4], [9, 16]]), to_begin=[0]))
try:
    np.ediff1d(np.array([1, 2]), to_begin=[0.5])
except TypeError as e:
    print("TypeError:", e)
xs, ys = np.meshgrid(np.arange(4), np.arange(3), sparse=True)
print(xs, ys, xs.shape, ys.shape)
xi, yi = np.meshgrid([1.0, 2.0], [10.0, 20.0, 30.0], indexing="ij", sparse=True)
print(xi.shape, yi.shape, (xi * yi).shape)
print(np.float64(2.5).itemsize, np.int64(3).nbytes, np.bool_(True).itemsize, a.itemsize, a.nbytes)
b = np.array([np.nan, np.inf, 1e20, -3.7]).astype(int)
print(b.dtype)
print(b)
print(b.tolist(), b[0], repr(b[1]), b.sum() if False else b.min())
