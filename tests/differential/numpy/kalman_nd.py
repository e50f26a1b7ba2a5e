import numpy as np
dt = 1.0
F = np.array([[1, dt], [0, 1]])
H = np.array([[1.0, 0.0]])
Q = np.eye(2) * 0.01
R = np.array([[1.0]])
x = np.array([[0.0], [0.0]])
P = np.eye(2) * 100
for z in [1.1, 2.0, 2.9, 4.2, 5.1]:
    x = F @ x
    P = F @ P @ F.T + Q
    S = H @ P @ H.T + R
    K = P @ H.T @ np.linalg.inv(S)
    x = x + K @ (np.array([[z]]) - H @ x)
    P = (np.eye(2) - K @ H) @ P
print(x)
print(P)
print(x.ravel(), x.shape, float(x[0, 0]))
