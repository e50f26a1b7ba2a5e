# Simulating a Markov chain's transitions with multinomial draws and estimating it back.
import numpy as np

states = ["sunny", "cloudy", "rainy"]
P = np.array([[0.7, 0.2, 0.1], [0.3, 0.4, 0.3], [0.2, 0.4, 0.4]])
print("rows sum to one:", np.allclose(P.sum(axis=1), 1.0))

np.random.seed(321)
start_counts = np.array([500, 300, 200])
counts = np.zeros((3, 3), dtype=int)
for i in range(3):
    counts[i] = np.random.multinomial(start_counts[i], P[i])
print(counts)
P_hat = counts / counts.sum(axis=1, keepdims=True)
print(np.round(P_hat, 4))
print("max abs error: %.4f" % np.abs(P_hat - P).max())

print("population after each day")
pop = start_counts.copy()
for day in range(5):
    new = np.zeros(3, dtype=int)
    for i in range(3):
        new += np.random.multinomial(pop[i], P[i])
    pop = new
    print(day + 1, pop, pop.sum())

print("stationary distribution")
evals, evecs = np.linalg.eig(P.T)
k = np.argmin(np.abs(evals - 1.0))
pi = np.real(evecs[:, k])
pi = pi / pi.sum()
print(np.round(pi, 6))
print(np.round(np.linalg.matrix_power(P, 50)[0], 6))

print("single path with choice and p=")
s = 0
path = [s]
for _ in range(15):
    s = np.random.choice(3, p=P[s])
    path.append(int(s))
print(path)
print([states[i][0] for i in path])
vals, freq = np.unique(path, return_counts=True)
print(dict(zip(vals.tolist(), freq.tolist())))
