# 2-D constant-velocity Kalman filter with state [x, y, vx, vy].
import numpy as np

np.random.seed(7)
dt = 1.0
F = np.eye(4)
F[0, 2] = dt
F[1, 3] = dt
H = np.zeros((2, 4))
H[0, 0] = 1.0
H[1, 1] = 1.0
q = 0.05
Q = q * np.array([[dt**3 / 3, 0, dt**2 / 2, 0],
                  [0, dt**3 / 3, 0, dt**2 / 2],
                  [dt**2 / 2, 0, dt, 0],
                  [0, dt**2 / 2, 0, dt]])
R = np.diag([0.5, 0.5])
print("F =\n", F, sep="")
print("H =", H, sep="\n")
print("Q =", Q)
print("R =", repr(R))

true_state = np.array([0.0, 0.0, 1.0, 0.5])
x = np.array([0.0, 0.0, 0.0, 0.0])
P = np.eye(4) * 100.0
errors = []
for step in range(12):
    true_state = F @ true_state
    z = H @ true_state + np.random.randn(2) * np.sqrt(0.5)
    x = F @ x
    P = F @ P @ F.T + Q
    S = H @ P @ H.T + R
    K = P @ H.T @ np.linalg.inv(S)
    x = x + K @ (z - H @ x)
    P = (np.eye(4) - K @ H) @ P
    err = np.linalg.norm(x[:2] - true_state[:2])
    errors.append(err)
    print(f"{step:2d} z=({z[0]:7.3f},{z[1]:7.3f}) est=({x[0]:7.3f},{x[1]:7.3f}) v=({x[2]:.3f},{x[3]:.3f}) err={err:.4f}")

errors = np.array(errors)
print("errors:", errors)
print("rmse:", np.sqrt(np.mean(errors**2)))
print("max err step:", np.argmax(errors), "min:", np.argmin(errors))
print("final state:", x)
print("final P:")
print(P)
print("P rounded:")
print(np.round(P, 3))
print("K =")
print(K)
print("S^-1 via solve:", np.linalg.solve(S, np.eye(2)))
