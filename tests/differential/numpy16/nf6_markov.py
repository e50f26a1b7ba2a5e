# Markov chains: matrix powers, stationary distributions, simulation.
import numpy as np

states = ["sunny", "cloudy", "rainy"]
P = np.array([[0.7, 0.2, 0.1], [0.3, 0.4, 0.3], [0.2, 0.3, 0.5]])
print(P.sum(axis=1))
start = np.array([1.0, 0.0, 0.0])
for k in [1, 2, 5, 20]:
    print(k, start @ np.linalg.matrix_power(P, k))
dist = start.copy()
for _ in range(100):
    dist = dist @ P
print(dist)
w, vecs = np.linalg.eig(P.T)
i = np.argmin(np.abs(w - 1))
stat = np.real(vecs[:, i])
stat = stat / stat.sum()
print(np.round(stat, 12))
A = np.vstack([P.T - np.eye(3), np.ones(3)])
bb = np.array([0, 0, 0, 1.0])
pi = np.linalg.lstsq(A, bb, rcond=None)[0]
print(np.round(pi, 12))
rng = np.random.default_rng(11)
s = 0
path = [s]
for _ in range(30):
    s = rng.choice(3, p=P[s])
    path.append(int(s))
print(path)
print(np.bincount(path, minlength=3) / len(path))
trans = np.zeros((3, 3), dtype=int)
np.add.at(trans, (np.array(path[:-1]), np.array(path[1:])), 1)
print(trans)
est = trans / trans.sum(axis=1, keepdims=True)
print(np.round(est, 4))
print(" -> ".join(states[p] for p in path[:8]))
# absorbing chain
Q = np.array([[0.0, 0.5], [0.5, 0.0]])
R = np.array([[0.5, 0.0], [0.0, 0.5]])
N = np.linalg.inv(np.eye(2) - Q)
print(N, N.sum(axis=1), N @ R)
# vectorised simulation of many chains
cum = np.cumsum(P, axis=1)
cur = np.zeros(6, dtype=int)
for _ in range(5):
    r = rng.random(6)
    cur = (r[:, None] > cum[cur]).sum(axis=1)
    print(cur)
