# Notebook: 2-D heat equation, explicit finite differences with Neumann (insulated) and Dirichlet edges, energy bookkeeping.
import numpy as np

nx, ny = 12, 9
dx = 1.0 / (nx - 1)
dy = 1.0 / (ny - 1)
alpha = 0.1
dt = 0.2 * min(dx, dy) ** 2 / alpha
print("dt", dt, "r", alpha * dt / dx**2, alpha * dt / dy**2)
x = np.linspace(0, 1, nx)
y = np.linspace(0, 1, ny)
X, Y = np.meshgrid(x, y, indexing="ij")
u = np.exp(-((X - 0.3) ** 2 + (Y - 0.6) ** 2) / 0.02)
print(u.shape, u.max(), u.sum(), np.unravel_index(np.argmax(u), u.shape))


def step_neumann(u):
    p = np.pad(u, 1, mode="edge")
    lap = (p[2:, 1:-1] - 2 * u + p[:-2, 1:-1]) / dx**2 + (p[1:-1, 2:] - 2 * u + p[1:-1, :-2]) / dy**2
    return u + alpha * dt * lap


def step_dirichlet(u):
    v = u.copy()
    v[1:-1, 1:-1] = u[1:-1, 1:-1] + alpha * dt * (
        (u[2:, 1:-1] - 2 * u[1:-1, 1:-1] + u[:-2, 1:-1]) / dx**2
        + (u[1:-1, 2:] - 2 * u[1:-1, 1:-1] + u[1:-1, :-2]) / dy**2
    )
    v[0, :] = v[-1, :] = 0.0
    v[:, 0] = v[:, -1] = 0.0
    return v


un = u.copy()
ud = u.copy()
history = []
for n in range(1, 201):
    un = step_neumann(un)
    ud = step_dirichlet(ud)
    if n % 40 == 0:
        history.append((n, un.sum() * dx * dy, ud.sum() * dx * dy, un.max(), ud.max()))
for row in history:
    print("step %3d neumann %.12f dirichlet %.12f max %.10f %.10f" % row)
print(np.round(un, 5))
print(ud[::3, ::2])
print(repr(un.mean()), repr(ud.std()), repr(np.abs(un - ud).max()))
prof = un.mean(axis=1)
print(prof, np.gradient(prof, dx))
center = un[nx // 2]
print(center, np.argmax(center), np.trapezoid(center, y))
flux = -alpha * np.diff(ud, axis=0) / dx
print(flux[0], flux[-1].sum(), np.isclose(un.sum(), u.sum() * 1.0, rtol=0.05))
hot = un > un.mean()
print(hot.sum(), np.argwhere(hot)[:5], un[hot].min())
t = np.arange(1, 6) * 40 * dt
print(t, np.array([h[1] for h in history]), np.array([h[2] for h in history]) / history[0][2])
