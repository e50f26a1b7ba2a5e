# Markov chains: powers of the transition matrix, stationary distribution by eig and lstsq.
import numpy as np

P = np.array([[0.9, 0.075, 0.025], [0.15, 0.8, 0.05], [0.25, 0.25, 0.5]])
print(P.sum(axis=1))
state = np.array([1.0, 0.0, 0.0])
for step in range(1, 6):
    state = state @ P
    print(step, state)
P50 = np.linalg.matrix_power(P, 50)
print(P50)
w, v = np.linalg.eig(P.T)
i = np.argmin(np.abs(w - 1))
pi = np.real(v[:, i])
pi = pi / pi.sum()
print("eigenvalues", np.sort(np.real(w)))
print("stationary", pi)
A = np.vstack([P.T - np.eye(3), np.ones(3)])
b = np.array([0.0, 0.0, 0.0, 1.0])
pi2 = np.linalg.lstsq(A, b, rcond=None)[0]
print("lstsq", pi2, np.allclose(pi, pi2))
M = np.eye(3) - P.T
M[-1] = 1
pi3 = np.linalg.solve(M, np.array([0.0, 0.0, 1.0]))
print("solve", pi3)
np.random.seed(8)
s = 0
visits = np.zeros(3, dtype=int)
for t in range(2000):
    s = np.random.choice(3, p=P[s])
    visits[s] += 1
print(visits, visits / visits.sum())
Q = P[:2, :2]
N = np.linalg.inv(np.eye(2) - Q)
print("fundamental", N)
print("expected steps", N.sum(axis=1))
print(np.round(np.linalg.det(P), 10), np.trace(P))
print(np.linalg.norm(P50 - pi, axis=1))
print(np.abs(P50 - pi).max() < 1e-6)
