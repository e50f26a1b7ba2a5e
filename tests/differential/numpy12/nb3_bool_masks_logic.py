# Boolean arrays: logical ops, any/all along axes, masked counting, cumulative flags, and truth-table printing.
import numpy as np

rng = np.random.RandomState(14)
a = rng.rand(5, 6) > 0.5
b = rng.rand(5, 6) > 0.3
print(a.astype(int))
print(a & b, a | b, a ^ b, ~a, sep="\n")
print(np.logical_and(a, b).sum(), np.logical_or(a, b).sum(), np.logical_xor(a, b).sum(), np.logical_not(a).sum())
print(a.any(axis=0), a.all(axis=1), np.any(a), np.all(a | True))
print(a.sum(axis=0), a.mean(axis=1), a.sum(), a.dtype, a.sum().dtype if hasattr(a.sum(), "dtype") else None)
print(np.count_nonzero(a, axis=0), np.count_nonzero(a))
print(a.astype(float).mean(), a.argmax(axis=1), np.argmin(a, axis=0))
print(np.cumsum(a, axis=1)[0], np.logical_and.reduce(a, axis=0), np.logical_or.accumulate(a[0]))
print(a[0] == b[0], a[0] != b[0], a[0] > b[0], a[0] + b[0], a[0] * 2)
print(np.where(a[0])[0], np.nonzero(a[:2]))
x = np.array([3.0, -1.0, np.nan, 7.0, 0.0, -5.0])
valid = ~np.isnan(x)
pos = valid & (x > 0)
print(valid, pos, x[pos], x[valid & ~pos])
print((x > 0) | (x < -2), np.sum(x[valid] < 1))
tbl = np.array([[p, q] for p in (False, True) for q in (False, True)])
p_, q_ = tbl.T
print(np.column_stack([p_, q_, p_ & q_, p_ | q_, ~p_ | q_, p_ == q_]).astype(int))
flags = np.array([0, 0, 1, 1, 0, 1, 1, 1, 0])
starts = np.flatnonzero(np.diff(np.concatenate([[0], flags])) == 1)
print("run starts:", starts)
seen = np.logical_or.accumulate(flags.astype(bool))
print("after first:", seen.astype(int))
print(np.array([True, False]) @ np.array([True, True]), np.dot(np.array([1, 0, 1]), np.array([True, True, False])))
print(np.sum(np.array([True] * 10)), np.prod(np.array([True, True])), np.max(np.array([False, True])))
m = np.zeros((4, 4), dtype=bool)
m[np.triu_indices(4, 1)] = True
print(m, m.T | m, np.array_equal(m, np.triu(np.ones((4, 4), dtype=bool), 1)), sep="\n")
print(repr(m[0]), repr(np.array([], dtype=bool)), np.isclose([1.0, 2.0], [1.0 + 1e-10, 2.1]))
print(np.allclose([1e-9], [0.0]), np.allclose([1.0], [1.0 + 1e-5]), np.array_equal([1, 2], [1, 2]), np.array_equiv([1, 2], [[1, 2], [1, 2]]))
print((a & b).sum(axis=1))
