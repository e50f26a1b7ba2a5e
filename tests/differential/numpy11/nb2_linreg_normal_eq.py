# Multiple linear regression by the normal equations and lstsq; diagnostics.
import numpy as np

rng = np.random.default_rng(11)
n = 40
x1 = rng.uniform(0, 10, n)
x2 = rng.normal(5, 2, n)
noise = rng.normal(0, 0.5, n)
y = 1.5 + 2.0 * x1 - 0.7 * x2 + noise
X = np.column_stack([np.ones(n), x1, x2])
print("X shape:", X.shape, "rank:", np.linalg.matrix_rank(X))
XtX = X.T @ X
Xty = X.T @ y
beta = np.linalg.solve(XtX, Xty)
print("beta (solve):", np.round(beta, 6))
beta2, res, rank, sv = np.linalg.lstsq(X, y, rcond=None)
print("close to lstsq:", np.allclose(beta, beta2), rank)
print("singular values:", np.round(sv, 4))
pred = X @ beta
resid = y - pred
print("resid mean ~0:", abs(resid.mean()) < 1e-9)
sse = resid @ resid
sst = ((y - y.mean()) ** 2).sum()
print("R^2 = %.6f" % (1 - sse / sst))
sigma2 = sse / (n - X.shape[1])
cov = sigma2 * np.linalg.inv(XtX)
se = np.sqrt(np.diag(cov))
print("std errors:", np.round(se, 5))
print("t stats:", np.round(beta / se, 2))
with np.printoptions(precision=3, suppress=True):
    print("cov:\n", cov)
    print("corr of x1,x2:\n", np.corrcoef(x1, x2))
H_diag = np.sum(X @ np.linalg.inv(XtX) * X, axis=1)
print("max leverage at", H_diag.argmax(), round(float(H_diag.max()), 5))
print("leverage sum %.6f" % H_diag.sum())
big = np.abs(resid) > 2 * np.sqrt(sigma2)
print("outliers:", np.flatnonzero(big))
order = np.argsort(x1)
print("sorted x1 head:", np.round(x1[order][:5], 3))
print("fitted head:", np.round(pred[order][:5], 3))
