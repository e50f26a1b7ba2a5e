# Random walks with cumsum: drift, running max / drawdown, crossings, and a gambler's ruin table.
import numpy as np

rng = np.random.RandomState(42)
steps = rng.choice([-1, 1], size=1000, p=[0.48, 0.52])
walk = np.concatenate([[0], np.cumsum(steps)])
print("final:", walk[-1], "max:", walk.max(), "min:", walk.min())
print("argmax", walk.argmax(), "argmin", walk.argmin())
runmax = np.maximum.accumulate(walk)
dd = runmax - walk
print("max drawdown:", dd.max(), "at", dd.argmax())
zero_cross = np.flatnonzero(np.diff(np.sign(walk[1:])) != 0)
print("sign changes:", zero_cross.size, zero_cross[:8])
print("time above 0: %.3f" % (walk > 0).mean())
levels, counts = np.unique(walk, return_counts=True)
print("most visited level:", levels[counts.argmax()], counts.max())
print("levels visited:", levels.size)
w2 = rng.normal(0.02, 1.0, size=(5, 400)).cumsum(axis=1)
print(np.round(w2[:, -1], 4))
print(np.round(w2.max(axis=1) - w2.min(axis=1), 4))
print("ptp:", np.round(np.ptp(w2, axis=1), 4))
ranks = w2[:, -1].argsort().argsort()
print("ranks:", ranks)
steps2d = rng.randint(0, 4, size=500)
moves = np.array([[1, 0], [-1, 0], [0, 1], [0, -1]])
pos = np.cumsum(moves[steps2d], axis=0)
print("2d final:", pos[-1], "dist %.4f" % np.linalg.norm(pos[-1]))
manh = np.abs(pos).sum(axis=1)
print("max manhattan:", manh.max(), "returns to origin:", np.sum((pos == 0).all(axis=1)))
uniq = np.unique(pos, axis=0)
print("distinct sites:", len(uniq), "first rows:", uniq[:3].tolist())
ruin = []
for start in [2, 5, 8]:
    wins = 0
    for trial in range(200):
        s = start
        while 0 < s < 10:
            s += 1 if rng.rand() < 0.5 else -1
        wins += s == 10
    ruin.append(wins / 200)
print("P(reach 10):", ruin)
hist, edges = np.histogram(steps.cumsum(), bins=5)
print(hist, edges)
