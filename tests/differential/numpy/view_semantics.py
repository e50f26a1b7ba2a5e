import numpy as np
a = np.arange(12).reshape(3, 4)
r = a.reshape(4, 3)
r[0, 0] = -1
print(a[0, 0])
f = a.flatten()
f[1] = -2
print(a[0, 1])
rv = a.ravel()
rv[2] = -3
print(a[0, 2])
s = a[:, 1]
s *= 10
print(a)
c = a[1].copy()
c[:] = 0
print(a[1])
print(np.may_share_memory(a, r), np.shares_memory(a, c))
