import numpy as np
a = np.arange(3)
print(np.expand_dims(a, 0).shape, np.expand_dims(a, 1).shape, np.expand_dims(a, -1))
b = np.zeros((1, 3, 1))
print(np.squeeze(b).shape, b.squeeze(axis=0).shape, np.squeeze(np.array([[5]])))
print(np.atleast_2d(a), np.atleast_1d(5))
try:
    np.squeeze(b, axis=1)
except ValueError as e:
    print("ValueError:", e)
