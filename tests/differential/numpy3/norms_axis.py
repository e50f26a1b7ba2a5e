import numpy as np
x = np.array([[3.0, -4.0, 0.0], [1.0, 2.0, -2.0]])
print(np.linalg.norm(x, axis=1), np.linalg.norm(x, ord=1, axis=1), np.linalg.norm(x, np.inf, axis=0), np.linalg.norm(x, -np.inf, axis=1))
print(np.linalg.norm(x, 0, axis=1), np.linalg.norm(x, 3, axis=1), np.linalg.norm(x, 2, axis=1, keepdims=True), np.linalg.norm(x, ord=1, axis=0, keepdims=True))
print(np.linalg.norm(x, -1), np.linalg.norm(x, -np.inf), np.linalg.norm(x[0], 3))
