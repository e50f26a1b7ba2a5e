# SIR epidemic: Euler and RK4 integration with vectorized state, peak detection, and parameter sweep.
import numpy as np


def deriv(y, beta, gamma):
    s, i, r = y
    n = y.sum()
    return np.array([-beta * s * i / n, beta * s * i / n - gamma * i, gamma * i])


def run(beta, gamma, days=120, dt=0.5, method="rk4"):
    steps = int(days / dt)
    y = np.array([990.0, 10.0, 0.0])
    out = np.empty((steps + 1, 3))
    out[0] = y
    for k in range(steps):
        if method == "euler":
            y = y + dt * deriv(y, beta, gamma)
        else:
            k1 = deriv(y, beta, gamma)
            k2 = deriv(y + dt / 2 * k1, beta, gamma)
            k3 = deriv(y + dt / 2 * k2, beta, gamma)
            k4 = deriv(y + dt * k3, beta, gamma)
            y = y + dt / 6 * (k1 + 2 * k2 + 2 * k3 + k4)
        out[k + 1] = y
    return out


sol = run(0.3, 0.1)
e = run(0.3, 0.1, method="euler")
t = np.arange(sol.shape[0]) * 0.5
print("conserved:", np.allclose(sol.sum(axis=1), 1000.0))
pk = sol[:, 1].argmax()
print("peak day %.1f infected %.4f" % (t[pk], sol[pk, 1]))
print("final:", np.round(sol[-1], 4))
print("euler final:", np.round(e[-1], 4), "diff %.4f" % np.abs(e - sol).max())
print(np.round(sol[::40], 3))
r0 = 0.3 / 0.1
print("R0 = %.1f herd threshold %.4f" % (r0, 1 - 1 / r0))
cross = np.argmax(sol[:, 0] < 1000 / r0)
print("S below threshold at day", t[cross])
for beta in np.arange(0.15, 0.46, 0.1):
    s = run(beta, 0.1, days=160, dt=1.0)
    print(f"beta={beta:.2f} peak={s[:, 1].max():8.3f} day={s[:, 1].argmax():3d} attack={s[-1, 2] / 1000:.4f}")
daily_new = -np.diff(sol[:, 0])
print("max new per step %.4f at %d" % (daily_new.max(), daily_new.argmax()))
growth = np.diff(np.log(sol[:20, 1]))
print("early growth rates:", np.round(growth[:5], 6))
