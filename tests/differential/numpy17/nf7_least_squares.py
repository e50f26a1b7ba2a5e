# Least-squares fits with lstsq: lines, planes, multiple right-hand sides, rank deficiency.
import numpy as np

x = np.array([0.0, 1.0, 2.0, 3.0, 4.0, 5.0])
y = np.array([1.1, 2.9, 5.2, 7.1, 8.8, 11.2])
A = np.vstack([x, np.ones_like(x)]).T
sol, res, rank, sv = np.linalg.lstsq(A, y, rcond=None)
print(np.round(sol, 12), np.round(res, 10), rank, np.round(sv, 10))
print("fit", np.round(A @ sol, 10))
print("resid", np.round(y - A @ sol, 10))

np.random.seed(5)
pts = np.random.uniform(-2, 2, size=(20, 2))
zz = 3.0 * pts[:, 0] - 1.5 * pts[:, 1] + 0.7 + np.random.normal(0, 0.05, 20)
M = np.column_stack([pts, np.ones(20)])
coef, res, rank, sv = np.linalg.lstsq(M, zz, rcond=None)
print(np.round(coef, 10), np.round(res, 8), rank, np.round(sv, 8))

B = np.column_stack([y, y ** 2, -y])
sol2, res2, rank2, sv2 = np.linalg.lstsq(A, B, rcond=None)
print(np.round(sol2, 10), np.round(res2, 8), rank2)

D = np.array([[1.0, 2.0], [2.0, 4.0], [3.0, 6.0]])
sol3, res3, rank3, sv3 = np.linalg.lstsq(D, np.array([1.0, 2.0, 3.0]), rcond=None)
print(np.round(sol3, 10), res3, rank3, np.round(sv3, 10))

sq = np.array([[2.0, 1.0], [1.0, 3.0]])
sol4, res4, rank4, sv4 = np.linalg.lstsq(sq, np.array([3.0, 5.0]), rcond=None)
print(np.round(sol4, 12), res4, rank4, np.round(sv4, 10))
print(np.round(np.linalg.solve(sq, np.array([3.0, 5.0])), 12))

# Normal equations vs lstsq vs polyfit.
ne = np.linalg.solve(A.T @ A, A.T @ y)
pf = np.polyfit(x, y, 1)
print(np.allclose(ne, sol), np.allclose(pf, sol), np.round(ne - sol, 8))
# Exponential fit via log-linearisation.
t = np.arange(8.0)
counts = 50.0 * np.exp(-0.3 * t) * np.array([1.02, 0.97, 1.01, 1.0, 0.99, 1.03, 0.98, 1.0])
b, loga = np.polyfit(t, np.log(counts), 1)
print("rate", round(float(-b), 8), "a0", round(float(np.exp(loga)), 6))
pred = np.exp(loga) * np.exp(b * t)
print(np.round(pred, 6))
print("rel err", np.round(np.abs(pred - counts) / counts, 6))
W = np.diag([1.0, 1.0, 1.0, 5.0, 5.0, 1.0])
solw = np.linalg.solve(A.T @ W @ A, A.T @ W @ y)
print("weighted", np.round(solw, 10))
print(np.linalg.matrix_rank(A), np.linalg.matrix_rank(D), round(float(np.linalg.cond(A)), 8))
