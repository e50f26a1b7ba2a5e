# k-nearest-neighbour classification of three Gaussian blobs, with majority votes.
import numpy as np

rng = np.random.default_rng(4)
centers = np.array([[0.0, 0.0], [3.0, 3.0], [0.0, 4.0]])
per = 20
train = np.concatenate([c + rng.normal(0, 0.9, (per, 2)) for c in centers])
labels = np.repeat(np.arange(3), per)
test = np.array([[0.5, 0.2], [2.5, 2.0], [0.3, 3.5], [1.5, 2.0], [4.0, 4.0], [-1.0, 5.0]])
d2 = ((test[:, None, :] - train[None, :, :]) ** 2).sum(axis=2)
print("distance matrix shape:", d2.shape)
for k in [1, 3, 7]:
    nn = np.argsort(d2, axis=1, kind="stable")[:, :k]
    votes = labels[nn]
    counts = np.array([np.bincount(v, minlength=3) for v in votes])
    pred = counts.argmax(axis=1)
    print(f"k={k}: pred={pred} counts={counts.tolist()}")
nearest = np.argmin(d2, axis=1)
print("nearest idx:", nearest, "dist:", np.round(np.sqrt(d2.min(axis=1)), 5))
D = np.sqrt(((train[:, None] - train[None]) ** 2).sum(-1))
np.fill_diagonal(D, np.inf)
loo = labels[D.argmin(axis=1)]
print("leave-one-out accuracy %.4f" % (loo == labels).mean())
wrong = np.flatnonzero(loo != labels)
print("misclassified:", wrong, labels[wrong], loo[wrong])
means = np.array([train[labels == c].mean(axis=0) for c in range(3)])
print("class means:\n", np.round(means, 4))
cent_pred = np.argmin(((train[:, None] - means[None]) ** 2).sum(-1), axis=1)
print("nearest-centroid accuracy %.4f" % (cent_pred == labels).mean())
conf = np.zeros((3, 3), dtype=int)
for t, p in zip(labels, loo):
    conf[t, p] += 1
print(conf)
spread = np.array([np.sqrt(((train[labels == c] - means[c]) ** 2).sum(1)).mean() for c in range(3)])
print("spread:", np.round(spread, 5))
