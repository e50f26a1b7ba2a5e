# PCA of a small seeded data set: covariance eigh, SVD singular values, explained variance.
import numpy as np

rng = np.random.default_rng(5)
n = 60
latent = rng.normal(size=(n, 2))
mix = np.array([[2.0, 0.5, 0.1, 1.0], [0.3, 1.5, -0.7, 0.2]])
X = latent @ mix + 0.1 * rng.normal(size=(n, 4))
Xc = X - X.mean(axis=0)
print(np.round(X.mean(axis=0), 6), np.round(X.std(axis=0), 6))
C = np.cov(Xc, rowvar=False)
print(np.round(C, 5))
evals, evecs = np.linalg.eigh(C)
order = np.argsort(evals)[::-1]
evals = evals[order]
evecs = evecs[:, order]
print("eigenvalues", np.round(evals, 6))
print("explained", np.round(evals / evals.sum(), 6))
print("cumulative", np.round(np.cumsum(evals) / evals.sum(), 6))
s = np.linalg.svd(Xc, compute_uv=False)
print("singular values", np.round(s, 6))
print("from svd", np.round(s**2 / (n - 1), 6))
print(np.allclose(s**2 / (n - 1), evals))
U, S, Vt = np.linalg.svd(Xc, full_matrices=False)
print(U.shape, S.shape, Vt.shape)
k = 2
Xk = (U[:, :k] * S[:k]) @ Vt[:k]
err = np.linalg.norm(Xc - Xk)
print("rank-2 error", round(float(err), 6), round(float(np.sqrt((S[k:] ** 2).sum())), 6))
print("relative", round(float(err / np.linalg.norm(Xc)), 6))
proj_var = ((Xc @ Vt[:k].T) ** 2).sum(axis=0) / (n - 1)
print("projected variances", np.round(proj_var, 6))
print("orthonormal", np.allclose(Vt @ Vt.T, np.eye(4)), np.allclose(U.T @ U, np.eye(4)))
print("cond", round(float(np.linalg.cond(Xc)), 4), "rank", np.linalg.matrix_rank(Xc))
print("norms", round(float(np.linalg.norm(Xc, 2)), 6), round(float(np.linalg.norm(Xc, "nuc")), 6), round(float(np.linalg.norm(Xc, "fro")), 6))
P = np.linalg.pinv(Xc)
print(P.shape, np.allclose(Xc @ P @ Xc, Xc), np.allclose(P @ Xc, np.eye(4)))
W = np.abs(evecs[:, :2])
print(np.round(W, 4))
print(np.round(np.abs(Vt[:2].T), 4))
