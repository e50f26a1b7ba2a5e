# Singular value decomposition and the functions built on it.
import numpy as np

A = np.array([[3.0, 1.0, 1.0], [-1.0, 3.0, 1.0]])
U, s, Vt = np.linalg.svd(A)
print(U.shape, s.shape, Vt.shape)
print(np.round(s, 10))
print(np.allclose(U @ np.diag(s) @ Vt[:2], A))
print(np.allclose(U @ U.T, np.eye(2)), np.allclose(Vt @ Vt.T, np.eye(3)))

U2, s2, Vt2 = np.linalg.svd(A, full_matrices=False)
print(U2.shape, s2.shape, Vt2.shape)
print(np.allclose((U2 * s2) @ Vt2, A))
print(np.linalg.svd(A, compute_uv=False))

B = np.array([[4.0, 0.0], [3.0, -5.0]])
print(np.linalg.svd(B, compute_uv=False))
print(round(np.linalg.norm(B, 2), 12), round(np.linalg.norm(B, -2), 12))
print(np.linalg.norm(B, "nuc"))
print(np.linalg.norm(B, "fro"), np.linalg.norm(B))
print(round(np.linalg.cond(B), 12))
print(np.linalg.cond(np.eye(3)))

H = np.array([[1.0 / (i + j + 1) for j in range(5)] for i in range(5)])
sv = np.linalg.svd(H, compute_uv=False)
print(sv)
print("cond", round(np.linalg.cond(H), 3))
print("rank", np.linalg.matrix_rank(H), np.linalg.matrix_rank(np.ones((4, 4))))
print(np.linalg.matrix_rank(np.zeros((3, 3))), np.linalg.matrix_rank(np.eye(4)))

C = np.array([[1.0, 2.0], [2.0, 4.0], [3.0, 6.0]])
print(np.linalg.matrix_rank(C))
P = np.linalg.pinv(C)
print(np.round(P, 8))
print(np.allclose(C @ P @ C, C))
D = np.array([[2.0, 1.0], [1.0, 3.0], [0.0, 1.0]])
print(np.linalg.pinv(D))
print(np.allclose(np.linalg.pinv(D), np.linalg.lstsq(D, np.eye(3), rcond=None)[0]))

# low-rank approximation of an image-like matrix
img = np.outer(np.linspace(0, 1, 6), np.linspace(1, 2, 5)) + 0.01 * np.arange(30).reshape(6, 5) % 3
U, s, Vt = np.linalg.svd(img)
print(np.round(s, 6))
k = 1
approx = U[:, :k] @ np.diag(s[:k]) @ Vt[:k]
print("rank-1 error", round(float(np.linalg.norm(img - approx)), 6), round(float(np.sqrt(np.sum(s[k:] ** 2))), 6))
print("energy", np.round(np.cumsum(s**2) / np.sum(s**2), 6))
