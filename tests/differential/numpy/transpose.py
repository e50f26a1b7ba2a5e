import numpy as np
a = np.arange(6).reshape(2, 3)
print(a.T)
print(np.transpose(a))
b = np.arange(24).reshape(2, 3, 4)
print(b.transpose(1, 0, 2).shape, np.transpose(b, (2, 0, 1)).shape)
print(np.swapaxes(b, 0, 2).shape, b.swapaxes(1, 2)[0])
t = a.T
t[0, 1] = 50
print(a)
