# An SIR epidemic model: Euler and RK4 integration on arrays, peak finding, parameter sweep.
import numpy as np


def deriv(y, beta, gamma):
    s, i, r = y
    n = y.sum()
    return np.array([-beta * s * i / n, beta * s * i / n - gamma * i, gamma * i])


def rk4(y0, beta, gamma, dt, steps):
    out = np.empty((steps + 1, 3))
    out[0] = y0
    y = y0.astype(float)
    for k in range(steps):
        k1 = deriv(y, beta, gamma)
        k2 = deriv(y + dt / 2 * k1, beta, gamma)
        k3 = deriv(y + dt / 2 * k2, beta, gamma)
        k4 = deriv(y + dt * k3, beta, gamma)
        y = y + dt / 6 * (k1 + 2 * k2 + 2 * k3 + k4)
        out[k + 1] = y
    return out


y0 = np.array([990, 10, 0])
traj = rk4(y0, 0.3, 0.1, 0.5, 240)
print(traj.shape, traj[::40])
peak = np.argmax(traj[:, 1])
print("peak day", peak * 0.5, np.round(traj[peak], 6))
print("final", np.round(traj[-1], 6), np.round(traj[-1].sum(), 8))
euler = np.empty_like(traj)
euler[0] = y0
for k in range(240):
    euler[k + 1] = euler[k] + 0.5 * deriv(euler[k], 0.3, 0.1)
diff = np.abs(euler - traj)
print("max euler gap", np.round(diff.max(axis=0), 6), np.argmax(diff, axis=0))
betas = np.linspace(0.15, 0.45, 7)
peaks = []
for b in betas:
    t = rk4(y0, b, 0.1, 1.0, 150)
    peaks.append([t[:, 1].max(), np.argmax(t[:, 1]), t[-1, 2]])
peaks = np.array(peaks)
np.set_printoptions(precision=4, suppress=True)
print(np.column_stack([betas, peaks]))
np.set_printoptions(precision=8, suppress=False)
r0 = betas / 0.1
print(r0, np.round(1 - 1 / r0, 6))
above = traj[:, 1] > 100
starts = np.flatnonzero(np.diff(above.astype(int)) == 1)
ends = np.flatnonzero(np.diff(above.astype(int)) == -1)
print(starts, ends, above.sum() * 0.5)
print(np.round(np.trapezoid(traj[:, 1], dx=0.5), 6), np.round(np.gradient(traj[:, 1], 0.5)[:5], 8))
weekly = traj[:236:14, 1]
print(np.round(weekly, 4), np.round(np.diff(np.log(weekly)), 6))
