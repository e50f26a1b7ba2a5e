# Notebook: a 2x2 rotation matrix has eigenvalues exp(+-i theta), full precision.
import numpy as np

for th in [0.3, np.pi / 2, 2.0]:
    R = np.array([[np.cos(th), -np.sin(th)], [np.sin(th), np.cos(th)]])
    w, v = np.linalg.eig(R)
    print(w)
    print(v)
    print(np.linalg.eigvals(R))
    print(np.angle(w), np.abs(w))
print(np.linalg.eig(np.array([[2.0, 1.0], [1.0, 2.0]])))
print(np.linalg.eigvals(np.array([[0.0, -1.0], [1.0, 0.0]])))
