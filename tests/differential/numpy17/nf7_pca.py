# PCA via eigh of the covariance and via svd (signs normalised), explained variance, projection.
import numpy as np

rng = np.random.default_rng(2)
n = 40
t = rng.normal(size=n)
X = np.column_stack([t * 2.0 + rng.normal(0, 0.3, n), -t + rng.normal(0, 0.3, n), rng.normal(0, 0.5, n)])
Xc = X - X.mean(axis=0)
C = np.cov(Xc, rowvar=False)
print(np.round(C, 10))
w, V = np.linalg.eigh(C)
order = np.argsort(w)[::-1]
w, V = w[order], V[:, order]
V = V * np.sign(V[np.argmax(np.abs(V), axis=0), np.arange(3)])
print("eigvals", np.round(w, 10))
print("vectors", np.round(V, 8))
print("explained", np.round(w / w.sum(), 10), np.round(np.cumsum(w) / w.sum(), 10))
U, s, Vt = np.linalg.svd(Xc, full_matrices=False)
print("sv", np.round(s, 8), np.allclose(s ** 2 / (n - 1), w))
Vs = Vt.T * np.sign(Vt.T[np.argmax(np.abs(Vt.T), axis=0), np.arange(3)])
print(np.allclose(np.abs(Vs), np.abs(V)), np.round(np.abs(Vs) - np.abs(V), 6).max() < 1e-6)
proj = Xc @ V[:, :2]
print("proj", np.round(proj[:5], 6), np.round(proj.std(axis=0, ddof=1), 8))
rec = proj @ V[:, :2].T + X.mean(axis=0)
print("recon err", round(float(np.sqrt(np.mean((rec - X) ** 2))), 8))
print(np.round(np.linalg.norm(V, axis=0), 12), np.round(V.T @ V, 12))
Z = (X - X.mean(0)) / X.std(0, ddof=1)
wz = np.linalg.eigvalsh(np.corrcoef(X, rowvar=False))
print("corr eig", np.round(wz[::-1], 10), round(float(wz.sum()), 12))
print(np.round(Z[:3], 8))
print(np.round(np.cov(Z.T), 8))
