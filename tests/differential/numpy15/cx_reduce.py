# Sums, means and products of complex arrays (NumPy's pairwise complex sum), full precision.
import numpy as np

z = np.exp(1j * np.linspace(0, 3, 7)) * np.arange(1, 8)
print(z.sum().real, z.sum().imag)
print(repr(z.mean()), repr(np.sum(z[:3])))
w = np.exp(0.1j * np.arange(300)) * (1 + np.arange(300) / 7)
print(repr(w.sum()), repr(w.mean()))
print(repr(z.prod()))
print(np.cumsum(z[:4]).tolist())
print(np.sum(z.reshape(7, 1)), np.mean(np.array([1j, 3, 5 - 2j])))
