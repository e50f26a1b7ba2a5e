# Least-squares fits: straight lines, polynomials, normal equations vs lstsq, residual analysis.
import numpy as np

np.random.seed(3)
x = np.linspace(0, 10, 21)
y = 2.5 * x - 4.0 + np.random.normal(0, 1.5, x.size)

A = np.column_stack([x, np.ones_like(x)])
coef, res, rank, sv = np.linalg.lstsq(A, y, rcond=None)
print("lstsq", coef, res, rank)
print("singular values", sv)
ne = np.linalg.solve(A.T @ A, A.T @ y)
print("normal eq", ne, np.allclose(ne, coef))
p1 = np.polyfit(x, y, 1)
print("polyfit", p1)
fit = np.polyval(p1, x)
resid = y - fit
print("residual mean", abs(round(float(resid.mean()), 10)), "std", resid.std(ddof=2))
ss_res = np.sum(resid**2)
ss_tot = np.sum((y - y.mean())**2)
print("R^2", round(1 - ss_res / ss_tot, 12))
cov = np.linalg.inv(A.T @ A) * ss_res / (x.size - 2)
print("stderr", np.sqrt(np.diag(cov)))

xs = np.array([0.0, 1.0, 2.0, 3.0, 4.0, 5.0])
ys = np.array([1.0, 1.8, 3.3, 6.1, 10.2, 15.1])
for deg in (1, 2, 3):
    p = np.polyfit(xs, ys, deg)
    print(deg, np.round(p, 6), np.round(np.polyval(p, 2.5), 6))
V = np.vander(xs, 3)
print(V)
c2 = np.linalg.lstsq(V, ys, rcond=None)[0]
print(np.round(c2, 8))

# weighted fit via scaling rows
wts = np.array([1, 1, 2, 2, 4, 4], dtype=float)
Aw = V * np.sqrt(wts)[:, None]
bw = ys * np.sqrt(wts)
cw = np.linalg.lstsq(Aw, bw, rcond=None)[0]
print("weighted", np.round(cw, 6))

# exponential fit by log transform
t = np.arange(8, dtype=float)
counts = 50 * np.exp(-0.3 * t) * (1 + 0.02 * np.sin(t))
slope, intercept = np.polyfit(t, np.log(counts), 1)
print("decay", round(-slope, 6), "N0", round(float(np.exp(intercept)), 4))
print("half-life", round(np.log(2) / -slope, 12))

# multiple regression
X = np.column_stack([np.ones(6), xs, xs**2 / 10])
beta = np.linalg.lstsq(X, ys, rcond=None)[0]
pred = X @ beta
print(np.round(beta, 6))
print(np.round(pred - ys, 6))
print("max abs resid", np.abs(pred - ys).max() < 0.5)
q, r = np.linalg.qr(X)
print(np.round(np.linalg.solve(r, q.T @ ys), 6))
