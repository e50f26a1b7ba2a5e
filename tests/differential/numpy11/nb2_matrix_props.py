# Properties of a symmetric positive definite matrix: eigen-decomposition, inverses, powers.
import numpy as np

A = np.array([[4.0, 1.0, 0.5, 0.0],
              [1.0, 3.0, 0.25, 0.1],
              [0.5, 0.25, 2.0, 0.3],
              [0.0, 0.1, 0.3, 1.0]])
print("symmetric:", np.array_equal(A, A.T))
w, V = np.linalg.eigh(A)
print("eigenvalues:", w)
print("trace vs sum:", np.trace(A), np.isclose(np.trace(A), w.sum()))
print("det vs prod: %.10f %.10f" % (np.linalg.det(A), np.prod(w)))
print("orthonormal:", np.allclose(V.T @ V, np.eye(4)))
recon = V @ np.diag(w) @ V.T
print("reconstruction error < 1e-12:", np.abs(recon - A).max() < 1e-12)
L = np.linalg.cholesky(A)
print("cholesky:\n", np.round(L, 6))
print("L lower:", np.allclose(L, np.tril(L)))
Ainv = np.linalg.inv(A)
print("inverse:\n", np.round(Ainv, 5))
print("A @ Ainv ~ I:", np.allclose(A @ Ainv, np.eye(4)))
A3 = np.linalg.matrix_power(A, 3)
print("A^3 diag:", np.diag(A3))
print("cond: %.6f" % np.linalg.cond(A))
print("norms: fro %.6f inf %.2f one %.2f" % (np.linalg.norm(A), np.linalg.norm(A, np.inf), np.linalg.norm(A, 1)))
sign, logdet = np.linalg.slogdet(A)
print("slogdet:", sign, round(logdet, 10))
b = np.array([1.0, 2.0, 3.0, 4.0])
x = np.linalg.solve(A, b)
print("solution:", x)
print("residual small:", np.linalg.norm(A @ x - b) < 1e-12)
upper = np.triu(A, 1)
print("upper:\n", upper)
print("off-diagonal sum:", upper.sum() * 2, A.sum() - np.trace(A))
Q = np.eye(4) - 2 * np.outer(V[:, 0], V[:, 0])
print("householder orthogonal:", np.allclose(Q @ Q.T, np.eye(4)))
print("spectral radius: %.12f" % np.max(np.abs(w)))
