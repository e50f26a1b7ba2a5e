# 1-D heat equation and 2-D Laplace relaxation by slicing.
import numpy as np

n = 11
u = np.zeros(n)
u[n // 2] = 100.0
alpha = 0.25
for step in range(20):
    u[1:-1] = u[1:-1] + alpha * (u[2:] - 2 * u[1:-1] + u[:-2])
    if step % 5 == 4:
        print(step + 1, u)
print(u.sum(), u.max(), u.argmax())
v = np.linspace(0, 1, 9)
v = np.sin(np.pi * v)
for _ in range(10):
    v[1:-1] = 0.5 * (v[:-2] + v[2:])
print(v)
phi = np.zeros((6, 6))
phi[0, :] = 1.0
phi[:, 0] = 0.5
for it in range(50):
    old = phi.copy()
    phi[1:-1, 1:-1] = 0.25 * (old[:-2, 1:-1] + old[2:, 1:-1] + old[1:-1, :-2] + old[1:-1, 2:])
    diff = np.abs(phi - old).max()
print(phi)
print(diff)
T = np.full((4, 5), 20.0)
T[:, -1] = 80.0
for _ in range(30):
    T[1:-1, 1:-1] = (T[:-2, 1:-1] + T[2:, 1:-1] + T[1:-1, :-2] + T[1:-1, 2:]) / 4
print(T)
print(np.round(T, 2))
grad_y, grad_x = np.gradient(T)
print(grad_x[1], grad_y[:, 2])
x = np.linspace(0, 2 * np.pi, 9)
y = np.sin(x)
dy = np.gradient(y, x)
print(dy)
print(np.abs(dy - np.cos(x)).max())
