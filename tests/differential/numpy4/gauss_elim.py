# Gaussian elimination with partial pivoting written with row views, checked against np.linalg.
import numpy as np

def solve_gauss(A, b):
    A = A.astype(float).copy()
    b = b.astype(float).copy()
    n = len(b)
    for k in range(n):
        p = k + np.argmax(np.abs(A[k:, k]))
        if A[p, k] == 0:
            raise np.linalg.LinAlgError("Singular matrix")
        if p != k:
            A[[k, p]] = A[[p, k]]
            b[[k, p]] = b[[p, k]]
        for i in range(k + 1, n):
            f = A[i, k] / A[k, k]
            A[i, k:] -= f * A[k, k:]
            b[i] -= f * b[k]
    x = np.zeros(n)
    for i in range(n - 1, -1, -1):
        x[i] = (b[i] - A[i, i + 1:] @ x[i + 1:]) / A[i, i]
    return x, A

A = np.array([[2, 1, -1], [-3, -1, 2], [-2, 1, 2]])
b = np.array([8, -11, -3])
x, U = solve_gauss(A, b)
print(x)
print(np.round(U, 6))
print(np.linalg.solve(A, b))
print(np.allclose(A @ x, b), np.linalg.det(A), np.round(np.linalg.det(A)))
print(np.linalg.inv(A))
print(np.round(np.linalg.inv(A) @ A, 12))
H = np.array([[1.0 / (i + j + 1) for j in range(4)] for i in range(4)])
xh, _ = solve_gauss(H, np.ones(4))
print(xh)
print(np.linalg.solve(H, np.ones(4)))
print(np.max(np.abs(xh - np.linalg.solve(H, np.ones(4)))) < 1e-8)
S = np.array([[1.0, 2.0], [2.0, 4.0]])
try:
    solve_gauss(S, np.ones(2))
except np.linalg.LinAlgError as e:
    print("LinAlgError:", e)
try:
    np.linalg.solve(S, np.ones(2))
except np.linalg.LinAlgError as e:
    print("numpy LinAlgError:", e)
print(np.linalg.det(S), np.linalg.matrix_rank(S))
B = np.array([[4.0, -2.0, 1.0], [-2.0, 4.0, -2.0], [1.0, -2.0, 4.0]])
L = np.linalg.cholesky(B)
print(L)
print(np.allclose(L @ L.T, B))
y = np.linalg.solve(L, np.array([11.0, -16.0, 17.0]))
print(np.linalg.solve(L.T, y))
Q, R = np.linalg.qr(B)
print(np.round(R, 6))
print(np.allclose(Q @ R, B))
M = np.array([[1, 2], [3, 4]])
print(np.linalg.matrix_power(M, 3), np.linalg.matrix_power(M, 0))
print(np.linalg.inv(M), np.linalg.det(M))
sign, logdet = np.linalg.slogdet(B)
print(sign, logdet, np.exp(logdet))
print(np.trace(B), np.linalg.eigvalsh(B))
