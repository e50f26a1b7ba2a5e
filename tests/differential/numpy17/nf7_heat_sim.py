# A 2-D heat-diffusion notebook: explicit stencil with slicing, boundary conditions, convergence.
import numpy as np

n = 12
u = np.zeros((n, n))
u[0, :] = 100.0
u[:, 0] = 50.0
u[n // 2 - 1:n // 2 + 1, n // 2 - 1:n // 2 + 1] = 200.0
alpha = 0.2
history = []
for step in range(60):
    lap = u[:-2, 1:-1] + u[2:, 1:-1] + u[1:-1, :-2] + u[1:-1, 2:] - 4 * u[1:-1, 1:-1]
    u_new = u.copy()
    u_new[1:-1, 1:-1] += alpha * lap
    delta = np.abs(u_new - u).max()
    u = u_new
    if step % 10 == 9:
        history.append(delta)
        print(step, round(float(delta), 10), round(float(u.mean()), 10), round(float(u[1:-1, 1:-1].sum()), 8))
np.set_printoptions(precision=3, linewidth=120)
print(u)
np.set_printoptions(precision=8, linewidth=75)
print(np.array(history))
print(np.round(u[n // 2], 6))
print(np.unravel_index(np.argmax(u[1:-1, 1:-1]), (n - 2, n - 2)))
profile = u.mean(axis=1)
print(np.round(profile, 6))
grad_y, grad_x = np.gradient(u)
print(np.round(grad_x[5, :6], 6), np.round(grad_y[:6, 5], 6))
flux = np.sqrt(grad_x ** 2 + grad_y ** 2)
print(round(float(flux.max()), 8), np.round(np.percentile(flux, [50, 90, 99]), 6))
hot = u > 50
print(hot.sum(), np.argwhere(hot)[:5])
levels = np.digitize(u, [10, 25, 50, 75, 100])
print(levels)
print(np.bincount(levels.ravel(), minlength=6))
sym = np.abs(u[1:-1, 1:-1] - u[1:-1, 1:-1].T).max()
print(round(float(sym), 10))
