# k-means with a seeded default_rng: init by choice without replacement, Lloyd iterations.
import numpy as np

rng = np.random.default_rng(7)
centers_true = np.array([[0.0, 0.0], [5.0, 5.0], [0.0, 6.0]])
pts = np.vstack([rng.normal(c, 0.8, size=(15, 2)) for c in centers_true])
print(pts.shape, np.round(pts[:4], 6))
k = 3
idx = rng.choice(len(pts), size=k, replace=False)
cent = pts[idx].copy()
print("init", idx, np.round(cent, 6))
for it in range(10):
    d = np.linalg.norm(pts[:, None, :] - cent[None, :, :], axis=2)
    lab = np.argmin(d, axis=1)
    new = np.array([pts[lab == j].mean(axis=0) if np.any(lab == j) else cent[j] for j in range(k)])
    shift = np.max(np.abs(new - cent))
    cent = new
    inertia = np.sum(np.min(d, axis=1) ** 2)
    print(it, np.bincount(lab, minlength=k), round(float(inertia), 8), round(float(shift), 10))
    if shift < 1e-12:
        break
order = np.argsort(cent[:, 0] + 10 * cent[:, 1])
print(np.round(cent[order], 8))
print(lab)
dist2 = ((pts[:, None, :] - cent[None]) ** 2).sum(-1)
print(np.round(dist2[:5], 6))
print(np.unique(lab, return_counts=True))
sil = []
for i in range(len(pts)):
    same = pts[lab == lab[i]]
    a = np.mean(np.linalg.norm(same - pts[i], axis=1)) * len(same) / max(len(same) - 1, 1)
    b = min(np.mean(np.linalg.norm(pts[lab == j] - pts[i], axis=1)) for j in range(k) if j != lab[i])
    sil.append((b - a) / max(a, b))
sil = np.array(sil)
print("silhouette", round(float(sil.mean()), 8), np.round(np.percentile(sil, [10, 50, 90]), 6))
print(np.round(np.cov(pts.T), 8), np.round(np.corrcoef(pts.T), 8))
