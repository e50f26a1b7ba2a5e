# Polynomial helpers: roots, poly, polyadd/sub/mul/div, polyder/polyint, poly1d.
import numpy as np

p = np.array([1.0, -6.0, 11.0, -6.0])
r = np.roots(p)
print(repr(np.sort(r)), repr(np.round(np.poly(r), 10)))
print(repr(np.roots([1, 0, -4])), repr(np.roots([2, -4])), repr(np.roots([0, 0, 1, -3])))
print(repr(np.polyadd([1, 2], [1, 0, 0])), repr(np.polysub([1, 2, 3], [1, 1])), repr(np.polymul([1, 1], [1, -1])))
q, rem = np.polydiv(np.array([1.0, -6.0, 11.0, -6.0]), np.array([1.0, -1.0]))
print(repr(q), repr(rem))
print(repr(np.polyder(p)), repr(np.polyder(p, 2)), repr(np.polyint(np.array([3.0, 2.0, 1.0]))), repr(np.polyint([6, 2], k=5)))
print(repr(np.polyval(np.polyder(p), 2.0)), repr(np.polyval(p, np.array([1.0, 2.0, 3.0, 4.0]))))
pp = np.poly1d([1, -3, 2])
print(pp)
print(repr(pp), pp(3), pp.roots, pp.order, pp.coeffs)
print(pp * pp, (pp + 1).coeffs, pp.deriv().coeffs, pp.integ().coeffs)
xs = np.linspace(-1, 1, 7)
ys = 2 * xs ** 2 - xs + 0.5
fit = np.poly1d(np.polyfit(xs, ys, 2))
print(np.round(fit.coeffs, 10), np.round(fit(0.25), 10))
