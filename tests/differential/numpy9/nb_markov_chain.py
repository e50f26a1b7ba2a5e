# Markov chain weather model: stationary distribution, n-step transitions, simulation.
import numpy as np

states = ["sunny", "cloudy", "rainy"]
P = np.array([[0.7, 0.2, 0.1], [0.3, 0.4, 0.3], [0.2, 0.3, 0.5]])
print("rows sum to one:", np.allclose(P.sum(axis=1), 1))
P5 = np.linalg.matrix_power(P, 5)
print("P^5:\n", np.round(P5, 5))
P50 = np.linalg.matrix_power(P, 50)
print("P^50 first row:", np.round(P50[0], 6))

w, v = np.linalg.eig(P.T)
k = np.argmin(np.abs(w - 1.0))
pi = np.real(v[:, k])
pi = pi / pi.sum()
print("stationary:", np.round(pi, 6))
print("check pi P = pi:", np.allclose(pi @ P, pi))
A = np.vstack([P.T - np.eye(3), np.ones(3)])
bb = np.array([0.0, 0.0, 0.0, 1.0])
pi2 = np.linalg.lstsq(A, bb, rcond=None)[0]
print("lstsq stationary:", np.round(pi2, 6))

rng = np.random.default_rng(99)
state = 0
counts = np.zeros(3, dtype=int)
path = []
for step in range(2000):
    state = rng.choice(3, p=P[state])
    counts[state] += 1
    if step < 15:
        path.append(states[state][0])
print("path:", "".join(path))
print("empirical:", np.round(counts / counts.sum(), 3))
print("counts:", counts)
dist = np.array([1.0, 0.0, 0.0])
for day in range(1, 6):
    dist = dist @ P
    print(f"day {day}: " + ", ".join(f"{s}={p:.4f}" for s, p in zip(states, dist)))
