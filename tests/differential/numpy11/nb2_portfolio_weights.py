# Minimum-variance portfolios from simulated returns: covariance, solve, frontier, Sharpe.
import numpy as np

rng = np.random.default_rng(8)
n_assets, n_days = 4, 250
mu_true = np.array([0.0004, 0.0006, 0.0002, 0.0008])
vol = np.array([0.010, 0.015, 0.006, 0.020])
corr = np.array([[1.0, 0.3, 0.1, 0.4], [0.3, 1.0, 0.2, 0.5], [0.1, 0.2, 1.0, 0.1], [0.4, 0.5, 0.1, 1.0]])
L = np.linalg.cholesky(corr)
z = rng.standard_normal((n_days, n_assets))
R = mu_true + (z @ L.T) * vol
print("returns shape:", R.shape)
mu = R.mean(axis=0)
S = np.cov(R, rowvar=False)
print("mean daily %:", np.round(mu * 100, 4))
print("ann vol %:", np.round(np.sqrt(np.diag(S) * 252) * 100, 3))
print("sample corr:\n", np.round(np.corrcoef(R, rowvar=False), 3))
ones = np.ones(n_assets)
w_mv = np.linalg.solve(S, ones)
w_mv /= w_mv.sum()
print("min-var weights:", np.round(w_mv, 5), "sum:", round(w_mv.sum(), 12))
var_mv = w_mv @ S @ w_mv
print("min-var ann vol %.5f%%" % (np.sqrt(var_mv * 252) * 100))
Sinv = np.linalg.inv(S)
A = ones @ Sinv @ ones
B = ones @ Sinv @ mu
C = mu @ Sinv @ mu
targets = np.linspace(mu.min(), mu.max(), 5)
for t in targets:
    lam = (C - t * B) / (A * C - B * B)
    gam = (t * A - B) / (A * C - B * B)
    w = Sinv @ (lam * ones + gam * mu)
    print(f"target {t * 1e4:7.3f}bp vol {np.sqrt(w @ S @ w * 252) * 100:7.4f}% w={np.round(w, 3)}")
eq = ones / n_assets
port = R @ eq
print("equal-weight sharpe %.4f" % (port.mean() / port.std(ddof=1) * np.sqrt(252)))
cum = np.cumprod(1 + port)
print("growth:", np.round(cum[[0, 49, 99, 149, 199, 249]], 5))
dd = 1 - cum / np.maximum.accumulate(cum)
print("max drawdown %.5f at day %d" % (dd.max(), dd.argmax()))
best = np.argmax(R, axis=1)
print("best asset counts:", np.bincount(best, minlength=n_assets))
print("beta to equal-weight:", np.round([np.cov(R[:, j], port)[0, 1] / port.var(ddof=1) for j in range(n_assets)], 4))
