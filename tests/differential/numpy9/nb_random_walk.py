# Random walks: many walkers, first passage times, final positions.
import numpy as np

rng = np.random.default_rng(2024)
n_walkers, n_steps = 500, 100
steps = rng.choice([-1, 1], size=(n_walkers, n_steps))
paths = np.cumsum(steps, axis=1)
print("paths shape:", paths.shape, paths.dtype)
final = paths[:, -1]
print("final mean:", final.mean(), "final var:", final.var())
print("max reach:", paths.max(), "min reach:", paths.min())
hit = np.abs(paths) >= 10
ever = hit.any(axis=1)
print("walkers reaching |10|:", ever.sum())
first = np.argmax(hit, axis=1)
print("mean first passage:", first[ever].mean().round(3))
print("first 8 passage times:", np.where(ever, first, -1)[:8])
vals, cnts = np.unique(final, return_counts=True)
print("distinct finals:", vals.size)
print("most common final:", vals[np.argmax(cnts)], "x", cnts.max())
print("first walker first 20:", paths[0, :20])
sq = (paths**2).mean(axis=0)
print("MSD at 10, 50, 100:", sq[9], sq[49], sq[99])
print("positive fraction:", np.round((final > 0).mean(), 3))

np.random.seed(11)
legacy = np.random.randint(0, 2, size=(3, 12)) * 2 - 1
print(legacy)
print(np.cumsum(legacy, axis=1))
u = np.random.rand(5)
print(u)
print(np.random.uniform(-1, 1, size=3))
print(rng.integers(0, 10, size=8))
print(rng.random(3))
