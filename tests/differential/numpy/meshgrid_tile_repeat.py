import numpy as np
x, y = np.meshgrid(np.arange(3), np.arange(2))
print(x, y)
i, j = np.meshgrid([1, 2], [3, 4, 5], indexing="ij")
print(i, j)
print(np.tile(np.array([1, 2]), 3), np.tile(np.array([1, 2]), (2, 2)))
print(np.repeat(np.array([1, 2, 3]), 2), np.repeat(np.array([[1, 2], [3, 4]]), 2, axis=0), np.repeat(np.array([1, 2]), [1, 3]))
