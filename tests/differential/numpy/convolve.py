import numpy as np
a = np.array([1, 2, 3])
v = np.array([0, 1, 0.5])
print(np.convolve(a, v), np.convolve(a, v, "same"), np.convolve(a, v, "valid"))
print(np.convolve([1, 2, 3, 4, 5], [1, 1]), np.correlate([1, 2, 3], [0, 1, 0.5]), np.correlate([1, 2, 3], [0, 1, 0.5], "full"))
print(np.convolve(np.ones(5) / 5, np.arange(10.0), mode="valid"))
