# Solving small linear systems and iterative methods (Jacobi, power iteration) with convergence checks.
import numpy as np

A = np.array([[10.0, -1.0, 2.0, 0.0], [-1.0, 11.0, -1.0, 3.0], [2.0, -1.0, 10.0, -1.0], [0.0, 3.0, -1.0, 8.0]])
b = np.array([6.0, 25.0, -11.0, 15.0])
x_exact = np.linalg.solve(A, b)
print(x_exact)
D = np.diag(A)
R = A - np.diag(D)
x = np.zeros_like(b)
for it in range(100):
    x_new = (b - R @ x) / D
    if np.linalg.norm(x_new - x, ord=np.inf) < 1e-10:
        break
    x = x_new
print(it, x_new.round(10), np.allclose(x_new, x_exact))
print(np.linalg.norm(A @ x_new - b) < 1e-8, np.linalg.cond(A).round(6) if False else np.linalg.norm(A, 1))
print(np.linalg.norm(A, np.inf), np.linalg.norm(A, "fro").round(10), np.linalg.norm(b), np.linalg.norm(b, 1))
v = np.ones(4)
lam = 0.0
for k in range(200):
    w = A @ v
    lam_new = np.linalg.norm(w)
    v = w / lam_new
    if abs(lam_new - lam) < 1e-12:
        break
    lam = lam_new
print(k, round(lam_new, 8), v.round(6))
ev = np.linalg.eigvalsh(A)
print(ev.round(8), np.isclose(ev.max(), lam_new))
print(np.linalg.det(A).round(6), np.prod(ev).round(6))
Ai = np.linalg.inv(A)
print(np.allclose(A @ Ai, np.eye(4)), (Ai @ b).round(10))
B = np.column_stack([b, 2 * b])
X = np.linalg.solve(A, B)
print(X.round(8))
L = np.linalg.cholesky(A)
y = np.linalg.solve(L, b)
z = np.linalg.solve(L.T, y)
print(np.allclose(z, x_exact), L[3].round(8))
Q, Rq = np.linalg.qr(A)
print(np.allclose(Q @ Rq, A), np.allclose(Q.T @ Q, np.eye(4)), np.abs(np.diag(Rq)).round(6))
print(np.trace(A), np.trace(A, offset=1), np.diag(A, k=-1), np.diag(np.diag(A)).shape)
print(np.dot(b, b), np.inner(b, b), np.vdot(b, b), np.outer(b[:2], b[:3]))
print(np.matmul(A[:2], A[:, :2]), (A @ A)[0], np.linalg.matrix_power(A, 2)[0])
try:
    np.linalg.solve(A[:3], b[:3])
except Exception as e:
    print(type(e).__name__, e)
try:
    np.linalg.inv(np.ones((3, 3)))
except Exception as e:
    print(type(e).__name__, e)
print(np.linalg.matrix_rank(np.ones((3, 3))), np.linalg.matrix_rank(A))
