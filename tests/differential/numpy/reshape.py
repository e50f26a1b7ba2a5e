import numpy as np
a = np.arange(12)
print(a.reshape(3, 4))
print(a.reshape((2, -1)))
print(a.reshape(-1, 6).shape, a.reshape(2, 2, 3).shape)
print(np.reshape(a, (4, 3)))
m = a.reshape(3, 4)
print(m.ravel(), m.flatten(), m.T.ravel())
r = m.reshape(-1)
r[0] = 100
print(a[0])
try:
    a.reshape(5, 3)
except ValueError as e:
    print("ValueError:", e)
