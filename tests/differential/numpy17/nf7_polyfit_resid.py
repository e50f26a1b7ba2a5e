# polyfit of degree 1-3 with full=True residuals, cov, w=, polyval, poly1d-free.
import numpy as np

x = np.linspace(0.0, 4.0, 9)
y = 1.5 * x ** 3 - 2.0 * x ** 2 + 0.5 * x - 1.0 + np.array([0.1, -0.2, 0.05, 0.0, -0.1, 0.15, -0.05, 0.2, -0.1])
for deg in [1, 2, 3]:
    p = np.polyfit(x, y, deg)
    fit = np.polyval(p, x)
    res = y - fit
    print("deg", deg)
    print(np.round(p, 10))
    print(np.round(res, 10))
    print("sse", round(float(np.sum(res ** 2)), 8))
    c, resid, rank, sv, rcond = np.polyfit(x, y, deg, full=True)
    print(np.round(c, 10), np.round(resid, 8), rank, np.round(sv, 8), rcond)

xi = np.arange(6)
yi = np.array([1, 3, 5, 7, 9, 11])
p = np.polyfit(xi, yi, 1)
print(np.round(p, 12))
print(np.polyval([1, 2, 3], 2), np.polyval(np.array([1.0, 0.0, -1.0]), np.array([0.0, 1.0, 2.0, 3.0])))
print(repr(np.polyval([2, 0, 1], np.array([[1, 2], [3, 4]]))))
w = np.array([1.0, 1.0, 2.0, 2.0, 1.0, 1.0, 3.0, 1.0, 1.0])
pw = np.polyfit(x, y, 2, w=w)
print(np.round(pw, 10))
p2, cov = np.polyfit(x, y, 1, cov=True)
print(np.round(p2, 10), np.round(cov, 10))
Y = np.column_stack([y, 2 * y + 1])
pm = np.polyfit(x, Y, 1)
print(np.round(pm, 10))
r2 = 1 - np.sum((y - np.polyval(np.polyfit(x, y, 2), x)) ** 2) / np.sum((y - y.mean()) ** 2)
print("r2", round(float(r2), 10))
print(np.round(np.polyder(np.array([1.0, 2.0, 3.0, 4.0])), 10) if hasattr(np, "polyder") else "no polyder")
