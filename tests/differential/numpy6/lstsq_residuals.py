# Linear regression three ways with residual reports.
import numpy as np

x = np.array([0.0, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0])
y = np.array([1.1, 2.9, 5.2, 7.1, 8.8, 11.2, 13.1, 14.8, 17.2, 19.1])

A = np.column_stack([x, np.ones_like(x)])
print("design matrix:")
print(A)
coef, res, rank, sv = np.linalg.lstsq(A, y, rcond=None)
print("lstsq coef:", coef)
print("residual sum:", res)
print("rank:", rank)
print("singular values:", sv)

ATA = A.T @ A
ATy = A.T @ y
print("A^T A =")
print(ATA)
print("A^T y =", ATy)
beta = np.linalg.solve(ATA, ATy)
print("normal eq:", beta)
print("close to lstsq:", np.allclose(beta, coef))

p = np.polyfit(x, y, 1)
print("polyfit:", p)
fit = np.polyval(p, x)
resid = y - fit
print("residuals:")
print(resid)
print("SSE = %.6f" % np.sum(resid ** 2))
print("RMSE = {:.6f}".format(np.sqrt(np.mean(resid ** 2))))
ss_tot = np.sum((y - y.mean()) ** 2)
r2 = 1 - np.sum(resid ** 2) / ss_tot
print(f"R^2 = {r2:.8f}")
print("max |resid| at", np.argmax(np.abs(resid)), "value", f"{np.abs(resid).max():.10f}")
for xi, yi, fi, ri in zip(x, y, fit, resid):
    flag = "*" if abs(ri) > 0.15 else " "
    print(f"{xi:4.1f} {yi:6.2f} {fi:8.4f} {ri:+.4f}{flag}")

# quadratic fit via lstsq with Vandermonde built by hand
V = np.stack([x ** 2, x, np.ones_like(x)], axis=1)
q, _, _, _ = np.linalg.lstsq(V, y, rcond=None)
print("quadratic coeffs rounded:", np.round(q, 4))
pred = V @ q
print("quad SSE < lin SSE:", np.sum((y - pred) ** 2) <= np.sum(resid ** 2) + 1e-12)
