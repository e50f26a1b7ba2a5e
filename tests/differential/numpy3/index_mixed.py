import numpy as np
a = np.arange(10)
print(a[np.int64(2)], a[np.array(3)], a[[True] * 5 + [False] * 5], a[np.array([1, 2])[0]:])
m = np.arange(12).reshape(3, 4)
print(m[1:, [0, 3]], m[[0, 2], 1:3], m[m[:, 0] > 0, :2], m[:, m[0] > 1])
m[m % 2 == 0] *= -1
print(m)
m[:, -1] = m[:, 0] * 2
print(m, m[-1, ::-2], m[::2, ::3])
v = m.reshape(-1)
v[:3] = 0
print(m[0])
print(np.where(m < 0, -m, m).sum(), m.nonzero()[0][:5], np.argwhere(m == 0).tolist())
print(m.T[1], np.ascontiguousarray(m.T).shape)
x = np.zeros(5)
x[1:4] += np.array([1.0, 2.0, 3.0])
x[::2] = 7
x[-1] -= 0.5
print(x, x.argmax(), x[x.argmin()])
idx = np.array([[0, 1], [2, 0]])
print(m[idx], m[idx, 1], m[idx].shape)
print(m[..., None].shape, m[None, ..., None].shape, m[:, None, :].shape)
e = np.eye(3)
e[[0, 1, 2], [2, 1, 0]] = 5
print(e)
