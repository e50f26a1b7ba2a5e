import numpy as np
a = np.arange(10)
b = a[2:5]
b[0] = 99
print(a)
c = a[::2]
c[:] = 0
print(a)
m = np.zeros((3, 3))
row = m[1]
row[:] = 5
print(m)
col = m[:, 2]
col += 1
print(m)
v = m.T
v[0] = -1
print(m)
