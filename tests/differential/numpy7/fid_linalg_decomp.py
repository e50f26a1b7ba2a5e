# QR, Cholesky, lstsq and determinants as a small regression notebook would use them.
import numpy as np

A = np.array([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])
q, r = np.linalg.qr(A)
print(q)
print(r)
print(np.allclose(q @ r, A))
q2, r2 = np.linalg.qr(np.array([[2.0, -1.0], [1.0, 3.0]]))
print(q2, r2)
print(np.linalg.qr(A, mode="r"))
K = np.array([[4.0, 2.0, 0.6], [2.0, 5.0, 1.5], [0.6, 1.5, 3.0]])
L = np.linalg.cholesky(K)
print(L)
print(np.allclose(L @ L.T, K))
x = np.array([0.0, 1.0, 2.0, 3.0, 4.0])
y = np.array([1.1, 2.9, 5.2, 7.1, 8.8])
X = np.column_stack([np.ones_like(x), x])
coef, res, rank, sv = np.linalg.lstsq(X, y, rcond=None)
print(coef, res, rank, sv)
sol = np.linalg.lstsq(X, np.column_stack([y, 2 * y]), rcond=None)
print(sol[0], sol[1])
print(np.linalg.det(np.array([[1.0, 2.0], [2.0, 4.0]])))
print(np.linalg.det(np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0], [7.0, 8.0, 9.0]])))
print(np.linalg.det(np.eye(3) * 2), np.linalg.det(np.array([[0.0, 1.0], [1.0, 0.0]])))
print(np.linalg.det(np.array([[3.0]])), np.linalg.det(np.arange(4).reshape(2, 2)))
print(np.linalg.slogdet(K))
for mat in ([[1.0, 2.0], [2.0, 4.0]], [[0.0, 0.0], [0.0, 0.0]], [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0], [7.0, 8.0, 9.0]]):
    try:
        print(np.linalg.inv(np.array(mat)))
    except np.linalg.LinAlgError as e:
        print("LinAlgError:", e)
try:
    np.linalg.cholesky(np.array([[1.0, 2.0], [2.0, 1.0]]))
except np.linalg.LinAlgError as e:
    print("LinAlgError:", e)
print(np.linalg.inv(K))
print(np.linalg.solve(K, np.array([1.0, 2.0, 3.0])))
print(np.linalg.matrix_rank(A), np.linalg.matrix_rank(np.ones((3, 3))))
print(np.linalg.matrix_power(np.array([[1, 1], [1, 0]]), 10))
print(np.trace(K), np.linalg.inv(np.array([[2.0, 0.0], [0.0, 4.0]])))
