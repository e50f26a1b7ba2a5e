# Which operations give views and which copies (shares_memory, writes through).
import numpy as np

base = np.arange(12, dtype=float)
m = base.reshape(3, 4)
m[0, 0] = 100
print(base[0], np.shares_memory(base, m))
t = m.T
t[1, 2] = -1
print(m[2, 1], t.shape, np.shares_memory(m, t))
s = m[:, 1:3]
s *= 10
print(m)
r = m[::-1]
r[0, 0] = 55
print(m[2, 0])
f = m[[0, 2]]
f[:] = 0
print(m[0], np.shares_memory(m, f))
b = m[m > 50]
b[:] = 1
print(m.max())
c = m.copy()
c[0] = -5
print(m[0, 0], c[0, 0])
rv = m.ravel()
rv[1] = 0.5
print(m[0, 1], np.shares_memory(m, rv))
nc = m.T.ravel()
nc[0] = 77
print(m[0, 0], np.shares_memory(m, nc))
fl = m.flatten()
print(np.shares_memory(m, fl))
e = m[1]
e += 0.25
print(m[1])
sq = np.expand_dims(base[:4], 0)
sq[0, 0] = 9
print(base[:4], sq.shape)
nn = base[:, np.newaxis]
print(nn.shape, np.shares_memory(base, nn))
sl = base[2:8:2]
sl[:] = [1, 2, 3]
print(base)
x = np.zeros(5)
y = x
y += 1
print(x)
y = y + 1
print(x, y)
z = np.asarray(x)
z[0] = 9
print(x[0])
w = np.array(x)
w[0] = -9
print(x[0])
lst = [1.0, 2.0]
arr = np.asarray(lst)
arr[0] = 5
print(lst)
col = m[:, 0]
col[:] = np.arange(3)
print(m[:, 0])
diag = np.diag(m)
diag2 = diag.copy()
diag2[0] = 123
print(np.diag(m))
big = np.arange(20).reshape(4, 5)
sub = big[1:3, 1:4]
print(sub.shape, sub.size)
sub[...] = -1
print(big)
