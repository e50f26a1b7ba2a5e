# Markov chains: matrix_power, stationary distribution by eig and by power iteration, absorption.
import numpy as np

P = np.array([[0.9, 0.075, 0.025], [0.15, 0.8, 0.05], [0.25, 0.25, 0.5]])
print(P.sum(axis=1))
for k in [0, 1, 2, 3, 5, 10, 50]:
    print(k, np.linalg.matrix_power(P, k).round(10))
start = np.array([0.0, 1.0, 0.0])
for k in [1, 2, 8]:
    print(k, start @ np.linalg.matrix_power(P, k))
w, v = np.linalg.eig(P.T)
i = np.argmin(np.abs(w - 1.0))
pi = np.real(v[:, i])
pi = pi / pi.sum()
print("stationary", np.round(pi, 12))
x = np.ones(3) / 3
for _ in range(500):
    x = x @ P
print("power", np.round(x, 12), np.allclose(x, pi))
A = np.vstack([P.T - np.eye(3), np.ones(3)])
b = np.array([0, 0, 0, 1.0])
print("lstsq", np.round(np.linalg.lstsq(A, b, rcond=None)[0], 12))
Q = np.array([[0.0, 0.5, 0.0], [0.5, 0.0, 0.5], [0.0, 0.5, 0.0]])
R = np.array([[0.5, 0.0], [0.0, 0.0], [0.0, 0.5]])
N = np.linalg.inv(np.eye(3) - Q)
print("fundamental", np.round(N, 12))
print("steps", np.round(N @ np.ones(3), 12))
print("absorb", np.round(N @ R, 12))
rng = np.random.default_rng(99)
state = 0
visits = np.zeros(3, dtype=int)
cum = np.cumsum(P, axis=1)
u = rng.random(2000)
for t in range(2000):
    state = int(np.searchsorted(cum[state], u[t], side="right"))
    state = min(state, 2)
    visits[state] += 1
print("visits", visits, np.round(visits / visits.sum(), 4))
print(np.linalg.matrix_power(np.array([[1, 1], [1, 0]]), 10), np.linalg.matrix_power(np.array([[2, 0], [0, 3]]), 0))
print(repr(np.linalg.matrix_power(np.array([[2.0, 1.0], [1.0, 1.0]]), -2)))
