# Reshape and view semantics: shared memory through slices, copies, in-place ops via views, strides-like behaviour.
import numpy as np

a = np.arange(24)
b = a.reshape(4, 6)
c = b[1:3, ::2]
c[:] = -1
print(a)
print(np.shares_memory(a, c), np.shares_memory(a, b.copy()), b.base is a, c.flags["C_CONTIGUOUS"])
d = b.T
d[0, :] = 100
print(b)
e = b.ravel()
e[-1] = 999
print(a[-1], b.flags["OWNDATA"], np.may_share_memory(b, e))
f = b[:, 1].copy()
f[:] = 0
print(b[:, 1])
g = b[[0, 2]]
g[:] = 7
print(b[0, :3], "fancy index is a copy")
b[b < 0] = 0
print(b)
x = np.zeros((3, 4))
row = x[1]
row += 5
col = x[:, 2]
col *= 2
col -= 1
print(x)
y = np.arange(10.0)
y[::2] += y[1::2]
print(y)
y[1:] = y[:-1]
print(y)
z = np.arange(6)
z[1:] += z[:-1]
print(z)
m = np.arange(12).reshape(3, 4)
print(m.reshape(4, 3), m.reshape(2, 2, 3)[1], m.reshape(-1), m.reshape(6, -1).shape, sep="\n")
print(m.T.reshape(-1), m.T.copy().ravel(), np.ravel(m, order="F"))
print(m.ndim, m.size, m.shape, m.T.shape, m.itemsize, m.nbytes, len(m))
try:
    m.reshape(5, 3)
except ValueError as e:
    print("ValueError:", e)
n = m.view()
n.shape = (2, 6)
print(n, m.shape)
s = np.arange(5)
t = s[::-1]
t[0] = 40
print(s, t)
u = np.ascontiguousarray(m.T)
print(u.flags["C_CONTIGUOUS"], m.T.flags["C_CONTIGUOUS"], m.T.flags["F_CONTIGUOUS"])
w = np.asarray(s)
w[0] = -7
print(s[0], np.array(s, copy=True) is s, np.asarray(s) is s)
v = m[np.newaxis, :, None, :]
print(v.shape, v.squeeze().shape, m[..., None].shape, m[:, None].shape)
