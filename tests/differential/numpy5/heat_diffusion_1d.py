# 1-D heat diffusion by explicit finite differences, with slicing updates and energy checks.
import numpy as np

n = 21
x = np.linspace(0.0, 1.0, n)
u = np.exp(-100 * (x - 0.5) ** 2)
alpha, dx = 0.01, x[1] - x[0]
dt = 0.4 * dx * dx / alpha
print(f"dx={dx:.4f} dt={dt:.6f}")
print(u.round(4))
energy0 = u.sum() * dx
for step in range(1, 201):
    lap = np.zeros_like(u)
    lap[1:-1] = (u[2:] - 2 * u[1:-1] + u[:-2]) / dx**2
    u = u + alpha * dt * lap
    u[0] = u[-1] = 0.0
    if step % 50 == 0:
        print(step, u.max().round(6), np.argmax(u), (u.sum() * dx).round(6))
print(u.round(5))
print(np.allclose(u, u[::-1]), np.abs(u - u[::-1]).max() < 1e-12)
v = np.sin(np.pi * x)
for _ in range(100):
    v[1:-1] += alpha * dt / dx**2 * (v[2:] - 2 * v[1:-1] + v[:-2])
decay = v.max()
print(round(float(decay), 8), np.exp(-alpha * np.pi**2 * 100 * dt).round(6))
grid = np.zeros((5, 5))
grid[2, 2] = 1.0
for _ in range(3):
    g = grid.copy()
    g[1:-1, 1:-1] = 0.25 * (grid[:-2, 1:-1] + grid[2:, 1:-1] + grid[1:-1, :-2] + grid[1:-1, 2:])
    grid = g
print(grid.round(5))
print(grid.sum().round(6), np.unravel_index(grid.argmax(), grid.shape), (grid > 0).sum())
print(np.gradient(np.array([1.0, 4.0, 9.0, 16.0])), np.gradient(u[:5], dx).round(4))
print(np.trapezoid(u, x).round(8) if hasattr(np, "trapezoid") else 0)
