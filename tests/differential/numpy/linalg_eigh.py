# np.linalg.eigh / eigvalsh follow LAPACK dsyevd: ascending eigenvalues, LAPACK's vector signs.
import numpy as np

w, v = np.linalg.eigh(np.array([[2.0, 1.0], [1.0, 2.0]]))
print(w)
print(v)
print(*np.linalg.eigh(np.array([[2.0, -1.0, 0.0], [-1.0, 2.0, -1.0], [0.0, -1.0, 2.0]])), sep="\n")

A = np.array([[4.0, 1.0, -2.0, 2.0], [1.0, 2.0, 0.0, 1.0], [-2.0, 0.0, 3.0, -2.0], [2.0, 1.0, -2.0, -1.0]])
w, v = np.linalg.eigh(A)
print(w)
print(v)
print(np.linalg.eigvalsh(A))
print(np.allclose(v.T @ v, np.eye(4)), np.allclose(A @ v, v * w))

B = np.array([[0.6, -0.91, 0.82, 1.82, -2.38, 0.84], [-0.91, -0.64, 1.11, -0.9, 0.53, 0.37],
              [0.82, 1.11, 0.94, -1.04, 0.9, -1.47], [1.82, -0.9, -1.04, -1.36, 1.59, -0.96],
              [-2.38, 0.53, 0.9, 1.59, 0.82, 1.05], [0.84, 0.37, -1.47, -0.96, 1.05, 2.26]])
w, v = np.linalg.eigh(B)
print(w)
print(v)

# Only the lower triangle is read (UPLO='L').
C = np.array([[3.0, 100.0], [1.0, 3.0]])
print(*np.linalg.eigh(C), sep="\n")
print(np.linalg.eigvalsh(C))

# Covariance matrix / PCA.
np.random.seed(3)
X = np.random.rand(20, 3)
Xc = X - X.mean(axis=0)
cov = Xc.T @ Xc / (X.shape[0] - 1)
w, v = np.linalg.eigh(cov)
print(np.round(w, 8))
print(np.round(v, 8))

# Integer, diagonal and 1x1 inputs.
print(*np.linalg.eigh(np.array([[2, 1], [1, 2]])), sep="\n")
print(*np.linalg.eigh(np.diag([3.0, 1.0, 2.0])), sep="\n")
print(*np.linalg.eigh(np.array([[7.0]])), sep="\n")

# UPLO='U' reads the upper triangle (and reduces bottom-up: other signs).
w, v = np.linalg.eigh(A, UPLO='U')
print(w)
print(v)
print(*np.linalg.eigh(C, UPLO='U'), sep="\n")
print(np.linalg.eigvalsh(C, 'u'))
try:
    np.linalg.eigh(A, UPLO='X')
except ValueError as e:
    print("ValueError:", e)
