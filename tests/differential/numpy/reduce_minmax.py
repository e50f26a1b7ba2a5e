import numpy as np
a = np.array([[3, 7, 1], [9, 2, 5]])
print(a.min(), a.max(), a.min(axis=0), a.max(axis=1), np.min(a), np.max(a, axis=0), np.amax(a), np.amin(a, axis=1))
print(a.argmin(), a.argmax(), a.argmax(axis=0), a.argmin(axis=1), np.argmax(a), np.argmin(a, axis=0))
print(np.ptp(a), np.ptp(a, axis=1), a.max(keepdims=True))
f = np.array([2.5, -1.0, 7.25])
print(f.min(), f.max(), repr(f.max()), np.argmax(f))
try:
    np.array([]).max()
except ValueError as e:
    print("ValueError:", e)
