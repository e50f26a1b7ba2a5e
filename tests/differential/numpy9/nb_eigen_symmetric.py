# Eigen-decomposition of symmetric matrices: covariance PCA and a spring system.
import numpy as np

np.random.seed(5)
data = np.random.normal(size=(100, 3)) @ np.array([[2.0, 0.0, 0.0], [0.5, 1.0, 0.0], [0.2, 0.3, 0.4]])
centered = data - data.mean(axis=0)
cov = centered.T @ centered / (len(data) - 1)
print("cov:\n", np.round(cov, 4))
print("np.cov agrees:", np.allclose(cov, np.cov(data, rowvar=False)))
w, v = np.linalg.eigh(cov)
print("eigenvalues:", np.round(w, 5))
order = np.argsort(w)[::-1]
w, v = w[order], v[:, order]
print("explained ratio:", np.round(w / w.sum(), 4))
print("cumulative:", np.round(np.cumsum(w) / w.sum(), 4))
print("orthonormal:", np.allclose(v.T @ v, np.eye(3)))
proj = centered @ v[:, :2]
print("projected shape:", proj.shape)
print("projected variance:", np.round(proj.var(axis=0, ddof=1), 4))

K = np.array([[2.0, -1.0, 0.0], [-1.0, 2.0, -1.0], [0.0, -1.0, 2.0]])
vals, vecs = np.linalg.eigh(K)
print("spring eigenvalues:", vals)
print("frequencies:", np.round(np.sqrt(vals), 6))
print("mode 1 abs:", np.round(np.abs(vecs[:, 0]), 6))
print("eigvalsh:", np.linalg.eigvalsh(K))
recon = vecs @ np.diag(vals) @ vecs.T
print("reconstruction ok:", np.allclose(recon, K))
D = np.diag([3.0, 1.0, 2.0])
print(np.linalg.eigh(D).eigenvalues)
