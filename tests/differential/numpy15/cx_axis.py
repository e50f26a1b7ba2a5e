# Sums and means of complex arrays along an axis.
import numpy as np

z = (np.arange(24).reshape(4, 6) + 1j * np.cos(np.arange(24)).reshape(4, 6)) / 7
print(z.sum(axis=0).tolist())
print(z.sum(axis=1).tolist())
print(np.mean(z, axis=0).tolist())
print(np.mean(z, axis=-1).tolist())
print(np.sum(z.reshape(2, 3, 4), axis=1))
w = np.exp(0.3j * np.arange(40)).reshape(2, 20)
print(w.sum(axis=1).tolist(), w.mean(axis=1).tolist())
v = np.array([1 + 2j, -0.5j, 3.0])
print(np.linalg.norm(v), np.round(np.linalg.norm(np.linalg.eig(np.array([[0.0, -2.0], [1.0, 0.0]]))[1], axis=None), 12))
