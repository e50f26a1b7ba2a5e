# Top-k tables with take_along_axis, building design matrices with r_/c_, and index helpers.
import numpy as np

rng = np.random.default_rng(17)
scores = rng.integers(40, 100, size=(5, 6))
print("scores:\n", scores)
order = np.argsort(-scores, axis=1, kind="stable")
top3_idx = order[:, :3]
top3 = np.take_along_axis(scores, top3_idx, axis=1)
print("top-3 columns per row:\n", top3_idx)
print("top-3 values:\n", top3)
best = np.take_along_axis(scores, np.argmax(scores, axis=0)[None, :], axis=0)
print("best per column:", best.ravel())
sorted_cols = np.take_along_axis(scores, np.argsort(scores, axis=0, kind="stable"), axis=0)
print("sorted columns equal np.sort:", np.array_equal(sorted_cols, np.sort(scores, axis=0)))
masked = scores.copy()
np.put_along_axis(masked, np.argmin(masked, axis=1)[:, None], 0, axis=1)
print("lowest per row zeroed:\n", masked)
x = np.linspace(0, 1, 5)
X = np.c_[np.ones_like(x), x, x**2]
print("design matrix:\n", X)
y = 1 + 2 * x - 3 * x**2
coef = np.linalg.lstsq(X, y, rcond=None)[0]
print("recovered:", np.round(coef, 10))
knots = np.r_[0.0, 0.25:1.0:0.25, 1.0]
print("knots:", knots)
print("r_ mixing:", np.r_[np.arange(3), 10, [20, 30]], np.r_[1:4, 0.5])
print("c_ columns:\n", np.c_[np.arange(3), np.arange(3) ** 2, np.zeros(3)])
print("r_ 2-D:\n", np.r_[np.eye(2), np.ones((1, 2))])
grid = np.indices((3, 4))
print("row index grid:\n", grid[0], "\ncol index grid:\n", grid[1])
dist = np.abs(grid[0] - 1) + np.abs(grid[1] - 2)
print("manhattan from (1, 2):\n", dist)
A = np.arange(16).reshape(4, 4)
A[np.diag_indices(4)] = -1
print(A)
print("diag from:", np.diag_indices_from(A)[0])
L = np.tri(4, dtype=int)
print("lower-triangular ones:\n", L, "\ncumsum via tri:", L @ np.array([1, 2, 3, 4]))
print("compress rows with positive sum:\n", np.compress(A.sum(axis=1) > 20, A, axis=0))
print("trim zeros:", np.trim_zeros(np.array([0, 0, 3, 0, 5, 0])), np.trim_zeros(np.array([0, 1, 0]), "b"))
