import numpy as np
a = np.arange(1, 7).reshape(2, 3)
print(np.cumsum(a), a.cumsum(axis=0), np.cumsum(a, axis=1))
print(np.cumprod(a), a.cumprod(axis=1))
print(np.cumsum([0.1, 0.2, 0.3]), np.cumsum(np.array([True, True, False])))
print(np.diff(np.array([1, 4, 9, 16])), np.diff(np.array([1, 4, 9, 16]), n=2), np.diff(a, axis=0), np.diff(a))
