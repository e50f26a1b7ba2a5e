# Notebook: roots of polynomials through np.roots (the companion matrix's eigenvalues).
import numpy as np

print(np.roots([1, 0, 1]))
print(np.roots([1, -3, 2]))
print(np.round(np.roots([1, 2, 3, 4]), 10) + 0)
print(np.round(np.roots([1, 0, 0, 0, -1]), 10) + 0)
r = np.roots([2.0, -1.0, 0.5, 3.0])
print(np.round(r, 10) + 0, np.iscomplexobj(r))
print(np.round(np.polyval([2.0, -1.0, 0.5, 3.0], r), 10) + 0)
M = np.array([[1.0, 2, 0, 3], [-2, 1, 1, 0], [0.5, 0, 2, -1], [1, 1, 1, 1]])
w = np.linalg.eigvals(M)
print(np.round(w, 10) + 0)
w, v = np.linalg.eig(M)
print(np.round(v, 8) + 0)
print(np.allclose(M @ v, v * w))
