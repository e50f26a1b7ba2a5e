# Notebook: an absorbing Markov chain (gambler's ruin and a board game): fundamental matrix, expected steps, absorption odds, simulation.
import numpy as np

p = 0.45
n = 6
P = np.zeros((n + 1, n + 1))
P[0, 0] = P[n, n] = 1.0
for i in range(1, n):
    P[i, i + 1] = p
    P[i, i - 1] = 1 - p
print(P)
print(P.sum(axis=1), np.allclose(P.sum(axis=1), 1))
transient = np.arange(1, n)
absorbing = np.array([0, n])
Q = P[np.ix_(transient, transient)]
R = P[np.ix_(transient, absorbing)]
N = np.linalg.inv(np.eye(n - 1) - Q)
print(np.round(N, 10))
steps = N.sum(axis=1)
B = N @ R
print(steps, B, B.sum(axis=1))
exact = ((1 - p) / p) ** np.arange(n + 1)
win = (1 - exact[1:n]) / (1 - exact[n])
print(win, np.abs(win - B[:, 1]).max() < 1e-12)
P50 = np.linalg.matrix_power(P, 50)
print(np.round(P50[1:n], 6))
print(np.abs(P50[1:n][:, [0, n]] - B).max() < 1e-3)
var_steps = (2 * N - np.eye(n - 1)) @ steps[:, None] - (steps**2)[:, None]
print(var_steps.ravel())
rng = np.random.default_rng(17)
trials = 2000
start = 3
pos = np.full(trials, start)
t = np.zeros(trials, dtype=int)
alive = np.ones(trials, dtype=bool)
for k in range(400):
    if not alive.any():
        break
    moves = np.where(rng.random(trials) < p, 1, -1)
    pos = np.where(alive, pos + moves, pos)
    t += alive
    alive &= (pos > 0) & (pos < n)
print(k, (pos == n).mean(), B[start - 1, 1], t.mean(), steps[start - 1])
print(np.bincount(pos), np.percentile(t, [50, 90, 99]))
board = np.zeros((10, 10))
for s in range(9):
    for d in range(1, 4):
        board[s, min(s + d, 9)] += 1 / 3
board[9, 9] = 1.0
ladders = {2: 6, 5: 1}
for a, b in ladders.items():
    col = board[:, a].copy()
    board[:, a] = 0
    board[:, b] += col
print(board.sum(axis=1), board[:3])
Qb = board[:9, :9]
Nb = np.linalg.inv(np.eye(9) - Qb)
print(np.round(Nb.sum(axis=1), 10))
dist = np.zeros(10)
dist[0] = 1
hist = []
for k in range(12):
    dist = dist @ board
    hist.append(dist[9])
print(np.round(np.array(hist), 10), np.round(np.diff(np.array(hist)), 10))
