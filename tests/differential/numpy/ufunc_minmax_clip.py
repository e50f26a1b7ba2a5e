import numpy as np
a = np.array([1, 5, 3, 8])
b = np.array([4, 2, 6, 1])
print(np.maximum(a, b), np.minimum(a, b), np.maximum(a, 4), np.minimum(2.5, a))
print(np.maximum(np.array([1.0, np.nan]), np.array([np.nan, 2.0])))
print(np.clip(a, 2, 6), np.clip(a, None, 4), np.clip(a, 2.5, 5), a.clip(3, 5))
print(np.power(a, 2), np.power(2.0, np.array([0.5, -1])), np.mod(a, 3), np.mod(-7.5, 2))
