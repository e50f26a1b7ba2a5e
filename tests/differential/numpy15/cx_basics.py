# complex128 arrays: creation, promotion, arithmetic and printing.
import numpy as np

a = np.array([1 + 2j, 3, -0.5j])
print(a)
print(repr(a))
print(a.dtype, a.shape, a.ndim, a.size, a.itemsize)
b = np.arange(4) * 1j
print(b, b.dtype)
print(1j * np.array([1.5, -2.0]))
print(np.array([True, False]) + 1j)
c = np.array([1, 2, 3], dtype=complex)
print(c, repr(c))
print(np.zeros(2, dtype=complex), np.ones((2, 2), dtype=np.complex128))
print(a + 1, a - 2j, a * a, a / (1 - 1j))
print(-a, +a)
print(a == a[0], a != 3)
print(a ** 2, a ** 3, a ** -1)
print(np.array([1e10 + 1j, 1e-5j]))
print(np.array([[1 + 1j, 2.5], [-3j, 4 - 4j]]))
print(repr(np.array([[1 + 1j, 2.5], [-3j, 4 - 4j]])))
print(np.array(1 + 1j), repr(np.array(2j)))
print(np.array([np.nan + 1j, 1 + np.inf * 1j, complex(np.inf, -np.inf)]))
