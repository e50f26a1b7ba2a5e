# Least-squares fits of several degrees: polyfit, lstsq with a Vandermonde matrix, residuals and r^2.
import numpy as np

rng = np.random.default_rng(2024)
x = np.linspace(-2, 3, 25)
y_true = 0.5 * x**3 - x**2 + 2 * x - 1
y = y_true + rng.normal(0, 0.6, x.size)

ss_tot = np.sum((y - y.mean()) ** 2)
print("ss_tot: %.6f" % ss_tot)
for deg in range(1, 6):
    coefs = np.polyfit(x, y, deg)
    pred = np.polyval(coefs, x)
    resid = y - pred
    ss_res = np.sum(resid**2)
    r2 = 1 - ss_res / ss_tot
    n, p = len(x), deg + 1
    adj = 1 - (1 - r2) * (n - 1) / (n - p)
    print(f"deg {deg}: r2={r2:.6f} adj={adj:.6f} rmse={np.sqrt(ss_res / n):.5f} max|res|={np.abs(resid).max():.4f}")
    print("   coefs:", np.round(coefs, 4))

A = np.vander(x, 4)
sol, res, rank, sv = np.linalg.lstsq(A, y, rcond=None)
print("lstsq coefs:", np.round(sol, 5))
print("rank:", rank, "res:", np.round(res, 5))
print("singular values:", np.round(sv, 4))
print("agree with polyfit:", np.allclose(sol, np.polyfit(x, y, 3)))
A2 = np.column_stack([np.ones_like(x), x, x**2])
beta = np.linalg.solve(A2.T @ A2, A2.T @ y)
print("normal eq:", np.round(beta, 5))
beta2 = np.linalg.lstsq(A2, y, rcond=None)[0]
print("max diff:", np.abs(beta - beta2).max() < 1e-9)
p = np.poly1d(np.polyfit(x, y, 2))
print("poly1d order:", p.order)
print("p(0), p(1):", round(p(0.0), 5), round(p(1.0), 5))
print("deriv coefs:", np.round(p.deriv().coeffs, 5))
print("roots real parts sorted:", np.round(np.sort(np.real(p.roots)), 4))
xs = np.array([-1.0, 0.0, 0.5, 2.0])
table = np.column_stack([xs, np.polyval(np.polyfit(x, y, 1), xs), np.polyval(np.polyfit(x, y, 3), xs)])
np.set_printoptions(precision=3, suppress=True)
print(table)
w = np.where(np.abs(x) > 2, 0.2, 1.0)
cw = np.polyfit(x, y, 2, w=w)
print("weighted:", np.round(cw, 4))
