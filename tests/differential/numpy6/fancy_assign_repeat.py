# Fancy indexing assignment with repeated indices, views vs copies.
import numpy as np

a = np.zeros(6)
idx = np.array([0, 2, 2, 5, 0, 0])
a[idx] += 1
print("a[idx] += 1 ->", a)
np.add.at(a, idx, 1) if hasattr(np.add, "at") else None
print("after add.at ->", a)
b = np.arange(10)
b[[1, 3, 3, 7]] = [10, 30, 31, 70]
print("repeated assign last wins:", b)
b[b > 20] = -1
print("masked assign:", b)
b[np.array([True, False] * 5)] *= 2
print("mask imul:", b)
m = np.arange(12).reshape(3, 4)
m[[0, 2], [1, 3]] = 99
print(m)
m[:, [0, 0, 2]] = -5
print(m)
m[1] = np.array([7, 8, 9, 10])
print(m)
m[[2, 0]] = m[[0, 2]]
print("swap rows:")
print(m)
c = m[[0, 1]]
c[0, 0] = 1000
print("fancy gives copy, m[0,0] =", m[0, 0])
v = m[0:2]
v[0, 0] = 2000
print("slice gives view, m[0,0] =", m[0, 0])
print("shares memory:", np.shares_memory(m, v), np.shares_memory(m, c))
r = m.reshape(4, 3)
r[0, 0] = 1
print("reshape view:", m[0, 0])
f = m.ravel()
f[1] = -77
print("ravel view:", m[0, 1])
g = m.flatten()
g[2] = -88
print("flatten copy:", m[0, 2])
t = m.T
t[3, 2] = 555
print("transpose view:", m[2, 3])
cnt = np.zeros(5, dtype=int)
votes = np.array([1, 3, 3, 4, 1, 1, 0])
for v_ in votes:
    cnt[v_] += 1
print("counts loop:", cnt)
print("bincount:", np.bincount(votes) if hasattr(np, "bincount") else cnt)
grid = np.zeros((4, 4), dtype=int)
rr = np.array([0, 1, 2, 3, 3])
cc = np.array([0, 1, 2, 3, 0])
grid[rr, cc] = np.arange(1, 6)
print(grid)
grid[np.ix_([0, 3], [0, 3])] = 9 if hasattr(np, "ix_") else 0
print(grid)
e = np.arange(5.0)
e[[-1, -2]] = np.nan
print(e, np.isnan(e).sum())
