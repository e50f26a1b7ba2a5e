# In-place updates the way notebooks write them: masked scaling, row normalisation, out=, casting rules.
import numpy as np

M = np.array([[4.0, 1.0, 3.0], [2.0, 2.0, 6.0], [0.5, 0.25, 0.25]])
for i, row in enumerate(M):
    M[i] /= row.sum()
print(M, M.sum(axis=1))
a = np.arange(-4, 5)
a[a > 0] *= 3
a[a < -2] = -2
print(a)
a[::2] += 100
print(a)
b = np.ones(4)
np.add(b, np.arange(4), out=b)
np.multiply(b, 2, out=b)
np.sqrt(b, out=b)
print(b)
c = np.zeros(5)
np.exp(np.arange(5.0), out=c, where=np.arange(5) % 2 == 0)
print(c)
ints = np.arange(5)
try:
    ints += 0.5
except Exception as e:
    print(type(e).__name__, e)
ints *= 2
ints //= 3
ints -= np.array([1, 1, 1, 1, 1])
print(ints, ints.dtype)
f = np.arange(5.0)
f += ints
f **= 2
f %= 7
print(f)
grid = np.zeros((4, 4), dtype=int)
grid[1:3, 1:3] = 5
grid[[0, 3], :] = -1
grid[:, [0]] = 9
grid[grid == 5] += np.array([1, 2, 3, 4])
print(grid)
v = np.arange(10.0)
v[v % 3 == 0] = np.nan
print(v, np.nanmean(v))
v[np.isnan(v)] = np.nanmean(v)
print(v.round(4))
w = np.arange(6.0).reshape(2, 3)
w -= w.mean(axis=0)
w /= np.abs(w).max(axis=1, keepdims=True)
print(w)
s = np.arange(5)
s[1:] = s[:-1]
print(s)
t = np.arange(5)
t[1:] += t[:-1]
print(t)
acc = np.zeros(3)
for k in range(4):
    acc += np.array([k, k * k, 1.0]) / (k + 1)
print(acc)
z = np.array([1.5, -2.5, 3.5])
np.negative(z, out=z)
np.clip(z, -2, 2, out=z)
print(z, np.abs(z, out=np.empty(3)))
