# A tiny k-means clustering with pairwise distances via broadcasting.
import numpy as np

rng = np.random.default_rng(8)
centers_true = np.array([[0.0, 0.0], [5.0, 5.0], [0.0, 6.0]])
pts = np.concatenate([c + rng.normal(0, 0.7, size=(30, 2)) for c in centers_true])
print("points:", pts.shape)
k = 3
centroids = pts[[0, 30, 60]].copy()
for it in range(10):
    d = np.sqrt(((pts[:, None, :] - centroids[None, :, :]) ** 2).sum(axis=2))
    labels = d.argmin(axis=1)
    new = np.array([pts[labels == j].mean(axis=0) for j in range(k)])
    shift = np.abs(new - centroids).max()
    centroids = new
    print(f"iter {it}: shift={shift:.6f} sizes={np.bincount(labels, minlength=k)}")
    if shift < 1e-9:
        break
print("centroids:\n", np.round(centroids, 4))
inertia = sum(((pts[labels == j] - centroids[j]) ** 2).sum() for j in range(k))
print(f"inertia: {inertia:.5f}")
D = np.linalg.norm(pts[:5, None] - pts[None, :5], axis=-1)
print(np.round(D, 3))
print("nearest neighbour of first 5:", np.argsort(D, axis=1)[:, 1])
print("labels head:", labels[:10], labels[30:35], labels[60:65])
cm = np.zeros((3, 3), dtype=int)
truth = np.repeat(np.arange(3), 30)
np.add.at(cm, (truth, labels), 1)
print(cm)
print("purity:", cm.max(axis=1).sum() / cm.sum())
