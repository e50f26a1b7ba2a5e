# 1-D Kalman filter tracking position+velocity, printing covariance matrices each step.
import numpy as np

np.set_printoptions(precision=4)

dt = 0.5
F = np.array([[1.0, dt], [0.0, 1.0]])
H = np.array([[1.0, 0.0]])
Q = np.array([[dt**4 / 4, dt**3 / 2], [dt**3 / 2, dt**2]]) * 0.02
R = np.array([[0.25]])

x = np.zeros((2, 1))
P = np.eye(2) * 10.0

measurements = [0.9, 2.1, 2.8, 4.2, 5.1, 5.8, 7.2, 8.1]
history = []
for k, z in enumerate(measurements):
    # predict
    x = F @ x
    P = F @ P @ F.T + Q
    # update
    y = np.array([[z]]) - H @ x
    S = H @ P @ H.T + R
    K = P @ H.T @ np.linalg.inv(S)
    x = x + K @ y
    P = (np.eye(2) - K @ H) @ P
    history.append(x.ravel().copy())
    print(f"step {k}: z={z:.1f} pos={x[0, 0]:.4f} vel={x[1, 0]:.4f} gain={K[0, 0]:.5f}")
    if k % 3 == 0:
        print("P =")
        print(P)

hist = np.array(history)
print("history shape", hist.shape, hist.dtype)
print(hist)
print("mean velocity:", hist[:, 1].mean())
print("final P diag:", np.diag(P))
print("trace(P) =", np.trace(P))
print("P symmetric:", np.allclose(P, P.T))
print("det(P) =", np.linalg.det(P))
eigvals = np.linalg.eigvalsh(P) if hasattr(np.linalg, "eigvalsh") else None
print(repr(x))
print(repr(P.round(6)))
s = np.sqrt(np.diag(P))
print("sigma:", s)
print("3-sigma band:", np.array([x[0, 0] - 3 * s[0], x[0, 0] + 3 * s[0]]))
