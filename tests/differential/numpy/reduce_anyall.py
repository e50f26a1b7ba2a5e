import numpy as np
a = np.array([[True, False], [True, True]])
print(a.any(), a.all(), a.any(axis=0), a.all(axis=1), np.any(a), np.all(a, axis=0))
print(np.any(np.array([0, 0])), np.all(np.array([1, 2])), np.all([]), np.any([]))
print((np.arange(5) > 3).any(), bool(np.array([1])), bool(np.array([0.0])))
try:
    if np.array([1, 2]):
        pass
except ValueError as e:
    print("ValueError:", e)
