# 1-D heat equation: explicit finite differences with slicing, implicit step via tridiagonal solve, energy check.
import numpy as np

nx = 21
L = 1.0
dx = L / (nx - 1)
alpha = 0.01
dt = 0.4 * dx**2 / alpha
x = np.linspace(0, L, nx)
u = np.sin(np.pi * x) + 0.5 * np.sin(3 * np.pi * x)
u0 = u.copy()
r = alpha * dt / dx**2
print("r = %.4f, dt = %.6f" % (r, dt))
for step in range(100):
    u[1:-1] = u[1:-1] + r * (u[2:] - 2 * u[1:-1] + u[:-2])
t = 100 * dt
exact = np.exp(-alpha * np.pi**2 * t) * np.sin(np.pi * x) + 0.5 * np.exp(-9 * alpha * np.pi**2 * t) * np.sin(3 * np.pi * x)
np.set_printoptions(precision=5, suppress=True)
print(u[::4])
print(exact[::4])
print("max err %.3e" % np.abs(u - exact).max())
A = np.diag(np.full(nx - 2, 1 + 2 * r)) + np.diag(np.full(nx - 3, -r), 1) + np.diag(np.full(nx - 3, -r), -1)
v = u0.copy()
for step in range(100):
    v[1:-1] = np.linalg.solve(A, v[1:-1])
print(v[::4])
print("implicit err %.3e" % np.abs(v - exact).max())
print("energy:", np.round([np.trapezoid(u0**2, x), np.trapezoid(u**2, x), np.trapezoid(v**2, x)], 6))
print("A cond %.4f det %.6f" % (np.linalg.cond(A), np.linalg.det(A[:4, :4])))
M = np.linalg.inv(A)
print("inv row sums min/max:", round(M.sum(axis=1).min(), 6), round(M.sum(axis=1).max(), 6))
w = np.linalg.eigvalsh(A)
print("eig min/max:", np.round(w[[0, -1]], 6))
T = np.zeros((10, 12))
T[0] = 100.0
T[:, 0] = 50.0
for it in range(200):
    T[1:-1, 1:-1] = 0.25 * (T[:-2, 1:-1] + T[2:, 1:-1] + T[1:-1, :-2] + T[1:-1, 2:])
print(np.round(T[:5, :6], 2))
print("mean interior %.4f" % T[1:-1, 1:-1].mean())
print(np.unravel_index(np.argmax(T[1:-1, 1:-1]), (8, 10)))
