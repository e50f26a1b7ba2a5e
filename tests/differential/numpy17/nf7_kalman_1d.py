# A 2-state (position, velocity) Kalman filter tracking a noisy 1-D trajectory.
import numpy as np

np.random.seed(11)
dt = 0.5
F = np.array([[1.0, dt], [0.0, 1.0]])
H = np.array([[1.0, 0.0]])
q = 0.05
Q = q * np.array([[dt ** 4 / 4, dt ** 3 / 2], [dt ** 3 / 2, dt ** 2]])
R = np.array([[0.8]])

n = 25
true_x = np.zeros((n, 2))
true_x[0] = [0.0, 1.0]
for k in range(1, n):
    true_x[k] = F @ true_x[k - 1] + np.array([0.0, 0.02 * np.sin(k)])
z = true_x[:, 0] + np.random.normal(0.0, np.sqrt(R[0, 0]), n)

x = np.array([0.0, 0.0])
P = np.eye(2) * 10.0
est = np.zeros((n, 2))
gains = np.zeros((n, 2))
covs = np.zeros((n, 2, 2))
for k in range(n):
    x = F @ x
    P = F @ P @ F.T + Q
    y = z[k] - H @ x
    S = H @ P @ H.T + R
    K = P @ H.T @ np.linalg.inv(S)
    x = x + (K @ y)
    P = (np.eye(2) - K @ H) @ P
    est[k] = x
    gains[k] = K[:, 0]
    covs[k] = P

np.set_printoptions(precision=6)
print("measurements", z)
print("estimates\n", est)
print("gains\n", gains[-5:])
print("final P\n", covs[-1])
err = est[:, 0] - true_x[:, 0]
print("rmse est", np.sqrt(np.mean(err ** 2)))
print("rmse raw", np.sqrt(np.mean((z - true_x[:, 0]) ** 2)))
print("max |err|", np.max(np.abs(err)), "at", np.argmax(np.abs(err)))
print("trace P", np.trace(covs, axis1=1, axis2=2)[-3:])
print("symmetric", np.allclose(covs, np.transpose(covs, (0, 2, 1))))
eig = np.linalg.eigvalsh(covs[-1])
print("eig P", eig, np.all(eig > 0))
np.set_printoptions(precision=8)
print(repr(est[-1]), repr(gains[-1]))
# Steady-state gain by iterating the Riccati equation.
P = np.eye(2)
for _ in range(200):
    P = F @ P @ F.T + Q
    K = P @ H.T / (H @ P @ H.T + R)
    P = (np.eye(2) - K @ H) @ P
print(np.round(K.ravel(), 10), np.round(P, 10))
