# Optimisation: Newton's method in 2-D with a Hessian solve, gradient descent with backtracking, golden section.
import numpy as np


def f(v):
    x, y = v
    return (1 - x) ** 2 + 10 * (y - x**2) ** 2


def grad(v):
    x, y = v
    return np.array([-2 * (1 - x) - 40 * x * (y - x**2), 20 * (y - x**2)])


def hess(v):
    x, y = v
    return np.array([[2 - 40 * y + 120 * x**2, -40 * x], [-40 * x, 20.0]])


v = np.array([-1.2, 1.0])
for it in range(20):
    g = grad(v)
    if np.linalg.norm(g) < 1e-12:
        break
    step = np.linalg.solve(hess(v), g)
    v = v - step
    print(f"newton {it:2d} f={f(v):.6e} |g|={np.linalg.norm(grad(v)):.3e} v={np.round(v, 8)}")
w = np.array([-1.2, 1.0])
n_eval = 0
for it in range(2000):
    g = grad(w)
    t = 1.0
    while f(w - t * g) > f(w) - 0.5 * t * (g @ g):
        t *= 0.5
        n_eval += 1
    w = w - t * g
    if np.linalg.norm(g) < 1e-6:
        break
print("gd iters", it, "evals", n_eval, "w", np.round(w, 5), "f %.3e" % f(w))
phi = (np.sqrt(5) - 1) / 2
a, b = 0.0, 3.0
h = lambda x: (x - 1.3) ** 2 + np.sin(3 * x)
for k in range(40):
    c, d = b - phi * (b - a), a + phi * (b - a)
    if h(c) < h(d):
        b = d
    else:
        a = c
print("golden min x=%.8f h=%.8f" % ((a + b) / 2, h((a + b) / 2)))
xs = np.linspace(0, 3, 3001)
print("grid min x=%.4f" % xs[np.argmin(h(xs))])
H = hess(np.array([1.0, 1.0]))
print("hess at opt:\n", H, "\neig:", np.round(np.linalg.eigvalsh(H), 6), "posdef:", np.all(np.linalg.eigvalsh(H) > 0))
eps = 1e-6
num = np.array([(f(np.array([0.5 + eps, 0.2])) - f(np.array([0.5 - eps, 0.2]))) / (2 * eps),
                (f(np.array([0.5, 0.2 + eps])) - f(np.array([0.5, 0.2 - eps]))) / (2 * eps)])
print("grad check:", np.allclose(num, grad(np.array([0.5, 0.2])), atol=1e-5))
