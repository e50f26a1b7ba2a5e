# A 1-D Kalman filter tracking a constant-velocity target from noisy position readings.
import numpy as np

np.random.seed(7)
n_steps = 25
dt = 1.0
true_pos = np.cumsum(np.full(n_steps, 1.5)) + 3.0
meas = true_pos + np.random.normal(0.0, 2.0, size=n_steps)

F = np.array([[1.0, dt], [0.0, 1.0]])
H = np.array([[1.0, 0.0]])
Q = np.array([[0.25 * dt**4, 0.5 * dt**3], [0.5 * dt**3, dt**2]]) * 0.01
R = np.array([[4.0]])

x = np.array([[0.0], [0.0]])
P = np.eye(2) * 500.0
estimates = []
gains = []
for z in meas:
    # predict
    x = F @ x
    P = F @ P @ F.T + Q
    # update
    y = np.array([[z]]) - H @ x
    S = H @ P @ H.T + R
    K = P @ H.T @ np.linalg.inv(S)
    x = x + K @ y
    P = (np.eye(2) - K @ H) @ P
    estimates.append(x[:, 0].copy())
    gains.append(K[0, 0])

est = np.array(estimates)
print("shape of estimates:", est.shape)
print("first five estimates:")
print(np.round(est[:5], 3))
print("final state:", np.round(x.ravel(), 4))
print("final covariance diag:", np.round(np.diag(P), 6))
print("gains (first 6):", np.round(np.array(gains[:6]), 4))
resid = est[:, 0] - true_pos
print(f"RMSE filtered: {np.sqrt(np.mean(resid**2)):.4f}")
print(f"RMSE raw:      {np.sqrt(np.mean((meas - true_pos)**2)):.4f}")
print("velocity estimate converged:", abs(est[-1, 1] - 1.5) < 0.5)
print(f"max |residual| at step {np.argmax(np.abs(resid))}: {np.max(np.abs(resid)):.3f}")
for i in range(0, n_steps, 6):
    print(f"t={i:2d} z={meas[i]:8.3f} est={est[i, 0]:8.3f} vel={est[i, 1]:6.3f}")
