# NumPy 2's complex array printer: alignment, precision, suppress, summarization.
import numpy as np

print(np.array([1.5 + 2j, -10.25 - 0.5j, 100 + 0j]))
print(np.array([1e-6 + 1j, 1 + 1e6j]))
print(np.array([[1 + 1j, -2.5 + 3.125j], [0j, 1e3 - 1j]]))
print(repr(np.array([0.1 + 0.2j, 1 / 3 + 2j / 3])))
z = np.arange(2000) * (1 + 0.5j)
print(z)
print(repr(z[:30]))
with np.printoptions(precision=3):
    print(np.array([np.pi + np.e * 1j, 1 / 7 - 1j / 3]))
with np.printoptions(suppress=True):
    print(np.array([1e-9 + 1j, 123456.789 - 2j]))
print(np.array([complex(1, -0.0), complex(-0.0, 0)]))
print(np.zeros((2, 0), dtype=complex), repr(np.zeros(0, dtype=complex)))
print(np.array2string(np.array([1 + 1j, 2 - 2j]), separator=", "))
print(str(np.array(3 - 4j)), repr(np.array(3 - 4j)))
print(f"{np.complex128(1.5 - 2j)}", "%s" % np.array([1j, 2]))
