# Matrix applications: Gram-Schmidt vs qr, power iteration vs eigh, Cholesky solves, projections, LU determinant.
import numpy as np

rng = np.random.RandomState(808)
A = rng.normal(size=(5, 3))
Q = np.zeros_like(A)
R = np.zeros((3, 3))
for j in range(3):
    v = A[:, j].copy()
    for i in range(j):
        R[i, j] = Q[:, i] @ A[:, j]
        v -= R[i, j] * Q[:, i]
    R[j, j] = np.linalg.norm(v)
    Q[:, j] = v / R[j, j]
q2, r2 = np.linalg.qr(A)
s = np.sign(np.diag(r2))
np.set_printoptions(precision=6, suppress=True)
print(np.allclose(Q, q2 * s), np.allclose(R, s[:, None] * r2))
print(np.round(R, 6))
print("orthogonality error %.2e" % np.abs(Q.T @ Q - np.eye(3)).max())
S = A.T @ A
v = np.ones(3)
for it in range(100):
    w = S @ v
    lam = np.linalg.norm(w)
    v = w / lam
print("power iteration %.8f eigh max %.8f" % (lam, np.linalg.eigvalsh(S)[-1]))
print("rayleigh %.8f" % (v @ S @ v / (v @ v)))
L = np.linalg.cholesky(S)
b = np.array([1.0, -2.0, 0.5])
y = np.linalg.solve(L, b)
x = np.linalg.solve(L.T, y)
print("cholesky solve:", x, np.allclose(S @ x, b))
P = A @ np.linalg.inv(A.T @ A) @ A.T
print("projection idempotent:", np.allclose(P @ P, P), "trace %.6f rank %d" % (np.trace(P), np.linalg.matrix_rank(P)))
z = rng.normal(size=5)
pz = P @ z
print("residual orthogonal:", np.allclose(A.T @ (z - pz), 0))
M = rng.normal(size=(4, 4))
U = M.copy()
n = 4
perm_sign = 1.0
for k in range(n - 1):
    p = k + np.argmax(np.abs(U[k:, k]))
    if p != k:
        U[[k, p]] = U[[p, k]]
        perm_sign = -perm_sign
    for i in range(k + 1, n):
        f = U[i, k] / U[k, k]
        U[i, k:] -= f * U[k, k:]
print("LU det %.8f np det %.8f" % (perm_sign * np.prod(np.diag(U)), np.linalg.det(M)))
print("upper:", np.allclose(np.tril(U, -1), 0))
Minv = np.linalg.inv(M)
print("inv check:", np.allclose(M @ Minv, np.eye(4)), "cond %.6f" % np.linalg.cond(M))
print("norms:", round(np.linalg.norm(M), 6), round(np.linalg.norm(M, 1), 6), round(np.linalg.norm(M, np.inf), 6))
K = np.kron(np.eye(2), np.array([[2.0, 1.0], [1.0, 3.0]]))
print(K)
print("kron det %.6f = %.6f" % (np.linalg.det(K), np.linalg.det(np.array([[2.0, 1.0], [1.0, 3.0]])) ** 2))
sol = np.linalg.solve(K, np.arange(1.0, 5.0))
print(sol)
H = np.array([[1.0 / (i + j + 1) for j in range(5)] for i in range(5)])
print("hilbert cond %.6e det %.6e" % (np.linalg.cond(H), np.linalg.det(H)))
xh = np.linalg.solve(H, H @ np.ones(5))
print("hilbert solve error %.2e" % np.abs(xh - 1).max())
