import numpy as np
n = 8
u = np.zeros((n, n))
u[0, :] = 100.0
u[:, 0] = 50.0
u[0, 0] = 75.0
for it in range(60):
    new = u.copy()
    new[1:-1, 1:-1] = 0.25 * (u[:-2, 1:-1] + u[2:, 1:-1] + u[1:-1, :-2] + u[1:-1, 2:])
    delta = np.abs(new - u).max()
    u = new
    if it % 20 == 0:
        print(it, round(float(delta), 6))
np.set_printoptions(precision=2, suppress=True, linewidth=100)
print(u)
print(u[1:-1, 1:-1].mean(), u.sum(axis=0), u.argmax(axis=1))
T = np.linspace(0, 1, 6)
profile = np.outer(np.exp(-T), np.sin(np.pi * T))
print(profile)
print(np.gradient(profile, axis=1))
np.set_printoptions(precision=8, suppress=False, linewidth=75)
print(np.trapezoid(profile, T, axis=1), np.cumsum(profile, axis=0)[-1])
