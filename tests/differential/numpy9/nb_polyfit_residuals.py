# Fitting polynomials of several degrees and comparing residuals.
import numpy as np

x = np.linspace(0.0, 4.0, 17)
y = 0.5 * x**2 - 1.25 * x + 2.0 + 0.1 * np.sin(7.0 * x)

for deg in (1, 2, 3):
    coeffs = np.polyfit(x, y, deg)
    fit = np.polyval(coeffs, x)
    res = y - fit
    print(f"degree {deg}: coeffs={np.round(coeffs, 5)}")
    print(f"  sse={np.sum(res**2):.6f} max|res|={np.max(np.abs(res)):.5f}")

c1 = np.polyfit(x, y, 1)
print("slope sign:", np.sign(c1[0]), "intercept >", c1[1] > 0)
p = np.poly1d(np.round(np.polyfit(x, y, 2), 3))
print("poly1d coeffs:", p.coeffs, "order", p.order, "p(2.0) =", round(p(2.0), 4))
grid = np.array([0.5, 1.5, 2.5])
print("predictions:", np.round(np.polyval(np.polyfit(x, y, 2), grid), 4))
A = np.vstack([x, np.ones_like(x)]).T
sol, residuals, rank, sv = np.linalg.lstsq(A, y, rcond=None)
print("lstsq line:", np.round(sol, 6), "rank", rank)
print("residual sum:", np.round(residuals, 6))
print("singular values:", np.round(sv, 6))
print("agrees with polyfit:", np.allclose(sol, c1))
xs = np.linspace(-1.0, 1.0, 9)
ys = np.abs(xs - 0.3) + 0.1 * xs
for deg in (2, 4):
    fitc = np.round(np.polyfit(xs, ys, deg), 4)
    print(f"|x - 0.3| degree {deg}:", fitc, "max err", np.round(np.max(np.abs(np.polyval(fitc, xs) - ys)), 4))
print("vander:\n", np.vander(np.array([1.0, 2.0, 3.0]), 3))
