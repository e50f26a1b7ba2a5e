import numpy as np
np.random.seed(3)
dt = 0.5
F = np.array([[1, dt, 0, 0], [0, 1, 0, 0], [0, 0, 1, dt], [0, 0, 0, 1]])
H = np.array([[1, 0, 0, 0], [0, 0, 1, 0]])
Q = 0.01 * np.eye(4)
R = np.diag([0.5, 0.5])
x_true = np.array([0.0, 1.0, 0.0, 0.5])
x = np.zeros(4)
P = np.eye(4) * 10
track = []
for k in range(8):
    x_true = F @ x_true
    z = H @ x_true + np.random.normal(0, 0.7, size=2)
    x = F @ x
    P = F @ P @ F.T + Q
    S = H @ P @ H.T + R
    K = P @ H.T @ np.linalg.inv(S)
    y = z - H @ x
    x = x + K @ y
    P = (np.eye(4) - K @ H) @ P
    track.append(x.copy())
    print(k, np.round(x, 3), np.round(np.diag(P), 4))
track = np.array(track)
print(track.shape)
print(track[:, [0, 2]])
err = track[:, 0] - np.arange(1, 9) * 0.5
print(err.round(3), np.sqrt(np.mean(err ** 2)))
print(np.set_printoptions(precision=4))
print(P)
print(K)
