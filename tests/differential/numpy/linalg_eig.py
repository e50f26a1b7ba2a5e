# np.linalg.eig / eigvals follow LAPACK dgeev: eigenvalue order and eigenvector signs.
import numpy as np

w, v = np.linalg.eig(np.array([[2.0, 1.0], [1.0, 2.0]]))
print(w)
print(v)
print(*np.linalg.eig(np.array([[4.0, 1.0], [2.0, 3.0]])), sep="\n")

# Triangular matrices: the balancing permutations decide the order.
for a in ([[1, 2, 3], [0, 4, 5], [0, 0, 6]], [[1, 0, 0], [2, 4, 0], [3, 5, 6]]):
    w, v = np.linalg.eig(np.array(a, dtype=float))
    print(w)
    print(v)

# Defective matrix and 1x1.
w, v = np.linalg.eig(np.array([[1.0, 1.0], [0.0, 1.0]]))
print(w, v[:, 0])
print(*np.linalg.eig(np.array([[5.0]])), sep="\n")

# Stationary distribution of a Markov chain.
P = np.array([[0.5, 0.3, 0.2], [0.2, 0.6, 0.2], [0.1, 0.2, 0.7]])
w, v = np.linalg.eig(P.T)
print(np.round(w, 8))
i = np.argmin(np.abs(w - 1.0))
pi = v[:, i] / v[:, i].sum()
print(np.round(pi, 8))

# Needs balancing (scaling by powers of 2).
w, v = np.linalg.eig(np.array([[1.0, 1e4], [1e-4, 1.0]]))
print(w)
print(v)
w, v = np.linalg.eig(np.array([[1.0, 200.0, 0.0], [0.001, 2.0, 0.5], [0.0, 0.003, 3.0]]))
print(w)
print(v)

# Companion matrix of (x-1)(x-2)(x-3).
print(np.round(np.linalg.eigvals(np.array([[6.0, -11.0, 6.0], [1.0, 0.0, 0.0], [0.0, 1.0, 0.0]])), 10))

# Symmetric 4x4 and 6x6 through eig (not eigh): dgeev's order, not ascending.
A = np.array([[4.0, 1.0, -2.0, 2.0], [1.0, 2.0, 0.0, 1.0], [-2.0, 0.0, 3.0, -2.0], [2.0, 1.0, -2.0, -1.0]])
w, v = np.linalg.eig(A)
print(w)
print(v)
print(np.allclose(A @ v, v * w))
B = np.array([[0.6, -0.91, 0.82, 1.82, -2.38, 0.84], [-0.91, -0.64, 1.11, -0.9, 0.53, 0.37],
              [0.82, 1.11, 0.94, -1.04, 0.9, -1.47], [1.82, -0.9, -1.04, -1.36, 1.59, -0.96],
              [-2.38, 0.53, 0.9, 1.59, 0.82, 1.05], [0.84, 0.37, -1.47, -0.96, 1.05, 2.26]])
w, v = np.linalg.eig(B)
print(w)
print(v)
print(np.linalg.eigvals(B))

# Integer input, upper triangular with a repeated eigenvalue.
w, v = np.linalg.eig(np.array([[2, 1, 0], [0, 2, 1], [0, 0, 3]]))
print(w)
print(w.dtype, v.dtype, v.shape)

# Random non-symmetric matrices with real spectrum: Q diag Q^-1 and stochastic ones.
np.random.seed(7)
M = np.random.rand(4, 4)
M = M / M.sum(axis=1, keepdims=True)
w, v = np.linalg.eig(M)
print(np.round(w, 6))
print(np.round(v, 6))
D = np.diag([1.0, 2.0, 3.0, 5.0, 8.0])
S = np.array([[2.0, 1, 1, 3, 1], [1, 3, 2, 1, 1], [3, 1, 2, 1, 1], [1, 1, 1, 3, 2], [1, 2, 1, 1, 3]])
w, v = np.linalg.eig(S @ D @ np.linalg.inv(S))
print(np.round(w, 8))
print(np.round(v, 6))
