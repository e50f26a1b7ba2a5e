# polyfit of degrees 0-3, polyval on scalars/arrays/2-D, residuals with full=True, roots and derivative.
import numpy as np

x = np.linspace(-2, 3, 11)
y = 0.5 * x ** 3 - x ** 2 + 2 * x - 1
for deg in [0, 1, 2, 3]:
    c = np.polyfit(x, y, deg)
    fit = np.polyval(c, x)
    err = np.abs(fit - y).max()
    print(deg, c.round(6), f"{err:.4f}", c.shape)
c1 = np.polyfit(x, 3 * x + 1, 1)
print(c1.round(10), np.polyval(c1, 2.0).round(10), type(np.polyval(c1, 2.0)).__name__)
print(np.polyval([1, 0, -1], 3), np.polyval([1, 0, -1], np.array([[0, 1], [2, 3]])))
print(np.polyval(np.array([2.0]), x[:3]), np.polyval([], 5) if False else np.polyval([0], 5))
print(np.polyval([1, 2, 3], np.array([0.5, -1.5])))
pts_x = np.array([1.0, 2.0, 3.0, 4.0, 5.0])
pts_y = np.array([2.1, 3.9, 6.2, 7.8, 10.1])
slope, intercept = np.polyfit(pts_x, pts_y, 1)
print(f"slope={slope:.6f} intercept={intercept:.6f}")
pred = slope * pts_x + intercept
ss_res = ((pts_y - pred) ** 2).sum()
ss_tot = ((pts_y - pts_y.mean()) ** 2).sum()
print(f"r2={1 - ss_res / ss_tot:.6f}")
print(np.polyfit(pts_x, pts_y, 1, full=True)[1].round(8))
q = np.polyfit(pts_x, pts_y, 2)
print(q.round(6), np.polyval(q, 6.0).round(6))
try:
    np.polyfit(pts_x, pts_y, -1)
except Exception as e:
    print(type(e).__name__, e)
try:
    np.polyfit(np.array([]), np.array([]), 1)
except Exception as e:
    print(type(e).__name__, e)
yy = np.column_stack([pts_y, 2 * pts_y])
print(np.polyfit(pts_x, yy, 1).round(6))
ex = np.exp(0.3 * pts_x)
lc = np.polyfit(pts_x, np.log(ex), 1)
print(lc.round(10))
print(np.interp(2.5, pts_x, pts_y), np.interp([0, 1.5, 9], pts_x, pts_y))
print(np.interp(np.array([0.0, 6.0]), pts_x, pts_y, left=-1, right=99))
c, resid, rank, sv, rc = np.polyfit(pts_x, pts_y, 2, full=True)
print(c.round(6), resid.round(8), rank, sv.round(6), rc)
wfit = np.polyfit(pts_x, pts_y, 1, w=np.array([1.0, 1.0, 1.0, 1.0, 10.0]))
print(wfit.round(6))
