# Lattice random walks with the legacy generator: endpoints, distances, visit counts.
import numpy as np

np.random.seed(2024)
steps = np.array([[1, 0], [-1, 0], [0, 1], [0, -1]])
n_walkers, n_steps = 6, 50
choices = np.random.randint(0, 4, size=(n_walkers, n_steps))
moves = steps[choices]
print("moves shape:", moves.shape)
paths = np.cumsum(moves, axis=1)
ends = paths[:, -1, :]
print("ends:\n", ends)
dist = np.linalg.norm(ends, axis=1)
print("distances:", np.round(dist, 4))
print("manhattan:", np.abs(ends).sum(axis=1))
maxd = np.abs(paths).max(axis=(1, 2))
print("max coordinate reached:", maxd)
first = paths[0]
pos, counts = np.unique(first, axis=0, return_counts=True)
print("distinct sites walker 0:", len(pos))
print("most visited:", pos[counts.argmax()], counts.max())
returns = (np.abs(paths).sum(axis=2) == 0).sum(axis=1)
print("returns to origin:", returns)
r2 = (paths ** 2).sum(axis=2).mean(axis=0)
print("mean r^2 at 10,20,30,40,50:", r2[9::10])
fit = np.polyfit(np.arange(1, n_steps + 1), r2, 1)
print("slope %.5f intercept %.5f" % tuple(fit))
np.random.seed(5)
angles = np.random.uniform(0, 2 * np.pi, size=200)
xy = np.column_stack([np.cos(angles), np.sin(angles)]).cumsum(axis=0)
print("continuous end:", xy[-1].round(6))
print("farthest step:", np.argmax(np.hypot(xy[:, 0], xy[:, 1])))
quad = (xy[:, 0] > 0).astype(int) * 2 + (xy[:, 1] > 0)
print("quadrant counts:", np.bincount(quad, minlength=4))
