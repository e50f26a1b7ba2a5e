import numpy as np
rng = np.random.default_rng(0)
n = 40
X = np.column_stack([np.ones(n), rng.uniform(0, 10, n), rng.normal(5, 2, n)])
beta_true = np.array([2.0, 0.5, -1.25])
y = X @ beta_true + rng.normal(0, 0.5, n)
print(X[:3])
print(y[:5])
beta_hat = np.linalg.solve(X.T @ X, X.T @ y)
print(beta_hat)
resid = y - X @ beta_hat
sigma2 = resid @ resid / (n - X.shape[1])
cov_beta = sigma2 * np.linalg.inv(X.T @ X)
se = np.sqrt(np.diag(cov_beta))
print(f"sigma2={sigma2:.6f}")
print(se)
print(np.round(beta_hat / se, 3))
r2 = 1 - (resid ** 2).sum() / ((y - y.mean()) ** 2).sum()
print(round(r2, 6))
Xs = (X[:, 1:] - X[:, 1:].mean(axis=0)) / X[:, 1:].std(axis=0)
print(Xs.mean(axis=0).round(12), Xs.std(axis=0))
lam = 0.5
ridge = np.linalg.solve(X.T @ X + lam * np.eye(3), X.T @ y)
print(ridge)
w = np.zeros(3)
lr = 0.01
for it in range(200):
    grad = X.T @ (X @ w - y) / n
    w -= lr * grad
    if it % 50 == 0:
        print(it, np.round(w, 5), round(float(np.mean((X @ w - y) ** 2)), 5))
print(w)
print(np.allclose(beta_hat, np.linalg.lstsq(X, y, rcond=None)[0]))
