# Kalman filters run for several independent sensors at once (vectorised scalar filter),
# plus a steady-state gain from iterating the Riccati recursion.
import numpy as np

rng = np.random.default_rng(5)
n_sensors, n = 4, 30
truth = np.linspace(20.0, 23.0, n)
noise_sd = np.array([0.5, 1.0, 2.0, 4.0])
z = truth[None, :] + rng.normal(size=(n_sensors, n)) * noise_sd[:, None]
print("measurements shape:", z.shape)

x = np.zeros(n_sensors)
p = np.full(n_sensors, 100.0)
q = 0.01
r = noise_sd**2
xs = np.empty((n_sensors, n))
ps = np.empty((n_sensors, n))
for k in range(n):
    p = p + q
    K = p / (p + r)
    x = x + K * (z[:, k] - x)
    p = (1 - K) * p
    xs[:, k] = x
    ps[:, k] = p
print("final estimates:", np.round(x, 4))
print("final variances:", np.round(p, 6))
print("final gains:", np.round(K, 5))
err = np.sqrt(np.mean((xs[:, 10:] - truth[10:]) ** 2, axis=1))
print("rmse per sensor:", np.round(err, 4))
print("best sensor:", np.argmin(err), "ordering:", np.argsort(err))
fused_w = (1 / ps[:, -1]) / np.sum(1 / ps[:, -1])
fused = np.sum(fused_w * xs[:, -1])
print("fusion weights:", np.round(fused_w, 4), "sum", np.round(fused_w.sum(), 12))
print(f"fused estimate {fused:.4f} vs truth {truth[-1]:.4f}")
print("estimates at k=0,5,29:")
print(np.round(xs[:, [0, 5, 29]], 3))

F = np.array([[1.0, 1.0], [0.0, 1.0]])
H = np.array([[1.0, 0.0]])
Q = np.diag([0.001, 0.001])
R = np.array([[1.0]])
P = np.eye(2)
for _ in range(200):
    P = F @ P @ F.T + Q
    S = H @ P @ H.T + R
    Kg = P @ H.T / S
    P = (np.eye(2) - Kg @ H) @ P
print("steady-state gain:", np.round(Kg.ravel(), 6))
print("steady-state P:\n", np.round(P, 6))
print("P symmetric:", np.allclose(P, P.T), "positive:", bool(np.all(np.linalg.eigvalsh(P) > 0)))
