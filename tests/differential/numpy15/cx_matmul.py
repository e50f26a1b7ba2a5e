# matrix products with complex operands.
import numpy as np

a = np.array([[1 + 2j, 3 - 1j], [0.5j, 2]])
b = np.array([[2, -1j], [1 + 1j, 4]])
print(a @ b)
print(a @ np.array([[1.0, 0.0], [0.0, 1.0]]))
print(np.dot(a, b))
print(a @ a @ a)
v = np.array([1j, 1])
print(np.round(a @ v, 12))
