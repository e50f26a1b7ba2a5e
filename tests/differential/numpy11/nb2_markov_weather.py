# A three-state weather Markov chain: powers, stationary distribution, simulated paths.
import numpy as np

states = ["sun", "cloud", "rain"]
P = np.array([[0.7, 0.2, 0.1],
              [0.3, 0.4, 0.3],
              [0.2, 0.3, 0.5]])
print("rows sum to 1:", np.allclose(P.sum(axis=1), 1))
for k in [1, 2, 5, 20]:
    print(k, "steps:\n", np.round(np.linalg.matrix_power(P, k), 6))
w, V = np.linalg.eig(P.T)
i = np.argmin(np.abs(w - 1))
pi = np.real(V[:, i])
pi = pi / pi.sum()
print("eigenvalues sorted:", np.round(np.sort(np.real(w)), 8))
print("stationary:", np.round(pi, 8))
A = np.vstack([P.T - np.eye(3), np.ones(3)])
b = np.array([0, 0, 0, 1.0])
pi2 = np.linalg.lstsq(A, b, rcond=None)[0]
print("lstsq stationary close:", np.allclose(pi, pi2))
dist = np.array([1.0, 0.0, 0.0])
for day in range(6):
    dist = dist @ P
    print(f"day {day + 1}: " + " ".join(f"{s}={p:.4f}" for s, p in zip(states, dist)))
rng = np.random.default_rng(31)
path = [0]
for _ in range(300):
    path.append(rng.choice(3, p=P[path[-1]]))
path = np.array(path)
freq = np.bincount(path, minlength=3) / len(path)
print("empirical:", np.round(freq, 4))
trans = np.zeros((3, 3))
np.add.at(trans, (path[:-1], path[1:]), 1)
print("transition counts:\n", trans.astype(int))
print("estimated P:\n", np.round(trans / trans.sum(axis=1, keepdims=True), 3))
rain_runs = np.diff(np.flatnonzero(np.diff(np.r_[0, (path == 2).astype(int), 0])))[::2]
print("rain spells:", rain_runs[:10], "longest:", rain_runs.max())
print("expected return time to sun: %.6f" % (1 / pi[0]))
