# PCA on correlated data with eigh and svd: explained variance, projections, reconstruction error, whitening.
import numpy as np

rng = np.random.RandomState(13)
n = 100
z = rng.normal(size=(n, 2))
X = np.column_stack([z[:, 0], 0.8 * z[:, 0] + 0.3 * z[:, 1], -0.5 * z[:, 1], rng.normal(0, 0.1, n)])
Xc = X - X.mean(axis=0)
C = np.cov(Xc, rowvar=False)
w, V = np.linalg.eigh(C)
order = np.argsort(w)[::-1]
w, V = w[order], V[:, order]
V = V * np.sign(V[0])
np.set_printoptions(precision=5, suppress=True)
print("eigvals:", w)
ratio = w / w.sum()
print("explained:", ratio, "cum:", np.cumsum(ratio))
k = np.searchsorted(np.cumsum(ratio), 0.95) + 1
print("components for 95%:", k)
print("loadings:\n", V[:, :2])
scores = Xc @ V[:, :2]
print("score var:", scores.var(axis=0, ddof=1))
print(np.allclose(scores.var(axis=0, ddof=1), w[:2]))
recon = scores @ V[:, :2].T
err = np.mean((Xc - recon) ** 2)
print("recon mse %.6f vs dropped %.6f" % (err, w[2:].sum() * (n - 1) / n / 4))
s = np.linalg.svd(Xc, compute_uv=False)
print("svd^2/(n-1):", s**2 / (n - 1))
print(np.allclose(s**2 / (n - 1), w))
W = scores / np.sqrt(w[:2])
print("whitened cov:\n", np.cov(W, rowvar=False))
print("corr matrix:\n", np.corrcoef(X, rowvar=False))
ext = np.argsort(np.abs(scores[:, 0]))[-3:]
print("extreme samples:", ext, scores[ext, 0])
print("first 3 scores:\n", scores[:3])
print("orthonormal:", np.allclose(V.T @ V, np.eye(4)))
tr = np.trace(C)
print("trace %.6f sum eig %.6f" % (tr, w.sum()))
