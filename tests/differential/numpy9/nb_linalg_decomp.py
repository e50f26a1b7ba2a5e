# Matrix decompositions people reach for: Cholesky, QR, SVD low-rank, determinants, inverses.
import numpy as np

A = np.array([[4.0, 2.0, 0.6], [2.0, 5.0, 1.5], [0.6, 1.5, 3.0]])
L = np.linalg.cholesky(A)
print("cholesky L:\n", np.round(L, 6))
print("L @ L.T == A:", np.allclose(L @ L.T, A))
y = np.linalg.solve(L, np.array([1.0, 2.0, 3.0]))
x = np.linalg.solve(L.T, y)
print("solution via cholesky:", np.round(x, 6), np.allclose(A @ x, [1, 2, 3]))

M = np.array([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])
U, s, Vt = np.linalg.svd(M, full_matrices=False)
print("singular values:", np.round(s, 6))
print("shapes:", U.shape, s.shape, Vt.shape)
print("reconstruct:", np.allclose(U @ np.diag(s) @ Vt, M))
rank1 = s[0] * np.outer(U[:, 0], Vt[0])
print("rank-1 approx error:", np.round(np.linalg.norm(M - rank1), 6))
print("fro norm = sqrt(sum s^2):", np.isclose(np.linalg.norm(M), np.sqrt((s**2).sum())))
print("svd values only:", np.round(np.linalg.svd(M, compute_uv=False), 6))

Q, R = np.linalg.qr(M)
print("Q orthonormal columns:", np.allclose(Q.T @ Q, np.eye(2)))
print("abs R:\n", np.round(np.abs(R), 6))
dets = [np.linalg.det(np.array([[2.0, 1.0], [1.0, 3.0]])), np.linalg.det(np.eye(4) * 2), np.linalg.det(A)]
print("dets:", [round(d, 6) for d in dets])
sign, logdet = np.linalg.slogdet(A)
print("slogdet:", sign, round(logdet, 6))
Ainv = np.linalg.inv(A)
print("inverse:\n", np.round(Ainv, 6))
print("A @ Ainv close to I:", np.allclose(A @ Ainv, np.eye(3)))
H = np.array([[1 / (i + j + 1) for j in range(5)] for i in range(5)])
print("hilbert cond > 1e5:", np.linalg.cond(H) > 1e5)
print("hilbert det:", f"{np.linalg.det(H):.6e}")
print("eigvalsh hilbert:", np.array2string(np.linalg.eigvalsh(H), precision=4))
print("matrix_power:\n", np.linalg.matrix_power(np.array([[1, 1], [1, 0]]), 10))
print("multi_dot:", np.round(np.linalg.multi_dot([A, A, np.ones(3)]), 4))
try:
    np.linalg.cholesky(np.array([[1.0, 2.0], [2.0, 1.0]]))
except np.linalg.LinAlgError as err:
    print("not positive definite:", err)
