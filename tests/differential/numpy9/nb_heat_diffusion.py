# Explicit finite differences for the 1-D heat equation, and a 2-D stencil.
import numpy as np

nx = 21
alpha = 0.25
u = np.zeros(nx)
u[8:13] = 100.0
print("initial:", u)
for t in range(50):
    u[1:-1] = u[1:-1] + alpha * (u[2:] - 2 * u[1:-1] + u[:-2])
    if t in (0, 9, 49):
        print(f"t={t + 1}:", np.round(u, 2))
print("total heat:", round(u.sum(), 6))
print("peak:", u.max().round(4), "at", u.argmax())
print("symmetric:", np.allclose(u, u[::-1]))

g = np.zeros((7, 7))
g[3, 3] = 64.0
for it in range(3):
    new = g.copy()
    new[1:-1, 1:-1] = 0.25 * (g[:-2, 1:-1] + g[2:, 1:-1] + g[1:-1, :-2] + g[1:-1, 2:])
    g = new
    print(f"iteration {it + 1}, sum={g.sum()}")
    print(g)
lap = -4 * g[1:-1, 1:-1] + g[:-2, 1:-1] + g[2:, 1:-1] + g[1:-1, :-2] + g[1:-1, 2:]
print("laplacian:\n", lap)
print(np.gradient(np.array([1.0, 2.0, 4.0, 7.0, 11.0])))
gy, gx = np.gradient(g)
print(np.round(gx[3], 3))
energy = [round(float((g**2).sum()), 6)]
for _ in range(2):
    g[1:-1, 1:-1] = 0.25 * (g[:-2, 1:-1] + g[2:, 1:-1] + g[1:-1, :-2] + g[1:-1, 2:])
    energy.append(round(float((g**2).sum()), 6))
print("energy:", energy, "decreasing:", all(a >= b for a, b in zip(energy, energy[1:])))
