# A constant-velocity Kalman filter in 2-D with position measurements, notebook style.
import numpy as np

np.random.seed(3)
dt = 0.5
F = np.array([[1, 0, dt, 0], [0, 1, 0, dt], [0, 0, 1, 0], [0, 0, 0, 1]], dtype=float)
H = np.array([[1.0, 0, 0, 0], [0, 1.0, 0, 0]])
q = 0.05
Q = q * np.array([[dt**3 / 3, 0, dt**2 / 2, 0], [0, dt**3 / 3, 0, dt**2 / 2],
                  [dt**2 / 2, 0, dt, 0], [0, dt**2 / 2, 0, dt]])
R = np.diag([0.4, 0.4])
x = np.zeros((4, 1))
P = np.eye(4) * 10.0
truth = np.zeros((4, 1))
truth[2, 0], truth[3, 0] = 1.0, 0.5
track, meas, gains = [], [], []
for k in range(12):
    truth = F @ truth
    z = H @ truth + np.random.normal(0, np.sqrt(0.4), (2, 1))
    x = F @ x
    P = F @ P @ F.T + Q
    S = H @ P @ H.T + R
    K = P @ H.T @ np.linalg.inv(S)
    y = z - H @ x
    x = x + K @ y
    P = (np.eye(4) - K @ H) @ P
    track.append(x[:2, 0].copy())
    meas.append(z.ravel())
    gains.append(K[0, 0])
    if k % 3 == 0:
        print(f"k={k:2d} z=({z[0, 0]:7.3f},{z[1, 0]:7.3f}) est=({x[0, 0]:7.3f},{x[1, 0]:7.3f}) v=({x[2, 0]:.3f},{x[3, 0]:.3f})")
track = np.array(track)
meas = np.array(meas)
print(track.shape, meas.shape)
print(np.round(track[-3:], 4))
print(np.array(gains).round(5))
print(np.diag(P).round(6))
print(np.round(P, 4))
err = np.linalg.norm(track - meas, axis=1)
print(err.round(4), err.mean().round(6))
print(np.trace(P).round(8), np.linalg.det(P) > 0, np.allclose(P, P.T))
print(np.sqrt(np.diag(P)).round(5))
vel = np.diff(track, axis=0) / dt
print(vel.mean(axis=0).round(4), vel.std(axis=0, ddof=1).round(4))
print(np.linalg.eigvalsh(P).round(6))
L = np.linalg.cholesky(P)
print(np.allclose(L @ L.T, P), L.shape, np.round(L[0], 6))
# smoothed positions with a simple moving average along axis 0
w = 3
sm = np.array([track[i:i + w].mean(axis=0) for i in range(len(track) - w + 1)])
print(sm.round(3))
print(np.percentile(err, [25, 50, 75]).round(5))
