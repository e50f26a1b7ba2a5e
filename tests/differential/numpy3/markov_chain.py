import numpy as np
P = np.array([[0.9, 0.075, 0.025], [0.15, 0.8, 0.05], [0.25, 0.25, 0.5]])
print(P.sum(axis=1), np.allclose(P.sum(axis=1), 1))
state = np.array([1.0, 0.0, 0.0])
for step in range(1, 6):
    state = state @ P
    print(step, state, state.sum())
P10 = np.linalg.matrix_power(P, 10)
print(P10)
print(np.linalg.matrix_power(P, 50).round(6))
w, v = np.linalg.eig(P.T)
i = np.argmin(np.abs(w - 1))
pi = np.real(v[:, i])
pi = pi / pi.sum()
print(np.round(pi, 8), np.isclose(w[i], 1.0))
A = np.vstack([P.T - np.eye(3), np.ones(3)])
b = np.array([0.0, 0.0, 0.0, 1.0])
sol = np.linalg.lstsq(A, b, rcond=None)[0]
print(np.round(sol, 8))
np.random.seed(11)
s = 0
visits = np.zeros(3, dtype=int)
for t in range(2000):
    s = np.random.choice(3, p=P[s])
    visits[s] += 1
print(visits, visits / visits.sum())
