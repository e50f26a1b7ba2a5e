# k-means on three blobs: broadcast distances, argmin labels, np.add.at / bincount centroid updates.
import numpy as np

rng = np.random.RandomState(3)
centers_true = np.array([[0.0, 0.0], [5.0, 5.0], [0.0, 6.0]])
pts = np.concatenate([c + rng.randn(30, 2) * 0.9 for c in centers_true])
k = 3
init = pts[[0, 30, 60]].copy()
C = init.copy()
for it in range(20):
    d2 = ((pts[:, None, :] - C[None, :, :]) ** 2).sum(axis=2)
    labels = d2.argmin(axis=1)
    sums = np.zeros((k, 2))
    np.add.at(sums, labels, pts)
    counts = np.bincount(labels, minlength=k)
    newC = sums / counts[:, None]
    shift = np.abs(newC - C).max()
    C = newC
    inertia = d2[np.arange(len(pts)), labels].sum()
    print(f"it {it} inertia {inertia:.5f} shift {shift:.2e} counts {counts.tolist()}")
    if shift < 1e-10:
        break
np.set_printoptions(precision=4)
print("centroids:\n", C)
order = np.lexsort((C[:, 1], C[:, 0]))
print("sorted centroids:\n", C[order])
cx = np.bincount(labels, weights=pts[:, 0], minlength=k) / counts
cy = np.bincount(labels, weights=pts[:, 1], minlength=k) / counts
print(np.allclose(np.column_stack([cx, cy]), C))
true_lab = np.repeat(np.arange(3), 30)
cont = np.zeros((3, 3), dtype=int)
np.add.at(cont, (true_lab, labels), 1)
print(cont)
print("purity:", cont.max(axis=1).sum() / len(pts))
dists = np.sqrt(((pts - C[labels]) ** 2).sum(axis=1))
for j in range(k):
    dj = dists[labels == j]
    print(f"cluster {j}: n={dj.size} mean={dj.mean():.4f} max={dj.max():.4f} p90={np.percentile(dj, 90):.4f}")
far = np.argsort(dists)[-3:]
print("farthest:", far, np.round(dists[far], 4))
pairwise = np.sqrt(((C[:, None] - C[None]) ** 2).sum(-1))
print(np.round(pairwise, 3))
iu = np.triu_indices(k, 1)
print("min separation: %.4f" % pairwise[iu].min())
a = np.zeros(5)
np.add.at(a, [0, 1, 1, 3, 3, 3], 1.5)
print(a)
b = np.arange(5)
np.subtract.at(b, [0, 0, 4], 2)
print(b)
m = np.ones(6)
np.multiply.at(m, [1, 1, 2], [2.0, 3.0, 4.0])
print(m)
