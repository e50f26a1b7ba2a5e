# Linear regression three ways: normal equations, gradient descent (batch and mini-batch), and lstsq, with r^2.
import numpy as np

rng = np.random.RandomState(31)
n = 120
X = np.column_stack([rng.uniform(-3, 3, n), rng.uniform(0, 5, n), rng.normal(0, 1, n)])
true_w = np.array([1.5, -2.0, 0.7])
y = X @ true_w + 4.0 + rng.normal(0, 0.5, n)
Xb = np.hstack([np.ones((n, 1)), X])
w_ne = np.linalg.inv(Xb.T @ Xb) @ Xb.T @ y
w_ls, res, rk, sv = np.linalg.lstsq(Xb, y, rcond=None)
np.set_printoptions(precision=5, suppress=True)
print("normal eq:", w_ne)
print("lstsq:    ", w_ls, rk)
print(np.allclose(w_ne, w_ls))
mu, sd = X.mean(0), X.std(0)
Xs = np.hstack([np.ones((n, 1)), (X - mu) / sd])
w = np.zeros(4)
for epoch in range(500):
    grad = 2 / n * Xs.T @ (Xs @ w - y)
    w -= 0.05 * grad
w_orig = np.concatenate([[w[0] - np.sum(w[1:] * mu / sd)], w[1:] / sd])
print("gd:       ", w_orig, np.abs(w_orig - w_ls).max() < 1e-6)
w2 = np.zeros(4)
idx = np.arange(n)
for epoch in range(60):
    rng.shuffle(idx)
    for start in range(0, n, 20):
        bi = idx[start:start + 20]
        g = 2 / bi.size * Xs[bi].T @ (Xs[bi] @ w2 - y[bi])
        w2 -= 0.02 * g
print("sgd close:", np.abs(w2 - w).max() < 0.05)
pred = Xb @ w_ls
resid = y - pred
r2 = 1 - resid @ resid / np.sum((y - y.mean()) ** 2)
print(f"r2={r2:.6f} sigma={np.sqrt(resid @ resid / (n - 4)):.5f}")
cov = np.linalg.inv(Xb.T @ Xb) * (resid @ resid / (n - 4))
se = np.sqrt(np.diag(cov))
print("se:", se)
print("t:", np.round(w_ls / se, 3))
print("resid pct:", np.round(np.percentile(resid, [5, 25, 50, 75, 95]), 4))
lev = np.sum(Xb @ np.linalg.inv(Xb.T @ Xb) * Xb, axis=1)
print("max leverage %.5f at %d, sum %.4f" % (lev.max(), lev.argmax(), lev.sum()))
lam = [0.0, 1.0, 10.0, 100.0]
for l in lam:
    wr = np.linalg.solve(Xs.T @ Xs + l * np.diag([0, 1, 1, 1]), Xs.T @ y)
    print(f"ridge {l:6.1f}:", np.round(wr, 4), "norm %.4f" % np.linalg.norm(wr[1:]))
