# Fancy and boolean indexing on 2-D tables: reads, writes, repeated indices, ix_, along-axis.
import numpy as np

M = np.arange(1, 21).reshape(4, 5) * 10
print(M)
print(M[[0, 2], [1, 3]])
print(M[[0, 2]][:, [4, 0]])
print(M[np.ix_([1, 3], [0, 2, 4])])
print(M[:, [-1, 0]])
print(M[[-1, -2], 1:3])
print(M[M > 150])
print(M[1, M[1] > 75])
rows = np.array([True, False, True, True])
print(M[rows, 2], M[rows][:, [1, 2]])
A = M.copy()
A[[0, 0, 1], [1, 1, 2]] = -1
print(A[:2])
A[A < 0] = 0
A[:, 3] += 1
A[2] = np.arange(5)
print(A)
c = np.zeros(6)
idx = np.array([0, 1, 1, 3, 3, 3])
c[idx] += 1
print("fancy +=", c)
c2 = np.zeros(6)
np.add.at(c2, idx, 1)
print("add.at  ", c2)
order = np.argsort(M % 7, axis=1)
print(order)
print(np.take_along_axis(M % 7, order, axis=1))
best = np.argmax(M % 7, axis=1)
print(np.take_along_axis(M, best[:, None], axis=1).ravel())
B = np.zeros_like(M)
np.put_along_axis(B, best[:, None], 1, axis=1)
print(B)
print(np.take(M, [0, 7, 19]), np.take(M, [1, 3], axis=1).shape)
sel = np.nonzero(M % 30 == 0)
print(sel, M[sel])
print(np.where(M > 100, M, -M)[:, :2])
E = M.astype(float)
E[E > 100] = np.nan
print(np.isnan(E).sum(axis=0), np.nanmax(E, axis=1))
diag_idx = np.diag_indices(4)
S = np.zeros((4, 4), dtype=int)
S[diag_idx] = [1, 2, 3, 4]
print(S, np.trace(S))
print(M[..., 1], M[None, 0].shape, M[:, None, 1].shape)
