# Constant-velocity Kalman filter in 2-D with a seeded measurement sequence.
import numpy as np

np.random.seed(7)
dt = 0.5
F = np.array([[1, 0, dt, 0], [0, 1, 0, dt], [0, 0, 1, 0], [0, 0, 0, 1]], dtype=float)
H = np.array([[1.0, 0, 0, 0], [0, 1.0, 0, 0]])
q = 0.05
Q = q * np.array([[dt**3 / 3, 0, dt**2 / 2, 0], [0, dt**3 / 3, 0, dt**2 / 2],
                  [dt**2 / 2, 0, dt, 0], [0, dt**2 / 2, 0, dt]])
R = np.eye(2) * 0.8

true_x = np.zeros((25, 4))
true_x[0] = [0.0, 0.0, 1.0, 0.5]
for k in range(1, 25):
    true_x[k] = F @ true_x[k - 1]
zs = true_x[:, :2] + np.random.normal(0, 0.9, size=(25, 2))

x = np.array([0.0, 0.0, 0.0, 0.0])
P = np.eye(4) * 10.0
history = []
nis = []
for k, z in enumerate(zs):
    x = F @ x
    P = F @ P @ F.T + Q
    y = z - H @ x
    S = H @ P @ H.T + R
    K = P @ H.T @ np.linalg.inv(S)
    x = x + K @ y
    P = (np.eye(4) - K @ H) @ P
    nis.append(float(y @ np.linalg.solve(S, y)))
    history.append(x.copy())
    if k % 6 == 0:
        print(k, np.round(x, 3), np.round(np.diag(P), 4))

hist = np.array(history)
err = hist[:, :2] - true_x[:, :2]
rmse = np.sqrt(np.mean(err**2, axis=0))
print("rmse", rmse)
print("final state", hist[-1])
print("final cov diag", np.diag(P))
print("symmetric", np.allclose(P, P.T))
print("mean NIS", round(sum(nis) / len(nis), 6))
print("max innovation", np.max(np.abs(zs - hist[:, :2])))
print("velocities", np.round(hist[-5:, 2:], 4))
np.set_printoptions(precision=4, suppress=True)
print(P)
print(K)
print(np.linalg.eigvalsh(P))
print(np.linalg.det(P) > 0, np.trace(P))
