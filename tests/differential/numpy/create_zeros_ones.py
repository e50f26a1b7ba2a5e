import numpy as np
print(np.zeros(3), np.ones((2, 2)), np.zeros(4, dtype=int))
print(repr(np.full((2, 3), 7)), repr(np.full(2, 1.5)))
print(np.empty(0).shape, np.zeros((2, 0)).shape)
a = np.arange(6).reshape(2, 3)
print(np.zeros_like(a), np.ones_like(a, dtype=float), np.full_like(a, 9))
print(np.eye(3), np.eye(2, 3, k=1), np.identity(2, dtype=int))
