# Portfolio math: returns covariance, minimum-variance weights by solve, efficient frontier, Sharpe ratios.
import numpy as np

rng = np.random.RandomState(101)
days = 250
mu_d = np.array([0.0004, 0.0006, 0.0003, 0.0008])
vol = np.array([0.010, 0.015, 0.008, 0.022])
corr = np.array([[1, 0.3, 0.2, 0.4], [0.3, 1, 0.1, 0.5], [0.2, 0.1, 1, 0.2], [0.4, 0.5, 0.2, 1]])
cov_true = corr * np.outer(vol, vol)
Lc = np.linalg.cholesky(cov_true)
rets = mu_d + rng.standard_normal((days, 4)) @ Lc.T
mu = rets.mean(axis=0) * 252
cov = np.cov(rets, rowvar=False) * 252
np.set_printoptions(precision=5, suppress=True)
print("annual mu:", mu)
print("annual vol:", np.sqrt(np.diag(cov)))
print("sample corr:\n", np.corrcoef(rets.T))
ones = np.ones(4)
ci = np.linalg.inv(cov)
w_mv = ci @ ones / (ones @ ci @ ones)
print("min var weights:", w_mv, w_mv.sum())
print("min var vol %.5f" % np.sqrt(w_mv @ cov @ w_mv))
w_tan = ci @ (mu - 0.02)
w_tan /= w_tan.sum()
print("tangency:", w_tan)
sr = (w_tan @ mu - 0.02) / np.sqrt(w_tan @ cov @ w_tan)
print("sharpe %.5f" % sr)
A = np.block([[2 * cov, mu[:, None], ones[:, None]], [mu[None, :], np.zeros((1, 2))], [ones[None, :], np.zeros((1, 2))]])
for target in [0.08, 0.12, 0.16]:
    rhs = np.concatenate([np.zeros(4), [target, 1.0]])
    sol = np.linalg.solve(A, rhs)
    w = sol[:4]
    print(f"target {target:.2f}: vol {np.sqrt(w @ cov @ w):.5f} w {np.round(w, 4)}")
ew = np.full(4, 0.25)
port = rets @ ew
cum = np.cumprod(1 + port)
print("eq-weight total %.5f maxdd %.5f" % (cum[-1] - 1, (cum / np.maximum.accumulate(cum) - 1).min()))
var95 = -np.percentile(port, 5)
cvar = -port[port <= -var95].mean()
print("VaR95 %.6f CVaR %.6f" % (var95, cvar))
rc = ew * (cov @ ew) / (ew @ cov @ ew)
print("risk contrib:", rc, rc.sum())
monthly = (1 + rets[:240]).reshape(12, 20, 4).prod(axis=1) - 1
print("best month per asset:", monthly.argmax(axis=0), np.round(monthly.max(axis=0), 4))
