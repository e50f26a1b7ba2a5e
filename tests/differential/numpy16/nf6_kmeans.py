# k-means clustering with broadcasting.
import numpy as np

rng = np.random.default_rng(3)
centers_true = np.array([[0.0, 0.0], [5.0, 5.0], [0.0, 6.0]])
pts = np.concatenate([c + rng.normal(0, 0.8, size=(15, 2)) for c in centers_true])
print(pts.shape, pts[:3])
perm = rng.permutation(len(pts))
pts = pts[perm]
cent = pts[rng.choice(len(pts), 3, replace=False)]
print(cent)
for it in range(8):
    d = np.linalg.norm(pts[:, None, :] - cent[None, :, :], axis=2)
    lab = np.argmin(d, axis=1)
    new = np.array([pts[lab == k].mean(axis=0) for k in range(3)])
    shift = np.abs(new - cent).max()
    cent = new
    print(it, np.bincount(lab, minlength=3), shift)
    if shift < 1e-12:
        break
order = np.lexsort((cent[:, 1], cent[:, 0]))
print(cent[order])
inertia = ((pts - cent[lab]) ** 2).sum()
print(inertia)
d2 = ((pts[:, None, :] - pts[None, :, :]) ** 2).sum(-1)
print(d2.shape, np.round(d2[:3, :3], 6))
nn = np.argsort(d2, axis=1, kind="stable")[:, 1]
print(nn[:10])
print(np.sqrt(d2[np.arange(len(pts)), nn])[:5])
print(np.triu_indices(3), np.triu_indices(4, k=1)[0])
iu = np.triu_indices(len(pts), 1)
print(np.sqrt(d2[iu]).min(), np.sqrt(d2[iu]).max())
il = np.tril_indices(3)
m = np.arange(9).reshape(3, 3)
print(m[il], np.diag_indices(3))
z = (pts - pts.mean(0)) / pts.std(0)
print(z.mean(0).round(12) + 0.0, z.std(0))
print(np.cov(pts.T), np.corrcoef(pts[:, 0], pts[:, 1]))
