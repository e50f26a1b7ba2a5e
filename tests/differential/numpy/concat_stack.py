import numpy as np
a = np.array([[1, 2], [3, 4]])
b = np.array([[5, 6]])
print(np.concatenate([a, b]), np.concatenate((a, a), axis=1), np.concatenate([a, b], axis=None))
print(np.stack([np.arange(3), np.arange(3)]), np.stack([np.arange(2), np.arange(2)], axis=1))
print(np.vstack([np.arange(3), np.ones(3)]), np.hstack([np.arange(2), np.arange(3)]), np.hstack([a, a]))
print(np.column_stack([np.arange(3), np.arange(3) * 2]))
print(np.concatenate([np.array([1]), np.array([2.5])]))
try:
    np.concatenate([a, np.arange(3)])
except ValueError as e:
    print("ValueError:", e)
try:
    np.concatenate([a, np.ones((1, 3))])
except ValueError as e:
    print("ValueError:", e)
