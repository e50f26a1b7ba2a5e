# Assignments whose source overlaps the destination (shifts, reversals), and broadcast stores.
import numpy as np

a = np.arange(8.0)
a[1:] = a[:-1]
print(a)
b = np.arange(8)
b[:-1] = b[1:]
print(b)
c = np.arange(6)
c[:] = c[::-1]
print(c)
d = np.arange(12).reshape(3, 4)
d[1:, :] = d[:-1, :]
print(d)
e = np.arange(12).reshape(3, 4)
e[:, 1:] = e[:, :-1]
print(e)
f = np.arange(9).reshape(3, 3)
f[:] = f.T
print(f)
g = np.arange(10.0)
g[2:8] += g[0:6]
print(g)
h = np.arange(10)
h[::2] = h[1::2]
print(h)
k = np.zeros((3, 4))
k[:] = np.arange(4)
print(k)
k[:, :2] = np.array([[7.0], [8.0], [9.0]])
print(k)
k[1] = 5
print(k)
k[..., -1] = np.array([1.0, 2.0, 3.0])
print(k)
m = np.zeros((2, 3, 2))
m[:, np.newaxis, 1, :] = np.array([[1.0, 2.0]])
print(m)
m[0, ...] = -1
print(m)
n = np.arange(5.0)
n[[0, 2, 4]] = n[[4, 2, 0]]
print(n)
p = np.arange(6.0)
p[p > 2] = p[:3]
print(p)
q = np.arange(16).reshape(4, 4)
q[1:3, 1:3] = q[:2, :2].copy() * 10
print(q)
r = np.arange(5.0)
np.add(r[:-1], r[1:], out=r[1:])
print(r)
s = np.arange(6.0)
s[1:] -= s[:-1]
print(s)
t = np.arange(10)
t[3:7] = t[2:6][::-1]
print(t)
