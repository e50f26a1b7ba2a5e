# Notebook: 2-D lattice random walks with default_rng, endpoint histogram2d, radius statistics, first-passage times.
import numpy as np

rng = np.random.default_rng(42)
n_walkers, n_steps = 400, 60
moves = np.array([[1, 0], [-1, 0], [0, 1], [0, -1]])
choices = rng.integers(0, 4, size=(n_walkers, n_steps))
steps = moves[choices]
paths = np.cumsum(steps, axis=1)
print(steps.shape, paths.shape, paths.dtype, paths[0, :6])
end = paths[:, -1]
print(end[:5], end.mean(axis=0), end.var(axis=0))
r2 = (paths**2).sum(axis=2)
msd = r2.mean(axis=0)
print(msd[[0, 9, 19, 29, 59]], np.polyfit(np.arange(1, n_steps + 1), msd, 1))
H, xe, ye = np.histogram2d(end[:, 0], end[:, 1], bins=5, range=[[-15, 15], [-15, 15]])
print(H, xe, ye, H.sum(), H.dtype)
H2, xe2, ye2 = np.histogram2d(end[:, 0], end[:, 1], bins=[3, 4])
print(H2, xe2, ye2)
Hd, _, _ = np.histogram2d(end[:, 0], end[:, 1], bins=4, range=[[-12, 12], [-12, 12]], density=True)
print(Hd, Hd.sum() * 36)
radius = np.sqrt(r2[:, -1])
print(np.percentile(radius, [25, 50, 75]), radius.max(), np.argmax(radius))
cnt, edges = np.histogram(radius, bins=6)
print(cnt, edges)
far = np.abs(paths).max(axis=2) >= 8
first = np.where(far.any(axis=1), far.argmax(axis=1), -1)
print(first[:12], (first >= 0).sum(), first[first >= 0].mean())
visits = np.zeros((41, 41), dtype=int)
pts = paths.reshape(-1, 2) + 20
np.add.at(visits, (pts[:, 0], pts[:, 1]), 1)
print(visits.sum(), visits.max(), np.unravel_index(visits.argmax(), visits.shape), visits[18:23, 18:23])
origin_returns = (r2 == 0).sum(axis=1)
print(np.bincount(origin_returns), origin_returns.mean())
quad = np.sign(end)
keys, qc = np.unique(quad, axis=0, return_counts=True)
print(keys, qc)
