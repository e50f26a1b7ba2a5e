import numpy as np
a = np.arange(3)
print(a[:, None], a[None, :], a[np.newaxis].shape, a[:, np.newaxis].shape)
m = np.arange(6).reshape(2, 3)
print(m[:, None, :].shape, m[None].shape, m[..., None].shape)
print(a[:, None] * a[None, :])
b = np.arange(24).reshape(2, 3, 4)
print(b[..., 0], b[1, ...].shape, b[:, 1, ...].shape)
