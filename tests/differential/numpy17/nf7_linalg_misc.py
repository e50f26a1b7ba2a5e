# dot/matmul/outer/inner/trace, inv/solve/det/norm/cholesky/qr on small matrices.
import numpy as np

A = np.array([[4.0, -2.0, 1.0], [-2.0, 4.0, -2.0], [1.0, -2.0, 4.0]])
b = np.array([11.0, -16.0, 17.0])
print(repr(np.dot(A, b)), repr(A @ b), repr(b @ A), repr(np.dot(b, b)), repr(np.inner(b, b)))
print(repr(np.outer(b[:2], b)), repr(np.inner(A, A)), repr(np.trace(A)), repr(np.trace(A, offset=1)))
print(repr(np.matmul(A, A)), repr(np.dot(A, 2)), repr(np.vdot(b, b)))
x = np.linalg.solve(A, b)
print(repr(x), np.allclose(A @ x, b))
Ai = np.linalg.inv(A)
print(repr(Ai))
print(repr(np.round(Ai @ A, 12)))
print(repr(np.linalg.det(A)), repr(np.linalg.det(np.eye(3))), repr(np.linalg.det(np.array([[1, 2], [3, 4]]))))
for o in [None, 1, np.inf, -np.inf, "fro", -1]:
    print(o, repr(np.linalg.norm(A, o)))
print(round(float(np.linalg.norm(A, 2)), 12), round(float(np.linalg.norm(A, "nuc")), 12))
for o in [None, 0, 1, 2, 3, np.inf, -np.inf, -1]:
    print("v", o, repr(np.linalg.norm(b, o)))
print(repr(np.linalg.norm(A, axis=0)), repr(np.linalg.norm(A, axis=1, keepdims=True)), repr(np.linalg.norm(A, 1, axis=1)))
L = np.linalg.cholesky(A)
print(repr(L), np.allclose(L @ L.T, A))
Q, R = np.linalg.qr(A)
print(repr(np.round(np.abs(Q), 10)), repr(np.round(np.abs(R), 10)), np.allclose(Q @ R, A))
Q2, R2 = np.linalg.qr(np.array([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]]))
print(Q2.shape, R2.shape, np.allclose(Q2 @ R2, [[1, 2], [3, 4], [5, 6]]))
w, v = np.linalg.eigh(A)
print(repr(w), repr(np.round(np.abs(v), 10)))
try:
    np.linalg.inv(np.array([[1.0, 2.0], [2.0, 4.0]]))
except np.linalg.LinAlgError as e:
    print("LinAlgError", e)
try:
    np.linalg.cholesky(np.array([[1.0, 2.0], [2.0, 1.0]]))
except np.linalg.LinAlgError as e:
    print("LinAlgError", e)
try:
    np.linalg.solve(A, np.ones(4))
except ValueError as e:
    print("ValueError", e)
S = np.stack([A, 2 * A])
print(repr(np.linalg.det(S)), repr(np.linalg.inv(S)[1]), repr(S @ b))
print(repr(np.linalg.solve(S, np.stack([b, b])[:, :, None])[:, :, 0]))
print(repr(np.tensordot(A, A, axes=1)), repr(np.kron(np.eye(2), np.array([[1, 2], [3, 4]]))))
print(repr(np.cross(np.array([1.0, 0, 0]), np.array([0, 1.0, 0]))), repr(np.einsum("ij,j->i", A, b)))
