# Least squares through QR and SVD, orthogonal projections and Gram-Schmidt by hand.
import numpy as np

A = np.array([[1.0, 0.0, 1.0], [1.0, 1.0, 0.0], [1.0, 2.0, 1.0], [1.0, 3.0, 3.0], [1.0, 4.0, 2.0]])
b = np.array([1.0, 2.0, 2.5, 4.5, 4.0])
Q, R = np.linalg.qr(A)
print("Q shape", Q.shape, "R upper:", np.allclose(R, np.triu(R)))
print("Q^T Q = I:", np.allclose(Q.T @ Q, np.eye(3)))
x_qr = np.linalg.solve(R, Q.T @ b)
x_ls = np.linalg.lstsq(A, b, rcond=None)[0]
print("qr vs lstsq:", np.allclose(x_qr, x_ls))
print("solution:", np.round(x_ls, 8))
P = A @ np.linalg.inv(A.T @ A) @ A.T
print("projection idempotent:", np.allclose(P @ P, P), "symmetric:", np.allclose(P, P.T))
print("trace(P) = %.6f" % np.trace(P))
res = b - P @ b
print("residual orthogonal:", np.allclose(A.T @ res, 0), "norm %.8f" % np.linalg.norm(res))
def gram_schmidt(M):
    Qm = np.zeros_like(M)
    for j in range(M.shape[1]):
        v = M[:, j].copy()
        for k in range(j):
            v -= (Qm[:, k] @ M[:, j]) * Qm[:, k]
        Qm[:, j] = v / np.linalg.norm(v)
    return Qm
G = gram_schmidt(A)
print("GS orthonormal:", np.allclose(G.T @ G, np.eye(3)))
print("same span:", np.allclose(np.abs(G.T @ Q), np.abs(np.diag(np.diag(G.T @ Q)))) or np.allclose(G @ G.T, Q @ Q.T))
U, s, Vt = np.linalg.svd(A, full_matrices=False)
print("singular values:", np.round(s, 8))
x_svd = Vt.T @ ((U.T @ b) / s)
print("svd solution close:", np.allclose(x_svd, x_ls))
pinvA = np.linalg.pinv(A)
print("pinv close:", np.allclose(pinvA @ b, x_ls), pinvA.shape)
print("rank:", np.linalg.matrix_rank(A), "cond %.6f" % (s[0] / s[-1]))
A2 = np.column_stack([A, A[:, 1] + A[:, 2]])
print("rank deficient:", np.linalg.matrix_rank(A2), A2.shape)
u = np.array([1.0, 2.0, 2.0])
v = np.array([3.0, 0.0, 4.0])
proj = (u @ v) / (v @ v) * v
print("proj:", proj, "angle deg %.6f" % np.degrees(np.arccos(u @ v / np.linalg.norm(u) / np.linalg.norm(v))))
print("cross:", np.cross(u, v), np.dot(np.cross(u, v), u))
print(np.inner(u, v), np.outer(u, v)[1], np.vdot(u, v))
