import numpy as np
a = np.arange(1, 7).reshape(2, 3)
print(a.sum(), a.mean(), a.max(), a.min(), a.prod(), a.std(), a.var(), a.cumsum(), a.argmax(), a.argmin())
print(a.any(), a.all(), a.ptp() if hasattr(a, "ptp") else a.max() - a.min(), a.round(), a.clip(2, 4))
print(a.reshape(3, 2).T, a.repeat(2), a.copy().flatten(), a.squeeze().shape)
b = np.array([3.0, 1.0, 2.0])
b.sort()
print(b, b.argsort(), b.tolist(), b.fill(0), b)
