# 2-D constant-velocity Kalman filter tracking a noisy target, with gating and a summary table.
import numpy as np

rng = np.random.RandomState(7)
dt = 0.5
F = np.array([[1, 0, dt, 0], [0, 1, 0, dt], [0, 0, 1, 0], [0, 0, 0, 1]], dtype=float)
H = np.array([[1.0, 0, 0, 0], [0, 1.0, 0, 0]])
q = 0.05
G = np.array([[0.5 * dt**2, 0], [0, 0.5 * dt**2], [dt, 0], [0, dt]])
Q = q * G @ G.T
R = np.eye(2) * 0.8

truth = np.zeros((40, 4))
truth[0] = [0.0, 0.0, 1.0, 0.5]
for k in range(1, 40):
    truth[k] = F @ truth[k - 1]
    if k == 20:
        truth[k, 2:] = [-0.5, 1.2]
meas = truth[:, :2] + rng.normal(0, 0.9, size=(40, 2))

x = np.array([0.0, 0.0, 0.0, 0.0])
P = np.eye(4) * 10.0
est = []
nis_list = []
gated = 0
for k in range(40):
    x = F @ x
    P = F @ P @ F.T + Q
    y = meas[k] - H @ x
    S = H @ P @ H.T + R
    Si = np.linalg.inv(S)
    nis = float(y @ Si @ y)
    nis_list.append(nis)
    if nis > 13.8:
        gated += 1
        est.append(x.copy())
        continue
    K = P @ H.T @ Si
    x = x + K @ y
    I_KH = np.eye(4) - K @ H
    P = I_KH @ P @ I_KH.T + K @ R @ K.T
    est.append(x.copy())

est = np.array(est)
err = np.linalg.norm(est[:, :2] - truth[:, :2], axis=1)
raw = np.linalg.norm(meas - truth[:, :2], axis=1)
print("gated:", gated)
print("rmse filter: %.4f raw: %.4f" % (np.sqrt(np.mean(err**2)), np.sqrt(np.mean(raw**2))))
np.set_printoptions(precision=3, suppress=True)
print("final state:", est[-1])
print("final P diag:", np.diag(P))
print("trace P:", round(float(np.trace(P)), 6))
print("eig P:", np.linalg.eigvalsh(P))
nis_arr = np.array(nis_list)
print("NIS mean %.3f median %.3f max %.3f" % (nis_arr.mean(), np.median(nis_arr), nis_arr.max()))
print("NIS quartiles:", np.percentile(nis_arr, [25, 50, 75]))
print("steps with err > raw:", np.flatnonzero(err > raw)[:10])
for k in range(0, 40, 8):
    print(f"{k:3d} truth=({truth[k,0]:7.3f},{truth[k,1]:7.3f}) est=({est[k,0]:7.3f},{est[k,1]:7.3f}) err={err[k]:.3f}")
print(np.round(est[::10], 2))
print(np.allclose(P, P.T), np.linalg.det(P) > 0)
L = np.linalg.cholesky(P)
print(np.allclose(L @ L.T, P))
print(np.round(L, 4))
