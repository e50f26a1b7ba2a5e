# Vectorised Newton-Raphson and bisection for many starting points at once.
import numpy as np


def f(x):
    return x**3 - 2 * x - 5


def df(x):
    return 3 * x**2 - 2


x = np.linspace(-3, 3, 13)
x[np.abs(df(x)) < 1e-12] += 0.1
history = [x.copy()]
for it in range(30):
    step = f(x) / df(x)
    x = x - step
    history.append(x.copy())
    if np.all(np.abs(step) < 1e-14):
        break
print("iterations:", it + 1)
print("converged to:", np.unique(np.round(x, 10)))
print("residuals small:", np.all(np.abs(f(x)) < 1e-9))
H = np.array(history)
print("history shape:", H.shape)
print("first start path:", np.round(H[:6, 0], 6))
conv_iter = np.argmax(np.abs(H - x) < 1e-8, axis=0)
print("iterations to converge per start:", conv_iter)
lo = np.full(4, 2.0)
hi = np.array([2.5, 3.0, 4.0, 10.0])
for _ in range(60):
    mid = (lo + hi) / 2
    left = np.sign(f(mid)) == np.sign(f(lo))
    lo = np.where(left, mid, lo)
    hi = np.where(left, hi, mid)
print("bisection:", lo)
print("agree:", np.allclose(lo, x[0]))
g = lambda v: np.cos(v) - v
v = np.array([0.0, 0.5, 1.0])
for _ in range(50):
    v = v - g(v) / (-np.sin(v) - 1)
print("cos fixed point:", v, repr(v[0]))
sq = np.array([2.0, 10.0, 144.0, 1e-4])
r = sq.copy()
for _ in range(40):
    r = 0.5 * (r + sq / r)
print("babylonian sqrt:", r, np.array_equal(r, np.sqrt(sq)))
print("max ulp diff:", np.max(np.abs(r - np.sqrt(sq)) / np.spacing(np.sqrt(sq))))
print("spacing:", np.spacing(np.array([1.0, -1.0, 0.0, -0.0, 1e10, np.inf])), np.spacing(1))
