# exp, sqrt, log and powers of complex values.
import numpy as np

x = np.linspace(0, 2, 9)
e = np.exp(1j * np.pi * x)
print(e)
print(np.round(e.real, 12), np.round(e.imag, 12))
z = np.array([1 + 1j, -4 + 0j, 0.5 - 2j, -1 - 1e-3j, 2j])
print(np.sqrt(z))
print(np.exp(z))
print(np.abs(np.log(z)))
print(z ** 2, z ** 3, z ** 4)
print(np.square(z))
print(np.exp(1j), np.sqrt(-4 + 0j), np.exp(0.5 + 0.25j))
