# Views of views writing through to the base; negative steps and np.newaxis combinations.
import numpy as np

base = np.arange(24.0).reshape(4, 6)
v1 = base[1:, ::2]
v2 = v1[::-1, 1:]
v2[0, 0] = -1.0
print(base)
print(v1.base is base, v2.base is base, np.shares_memory(v2, base))
v3 = v2.T
v3[1, 2] = -2.0
print(base)
row = base[2]
row[:] = row[::-1]
print(base[2])
col = base[:, -1]
col += 100
print(base)
r = base.ravel()
print(np.shares_memory(r, base))
r[0] = 555
print(base[0, 0])
f = base.flatten()
f[1] = 777
print(base[0, 1], f[1])
rs = base.reshape(6, 4)
rs[5, 3] = -3.0
print(base[-1, -1])
x = np.arange(10)
print(x[::-1], x[-2::-3], x[7:2:-2], x[:-4:-1], x[::-4])
y = x[::-1][2:7][::-2]
print(y)
y[:] = 0
print(x)
s = np.arange(5.0)
print(s[:, np.newaxis] - s[np.newaxis, :])
print(s[np.newaxis].shape, s[:, None, None].shape, s[None, :, None].shape)
print(s[None, ::-1])
print(base[np.newaxis, 1, :3], base[:, np.newaxis, 0].shape)
e = np.arange(6).reshape(2, 3)
print(e[..., None].shape, e[None, ..., None].shape, e[:, None, :] * 10)
sw = base[:2, :3].swapaxes(0, 1)
sw *= 0
print(base[:3, :4])
d = np.diagonal(base)
print(d)
