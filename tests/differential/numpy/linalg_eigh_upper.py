# eigh/eigvalsh with UPLO="U" (their own kernels, kept by the per-program kernel analysis), eig of a Markov matrix.
import numpy as np
a = np.array([[2.0, 1, 0], [1, 3, 1], [0, 1, 4]])
w, v = np.linalg.eigh(a, UPLO="U"); print(w); print(v)
print(np.linalg.eigvalsh(a, UPLO="U"))
w, v = np.linalg.eig(np.array([[0.9, 0.1], [0.5, 0.5]]).T); print(w); print(v)
print(np.linalg.eigvals(a), np.linalg.det(a))
