# SIR epidemic model integrated with Euler steps; peak finding and summary table.
import numpy as np

N = 10000.0
beta, gamma = 0.3, 0.1
days = 160
dt = 0.5
steps = int(days / dt)
S = np.empty(steps + 1)
I = np.empty(steps + 1)
R = np.empty(steps + 1)
S[0], I[0], R[0] = N - 10, 10.0, 0.0
for k in range(steps):
    new_inf = beta * S[k] * I[k] / N * dt
    new_rec = gamma * I[k] * dt
    S[k + 1] = S[k] - new_inf
    I[k + 1] = I[k] + new_inf - new_rec
    R[k + 1] = R[k] + new_rec
t = np.arange(steps + 1) * dt
print("conserved:", np.allclose(S + I + R, N))
peak = np.argmax(I)
print(f"peak infections {I[peak]:.1f} on day {t[peak]}")
print(f"final susceptible {S[-1]:.1f} ({S[-1] / N:.2%})")
print("R0 =", beta / gamma)
daily = np.arange(0, steps + 1, int(1 / dt))
table = np.column_stack([t[daily], S[daily], I[daily], R[daily]])[::20]
np.set_printoptions(precision=1, suppress=True, linewidth=90)
print(table)
np.set_printoptions(precision=8, suppress=False, linewidth=75)
over = I > 1000
starts = np.flatnonzero(np.diff(over.astype(int)) == 1) + 1
ends = np.flatnonzero(np.diff(over.astype(int)) == -1) + 1
print("above 1000 from day", t[starts], "to day", t[ends])
growth = np.diff(np.log(I[:40])) / dt
print("early growth rate:", np.round(growth[:3], 5), "expected", beta - gamma)
doubling = np.log(2) / growth[0]
print(f"doubling time {doubling:.3f} days")
for b in (0.2, 0.25, 0.3, 0.4):
    s, i = N - 10, 10.0
    best = i
    for _ in range(steps):
        ni = b * s * i / N * dt
        s, i = s - ni, i + ni - gamma * i * dt
        best = max(best, i)
    print(f"beta={b:.2f} peak={best:9.2f} attack={(N - s) / N:.3f}")
