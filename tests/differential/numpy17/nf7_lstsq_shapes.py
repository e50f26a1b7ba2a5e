# lstsq on rank-deficient and underdetermined systems (minimum-norm solutions), solve on stacks.
import numpy as np

D = np.array([[1.0, 2.0], [2.0, 4.0], [3.0, 6.0]])
x, res, rank, sv = np.linalg.lstsq(D, np.array([1.0, 2.0, 3.5]), rcond=None)
print(x, res, int(rank), np.round(sv, 10))
W = np.array([[1.0, 2.0, 3.0], [2.0, 4.0, 6.0]])
x, res, rank, sv = np.linalg.lstsq(W, np.array([1.0, 2.0]), rcond=None)
print(x, res, int(rank), np.round(sv, 10))
x, res, rank, sv = np.linalg.lstsq(W, np.array([[1.0, 0.0], [2.0, 1.0]]), rcond=None)
print(x, res, int(rank))
U = np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
x = np.linalg.lstsq(U, np.array([1.0, 2.0]), rcond=None)[0]
print(x, np.allclose(U @ x, [1.0, 2.0]), np.allclose(x, np.linalg.pinv(U) @ np.array([1.0, 2.0])))
x, res, rank, sv = np.linalg.lstsq(np.zeros((3, 2)), np.ones(3), rcond=None)
print(x, res, int(rank), sv)
# A design matrix with a duplicated column: the minimum-norm split of the coefficient.
t = np.linspace(0, 1, 6)
X = np.column_stack([np.ones(6), t, t])
y = 2.0 + 3.0 * t
c, res, rank, sv = np.linalg.lstsq(X, y, rcond=None)
print(np.round(c, 10), int(rank), np.round(X @ c, 10))
c2 = np.linalg.lstsq(X, y, rcond=0.5)[0]
print(np.round(c2, 10))
S = np.stack([np.eye(2) * 2, np.array([[1.0, 2.0], [3.0, 4.0]])])
print(np.linalg.solve(S, np.array([1.0, 1.0])))
print(np.linalg.solve(S, np.array([[[1.0], [2.0]], [[3.0], [4.0]]])))
print(np.linalg.solve(np.array([[2.0, 0.0], [0.0, 4.0]]), np.ones((3, 2, 1))))
print(np.linalg.solve(S, np.ones((2, 2, 3))))
try:
    np.linalg.solve(S, np.ones((2, 3, 1)))
except ValueError as e:
    print("ValueError", e)
try:
    np.linalg.solve(np.stack([np.eye(2), np.zeros((2, 2))]), np.ones(2))
except np.linalg.LinAlgError as e:
    print("LinAlgError", e)
print(np.linalg.det(S), np.linalg.inv(S))
for A, b in [(np.ones(3), np.ones(3)), (np.ones((3, 2)), np.ones(4)), (np.ones((3, 2)), np.ones((3, 2, 1))), (np.ones((2, 3)), np.ones(2))]:
    try:
        print(np.linalg.lstsq(A, b, rcond=None)[0])
    except Exception as e:
        print(type(e).__name__, e)
