# views vs copies: slices write through, fancy/boolean give copies, reshape/ravel views.
import numpy as np

a = np.arange(10)
b = a[::2]
b += 1
print(repr(a), repr(b))
c = a[[0, 1]]
c[:] = -1
print(repr(a), repr(c))
d = a[a > 5]
d *= 100
print(repr(a), repr(d))
m = np.arange(12.0).reshape(3, 4)
r = m[1]
r[:] = 0
print(repr(m))
col = m[:, 2]
col -= 1.5
print(repr(m))
v = m.reshape(4, 3)
v[0, 0] = 99
print(repr(m))
rv = m.ravel()
rv[1] = 77
print(repr(m))
fl = m.flatten()
fl[2] = -5
print(repr(m[0]))
t = m.T
t[3, 2] = 42
print(repr(m))
print(np.shares_memory(m, t), np.shares_memory(m, fl), np.may_share_memory(a, b))
print(b.base is a, c.base is None, v.base is m, fl.base is None)
cp = m[1:, 1:].copy()
cp[0, 0] = 1234
print(repr(m))
e = m[..., 1]
e[...] = 8
print(repr(m))
n = m[np.newaxis, 0]
n[0, 3] = -1
print(repr(m), n.shape)
x = np.zeros(5)
y = x[1:4]
y[[0, 2]] = 7
print(repr(x))
y[y > 1] += 0.5
print(repr(x))
z = np.arange(6)
w = z[::-1]
w[0] = 100
print(repr(z))
s = z[2:4]
s[:] = s[::-1].copy()
print(repr(z))
q = np.arange(5)
q[1:] = q[:-1]
print(repr(q))
asarr = np.asarray(q)
asarr[0] = 9
print(repr(q), np.asarray(q) is q, np.array(q) is q)
