# Boolean-mask indexing a[m] and a[m] = v where the mask has a's shape (one pass), and the
# general cases around it.
import numpy as np

rng = np.random.default_rng(3)
a = rng.normal(size=(40, 25)).round(3)
m = a > 0.5
print(a[m][:10], a[m].shape, a[~m].sum().round(6), a[m].dtype)
b = a.copy()
b[m] = 0.0
print(b[:2, :8], (b == 0).sum())
b[b < -1] = -1
print(b.min(), (b == -1).sum())
c = a.copy()
c[m] = np.arange(m.sum(), dtype=float)
print(c[m][:8], c[m][-3:], c[:2, :6])
c[m] = np.array([7.5])
print((c == 7.5).sum())
i = np.arange(12)
i[i % 3 == 0] = -i[i % 3 == 0]
print(i, i[i > 0], i[(i > 2) & (i < 9)])
f = np.array([1.5, np.nan, 3.0, np.nan])
f[np.isnan(f)] = 0
print(f, f[np.array([True, False, True, False])])
v = np.arange(10.0)
v[v > 4] = v[v > 4] * 10
print(v)
s = v[::2]
s[s > 20] = -1
print(s, v)
t = np.zeros(5, dtype=bool)
t[np.array([True, False, True, False, False])] = True
print(t, t[t])
g = np.arange(6).reshape(2, 3)
print(g[g > 2], g[np.array([True, False])], g[:, np.array([True, False, True])])
try:
    g[np.array([True, False, True])]
except IndexError as e:
    print("IndexError:", e)
try:
    c[m] = np.arange(3.0)
except ValueError as e:
    print("ValueError:", e)
e = np.arange(4.0)
e[e > 10] = np.arange(0.0)
print(e, e[e > 10], e[e > 10].shape)
z = np.arange(5)
z[z > 1] = 2.7
print(z, z.dtype)
