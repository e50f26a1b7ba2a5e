# Portfolio notebook: returns, covariance, weights, drawdowns.
import numpy as np

prices = np.array([
    [100.0, 50.0, 20.0],
    [101.2, 49.5, 20.4],
    [102.5, 50.8, 20.1],
    [101.8, 51.6, 20.9],
    [103.9, 51.1, 21.5],
    [104.4, 52.7, 21.2],
    [103.1, 53.0, 21.9],
    [105.6, 52.4, 22.6],
])
rets = prices[1:] / prices[:-1] - 1
print(rets)
print(np.log(prices[1:] / prices[:-1]).sum(axis=0))
mu = rets.mean(axis=0)
cov = np.cov(rets, rowvar=False)
print(mu, cov, sep="\n")
print(np.corrcoef(rets, rowvar=False))
w = np.array([0.5, 0.3, 0.2])
port = (rets * w).sum(axis=1)
print(port, port.mean(), port.std(ddof=1))
print(np.sqrt(w @ cov @ w))
inv = np.linalg.inv(cov)
ones = np.ones(3)
wmv = inv @ ones / (ones @ inv @ ones)
print(wmv, wmv.sum())
print(np.sqrt(wmv @ cov @ wmv))
growth = np.cumprod(1 + port)
print(growth)
peak = np.maximum.accumulate(growth)
dd = growth / peak - 1
print(dd, dd.min())
rank = np.argsort(-mu, kind="stable")
print(rank, mu[rank])
sharpe = mu / rets.std(axis=0, ddof=1)
print(sharpe, np.argmax(sharpe))
norm = prices / prices[0]
print(norm[-1], (norm[-1] - 1) * 100)
print(np.round(norm, 4))
rebal = np.tile(w, (len(rets), 1)) * (1 + rets)
print(rebal.sum(axis=1))
print(np.percentile(port, 5), np.quantile(rets, 0.95, axis=0))
print(np.clip(rets, -0.01, 0.01))
print(np.sign(rets).astype(int))
print(np.count_nonzero(rets > 0, axis=0), np.all(rets > -0.02), np.any(rets > 0.03, axis=0))
print(np.outer(w, w) * cov)
print(np.einsum("ij,j->i", cov, w))
print(np.diag(cov), np.sqrt(np.diag(cov)))
