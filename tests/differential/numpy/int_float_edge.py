import numpy as np
print(np.array([2 ** 40]) * 2, np.arange(3) * 10 ** 10)
print(np.array([1, 2, 3]) / 0.0 if False else np.array([1.0, -1.0, 0.0]) / np.array([0.0, 0.0, 1.0]))
print(np.array([10, -10]) // 3, np.array([10, -10]) % -3, np.array([2]) ** 10)
print(np.float64(1) / 3, np.int64(2) ** 62 > 0)
print(np.array([0.1]) * 3, np.array([1e308]) * 10)
