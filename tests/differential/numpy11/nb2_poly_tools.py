# Polynomial helpers: poly1d arithmetic and printing, derivatives, integrals, fits and evaluation.
import numpy as np

p = np.poly1d([1.0, -3.0, 2.0])
q = np.poly1d([2, 1])
print(p)
print(q)
print(repr(p), p.order, p.coeffs)
print("p(0..4):", p(np.arange(5)))
s = p + q
m = p * q
print(s)
print(m)
print("deriv:", p.deriv(), "|", np.polyder([1, -3, 2]))
print("integ:", np.polyint([3.0, 2.0, 1.0]))
print(np.polyadd([1, 2], [1, 0, 0]), np.polysub([5, 5], [1, 2, 3]), np.polymul([1, 1], [1, -1]))
x = np.linspace(-1, 2, 13)
y = 0.5 * x ** 3 + 0.3 * x ** 2 - x + 0.25
for deg in [1, 2, 3]:
    c = np.polyfit(x, y, deg)
    r = y - np.polyval(c, x)
    print(deg, np.round(c, 8), "rss below 1e-20:", bool((r ** 2).sum() < 1e-20))
c3 = np.polyfit(x, y, 3)
print("cubic:", np.round(c3, 10))
fine = np.linspace(-1, 2, 7)
print("interp:", np.round(np.interp(fine, x, y), 6))
print("interp outside:", np.interp([-5, 5], x, y), np.interp([-5, 5], x, y, left=0, right=-1))
V = np.vander([1, 2, 3], 3)
print(V)
print(np.vander(np.array([0.5, 2.0]), increasing=True))
tp = np.trapezoid(y, x)
print("trapezoid %.10f" % tp)
pp = np.poly1d([1, 0, -1])
print(pp ** 2)
print((pp * 2)(3), (pp - 1).coeffs, pp == np.poly1d([1, 0, -1]))
print(np.poly1d([0.5, 0.0, 1e-3]))
