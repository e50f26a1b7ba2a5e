# Correlated asset returns: multivariate normal draws (Cholesky), portfolio risk with einsum.
import numpy as np

assets = ["bonds", "stocks", "gold"]
mu = np.array([0.02, 0.07, 0.04])
vol = np.array([0.05, 0.18, 0.12])
corr = np.array([[1.0, -0.2, 0.1], [-0.2, 1.0, 0.3], [0.1, 0.3, 1.0]])
cov = corr * np.outer(vol, vol)
print(np.round(cov, 6))
L = np.linalg.cholesky(cov)
print("cholesky factor")
print(np.round(L, 6))

rng = np.random.default_rng(31415)
R = rng.multivariate_normal(mu, cov, size=5000, method="cholesky")
print("sample shape:", R.shape)
print("first draws")
print(np.round(R[:3], 6))
print("sample means:", np.round(R.mean(axis=0), 4))
print("sample correlations")
print(np.round(np.corrcoef(R, rowvar=False), 3))

w = np.array([0.5, 0.3, 0.2])
port_var = np.einsum("i,ij,j->", w, cov, w)
print("portfolio volatility %.6f" % np.sqrt(port_var))
pr = R @ w
print("simulated volatility %.6f" % pr.std(ddof=1))
print("5%% value at risk %.6f" % -np.percentile(pr, 5))
print("risk contributions:", np.round(w * (cov @ w) / port_var, 6))

print("several portfolios at once")
W = np.array([[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [1 / 3, 1 / 3, 1 / 3], [0.6, 0.2, 0.2]])
vols = np.sqrt(np.einsum("pi,ij,pj->p", W, cov, W))
print(np.round(vols, 6))
print("best return per unit risk:", int(np.argmax((W @ mu) / vols)))

print("scenario tree of two periods")
paths = rng.multivariate_normal(mu, cov, size=(2, 4), method="cholesky")
print(paths.shape)
growth = np.prod(1 + paths, axis=0)
print(np.round(growth, 5))

try:
    rng.multivariate_normal(mu, cov[:2, :2], method="cholesky")
except ValueError as e:
    print("ValueError:", e)
