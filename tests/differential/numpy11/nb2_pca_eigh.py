# PCA of correlated 3-D data with eigh, explained variance, projections and reconstruction.
import numpy as np

rng = np.random.default_rng(13)
n = 200
t = rng.normal(0, 1, n)
data = np.column_stack([2.0 * t + rng.normal(0, 0.3, n), -1.0 * t + rng.normal(0, 0.3, n), rng.normal(0, 0.5, n)])
mean = data.mean(axis=0)
Xc = data - mean
C = Xc.T @ Xc / (n - 1)
print("cov:\n", np.round(C, 5))
print("np.cov agrees:", np.allclose(C, np.cov(data, rowvar=False)))
vals, vecs = np.linalg.eigh(C)
order = np.argsort(vals)[::-1]
vals, vecs = vals[order], vecs[:, order]
signs = np.sign(vecs[np.argmax(np.abs(vecs), axis=0), np.arange(3)])
vecs = vecs * signs
print("eigenvalues:", np.round(vals, 6))
print("explained ratio:", np.round(vals / vals.sum(), 6))
print("cumulative:", np.round(np.cumsum(vals) / vals.sum(), 6))
print("components:\n", np.round(vecs, 5))
scores = Xc @ vecs
print("score variances:", np.round(scores.var(axis=0, ddof=1), 6))
print("scores uncorrelated:", np.allclose(np.cov(scores, rowvar=False), np.diag(vals)))
k = 1
recon = scores[:, :k] @ vecs[:, :k].T + mean
err = np.sqrt(((data - recon) ** 2).sum(axis=1))
print("rank-1 recon error mean %.6f max %.6f" % (err.mean(), err.max()))
U, s, Vt = np.linalg.svd(Xc, full_matrices=False)
print("svd eigenvalues:", np.round(s ** 2 / (n - 1), 6))
print("same directions:", np.allclose(np.abs(Vt), np.abs(vecs.T)))
std = Xc / Xc.std(axis=0, ddof=1)
cv = np.linalg.eigvalsh(np.corrcoef(data, rowvar=False))
print("correlation-PCA eigenvalues:", np.round(cv[::-1], 6))
print("top loadings:", np.argmax(np.abs(vecs), axis=0))
print("first scores:", np.round(scores[:3, :2], 5))
