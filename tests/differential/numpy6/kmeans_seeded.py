# k-means clustering with a seeded RNG, broadcasting distances and argmin over an axis.
import numpy as np

np.random.seed(3)
centers_true = np.array([[0.0, 0.0], [5.0, 5.0], [0.0, 6.0]])
pts = np.vstack([c + np.random.randn(30, 2) * 0.8 for c in centers_true])
print("points:", pts.shape, pts.dtype)
print(pts[:3])
k = 3
idx = np.random.choice(len(pts), k, replace=False)
cent = pts[idx].copy()
print("init idx:", idx)
print("init centers:")
print(cent)
for it in range(10):
    d = np.sqrt(((pts[:, None, :] - cent[None, :, :]) ** 2).sum(axis=2))
    labels = np.argmin(d, axis=1)
    new = np.array([pts[labels == j].mean(axis=0) for j in range(k)])
    shift = np.abs(new - cent).max()
    cent = new
    inertia = (d[np.arange(len(pts)), labels] ** 2).sum()
    print(f"iter {it}: shift={shift:.6f} inertia={inertia:.4f} sizes={np.bincount(labels, minlength=k)}")
    if shift < 1e-9:
        break
order = np.lexsort((cent[:, 1], cent[:, 0])) if hasattr(np, "lexsort") else np.argsort(cent[:, 0])
print("centers sorted:")
print(cent[np.argsort(cent[:, 0] * 100 + cent[:, 1])])
print("labels head:", labels[:15])
u, c = np.unique(labels, return_counts=True)
print(dict(zip(u.tolist(), c.tolist())))
print("within-cluster std:")
for j in range(k):
    members = pts[labels == j]
    print(j, members.std(axis=0).round(4), len(members))
dist_to_own = d[np.arange(len(pts)), labels]
print("farthest point:", np.argmax(dist_to_own), dist_to_own.max().round(5))
print("pairwise center distances:")
cd = np.linalg.norm(cent[:, None] - cent[None], axis=-1)
print(cd.round(4))
