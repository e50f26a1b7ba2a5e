# indexing, slicing, masks, shapes and stacking of complex arrays.
import numpy as np

z = np.arange(12).reshape(3, 4) * (1 + 1j) - 2j
print(z)
print(z[1], z[:, 2], z[1, 2], z[::2, ::-1])
print(z.T)
print(z.reshape(2, 6))
print(z.ravel()[:5], z.flatten().shape)
m = np.abs(z) > 10
print(z[m])
v = z[0]
v[1] = 100j
print(z[0])
z[2, :] = 5
print(z[2])
print(np.concatenate([z[0], np.array([1.0, 2.0])]))
print(np.where(np.abs(z[1]) > 7, z[1], 0))
print(len(z), [str(x) for x in z[1]])
print(np.diff(z[1]), np.flip(z[0]))
