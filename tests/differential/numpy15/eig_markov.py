# Notebook: a rotation-like 3-state cycle with damping; eigenvalues on a circle, stationary vector.
import numpy as np

P = np.array([[0.1, 0.9, 0.0], [0.0, 0.1, 0.9], [0.9, 0.0, 0.1]])
w, v = np.linalg.eig(P.T)
order = np.argsort(-np.abs(w))
print(np.round(w[order], 10) + 0)
print(np.round(np.abs(w), 10))
k = np.argmax(np.abs(w))
pi = np.real(v[:, k] / v[:, k].sum())
print(np.round(pi, 10))
print(np.round(np.linalg.eigvals(P), 10) + 0)
