# np.roll: negative, zero and large shifts, axis forms, views, dtypes.
import numpy as np

a = np.arange(7) * 1.5
for s in [0, 1, 3, -1, -6, 7, 8, -15, 100, -100]:
    print(s, np.roll(a, s))
print(np.roll(a[::2], 1), np.roll(a[1:6], -2))
print(np.roll(np.arange(5), 2), np.roll(np.arange(5), 2).dtype)
print(np.roll(np.array([True, False, False]), 1))
print(np.roll(np.array([], dtype=float), 3))
print(np.roll(np.array([2.5]), 4))
m = np.arange(12).reshape(3, 4)
print(np.roll(m, 1))
print(np.roll(m, -1, axis=0))
print(np.roll(m, 5, axis=1))
print(np.roll(m, (1, -2), axis=(0, 1)))
print(np.roll(m.T, 1, axis=0))
r = np.roll(a, 2)
r[0] = -1.0
print(a[0], r)
print(np.roll(np.array([-0.0, 1.0, np.nan, np.inf]), 1))
