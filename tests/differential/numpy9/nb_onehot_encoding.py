# Label encoding, one-hot matrices and a nearest-centroid classifier on toy data.
import numpy as np

labels = np.array([2, 0, 1, 2, 2, 0, 1, 1, 0, 2])
k = labels.max() + 1
onehot = np.eye(k, dtype=int)[labels]
print(onehot)
print("column sums:", onehot.sum(axis=0), "back to labels:", onehot.argmax(axis=1))
alt = np.zeros((labels.size, k))
alt[np.arange(labels.size), labels] = 1
print("same:", np.array_equal(alt, onehot), alt.dtype)
feats = np.array([[1.0, 2.0], [5.0, 1.0], [3.0, 4.0], [1.5, 2.5], [0.5, 1.5], [5.5, 0.5], [3.5, 3.5], [2.5, 4.5], [4.5, 1.5], [1.0, 1.0]])
cent = (onehot.T @ feats) / onehot.sum(axis=0)[:, None]
print("centroids:\n", cent)
d2 = ((feats[:, None, :] - cent[None]) ** 2).sum(-1)
pred = d2.argmin(axis=1)
print("pred:", pred, "acc:", (pred == labels).mean())
probs = np.exp(-d2) / np.exp(-d2).sum(axis=1, keepdims=True)
print("probs:\n", np.round(probs, 4))
print("log-loss:", np.round(-np.mean(np.log(probs[np.arange(labels.size), labels])), 5))
print("confident:", np.flatnonzero(probs.max(axis=1) > 0.9))
ce = -(onehot * np.log(probs + 1e-15)).sum(axis=1)
print("per-sample ce:", np.round(ce, 3))
tri = np.triu_indices(4, k=1)
print("triu indices:", tri)
D = np.sqrt(((feats[:4, None] - feats[None, :4]) ** 2).sum(-1))
print("pair distances:", np.round(D[tri], 4))
np.fill_diagonal(D, np.inf)
print("nearest:", D.argmin(axis=1), np.round(D.min(axis=1), 4))
print("tril:\n", np.tril(np.ones((3, 3), dtype=int)), "\ntriu k=1:\n", np.triu(np.arange(9).reshape(3, 3), 1))
