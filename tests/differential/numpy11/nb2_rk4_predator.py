# Lotka-Volterra predator-prey integrated with RK4 on a state vector.
import numpy as np

a, b, c, d = 1.1, 0.4, 0.4, 0.1
def f(s):
    x, y = s
    return np.array([a * x - b * x * y, d * x * y - c * y])

def rk4(s, h):
    k1 = f(s)
    k2 = f(s + h / 2 * k1)
    k3 = f(s + h / 2 * k2)
    k4 = f(s + h * k3)
    return s + h / 6 * (k1 + 2 * k2 + 2 * k3 + k4)

h, steps = 0.05, 400
traj = np.empty((steps + 1, 2))
traj[0] = [10.0, 5.0]
for k in range(steps):
    traj[k + 1] = rk4(traj[k], h)
np.set_printoptions(precision=5, suppress=True)
print(traj[::50])
prey, pred = traj.T
print("prey max %.6f at t=%.2f" % (prey.max(), prey.argmax() * h))
print("pred max %.6f at t=%.2f" % (pred.max(), pred.argmax() * h))
V = d * prey - c * np.log(prey) + b * pred - a * np.log(pred)
print("invariant drift %.3e" % (V.max() - V.min()) if V.max() - V.min() > 1e-9 else "invariant exact")
print("invariant start/end: %.10f %.10f" % (V[0], V[-1]))
peaks = np.flatnonzero((prey[1:-1] > prey[:-2]) & (prey[1:-1] > prey[2:])) + 1
print("prey peaks at steps:", peaks, "period ~ %.4f" % (np.diff(peaks).mean() * h))
e = traj[0].copy()
for k in range(steps):
    e = e + h * f(e)
print("euler end:", e, "rk4 end:", traj[-1])
print("means:", traj.mean(axis=0), "equilibrium:", np.array([c / d, a / b]))
