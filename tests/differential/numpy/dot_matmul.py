import numpy as np
a = np.array([[1, 2], [3, 4]])
b = np.array([[5, 6], [7, 8]])
print(a @ b, np.dot(a, b), np.matmul(a, b), a.dot(b))
v = np.array([1, 1])
print(a @ v, v @ a, v @ v, np.dot(v, v), np.dot(2, 3))
f = np.arange(6.0).reshape(2, 3)
print(f @ f.T, np.dot(f, np.ones(3)))
print(np.outer([1, 2, 3], [1, 10]), np.inner([1, 2, 3], [4, 5, 6]))
try:
    f @ f
except ValueError as e:
    print("ValueError:", e)
