# Boolean masks on 2-D arrays: selecting, assigning and combining conditions.
import numpy as np

g = np.array([[3.0, -1.0, 4.0], [1.0, -5.0, 9.0], [-2.0, 6.0, 5.0], [3.0, 5.0, -8.0]])
neg = g < 0
print(neg)
print(g[neg], g[~neg])
print(g[(g > 0) & (g < 5)], g[(g < -3) | (g > 8)])
row_ok = (g > -3).all(axis=1)
print(row_ok, g[row_ok])
print(g[:, g.sum(axis=0) > 5])
print(g[g[:, 0] > 2, 1:])
h = g.copy()
h[neg] = 0
print(h)
h[h > 4] *= -1
print(h)
h[g[:, 2] > 4] = 100.0
print(h)
k = g.copy()
k[k < 0] = np.array([10.0, 20.0, 30.0, 40.0])
print(k)
k[:, [True, False, True]] = -1
print(k)
print(np.where(g > 0, g, np.nan))
print(np.count_nonzero(g > 0), np.count_nonzero(g > 0, axis=1))
print(np.argwhere(g < 0))
print(np.nonzero(g < 0))
print(g[np.nonzero(g < 0)])
mask3 = np.zeros((2, 3, 2), dtype=bool)
mask3[0, 1, 1] = True
mask3[1, 2, 0] = True
t = np.arange(12).reshape(2, 3, 2)
print(t[mask3], t[mask3[..., 0]])
print(g[np.array([True, False, True, True])])
b = g > 0
print(b.sum(), b.mean(), b.any(axis=0), b.all())
print(np.logical_xor(g > 0, g > 4), np.logical_not(b)[0])
k[k == -1] = 0.5
print(k)
