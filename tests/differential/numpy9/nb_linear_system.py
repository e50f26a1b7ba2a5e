# Solving linear systems: circuit currents and a tridiagonal heat equation.
import numpy as np

A = np.array([[10.0, -2.0, -3.0], [-2.0, 8.0, -1.0], [-3.0, -1.0, 9.0]])
b = np.array([12.0, 5.0, 7.0])
x = np.linalg.solve(A, b)
print("currents:", x)
print("residual ok:", np.allclose(A @ x, b))
print("det:", np.linalg.det(A))
print("inverse:\n", np.linalg.inv(A))
print("cond:", np.round(np.linalg.cond(A), 6))

n = 8
T = np.zeros((n, n))
idx = np.arange(n)
T[idx, idx] = 2.0
T[idx[:-1], idx[:-1] + 1] = -1.0
T[idx[1:], idx[1:] - 1] = -1.0
print(T.astype(int))
rhs = np.full(n, 0.1)
rhs[0] += 1.0
rhs[-1] += 0.5
u = np.linalg.solve(T, rhs)
print("temperatures:", np.round(u, 4))
print("max temp at node", np.argmax(u))

B = np.column_stack([b, 2 * b, b - 1])
X = np.linalg.solve(A, B)
print("multi rhs:\n", np.round(X, 5))
print("matrix_rank:", np.linalg.matrix_rank(A), np.linalg.matrix_rank(np.ones((3, 3))))
try:
    np.linalg.solve(np.array([[1.0, 2.0], [2.0, 4.0]]), np.array([1.0, 2.0]))
except np.linalg.LinAlgError as e:
    print("LinAlgError:", e)
print("norms:", np.linalg.norm(b), np.linalg.norm(A), np.linalg.norm(A, 1), np.linalg.norm(A, np.inf))
print("trace:", np.trace(A), "diag:", np.diag(A))
