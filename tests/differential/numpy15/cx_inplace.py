# In-place operators, setitem from Python complex values, fill and where on complex arrays.
import numpy as np

z = np.zeros(4, dtype=complex)
z += 1
z *= 1j
z[2] = 3 - 4j
z[-1] += 2
print(z)
z.fill(0.5j)
print(z)
m = np.array([1 + 1j, -2 + 0j, 3j, 4])
m[m.real < 0] = 0
print(m)
print(np.where(m.imag > 0, m, -1))
q = np.ones((2, 2)) * (1 - 1j)
q[0, 1] = 7j
q.imag[1] = 9
print(q, q.sum())
