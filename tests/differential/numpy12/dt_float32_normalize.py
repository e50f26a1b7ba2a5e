# float32 feature normalization as in ML preprocessing: mean/std, min-max scaling, one-hot labels.
import numpy as np

X = np.array([[5.1, 3.5, 1.4], [4.9, 3.0, 1.4], [6.2, 3.4, 5.4], [5.9, 3.0, 5.1], [5.5, 2.3, 4.0]], dtype=np.float32)
for j in range(3):
    col = X[:, j]
    mu, sd = col.mean(), col.std()
    z = (col - mu) / sd
    print(j, mu, sd, repr(mu), z, z.dtype, col.var(), col.std(ddof=1))
lo, hi = X.min(axis=0), X.max(axis=0)
scaled = (X - lo) / (hi - lo)
print(scaled, scaled.dtype)
labels = np.array([0, 0, 2, 2, 1], dtype=np.int32)
onehot = np.zeros((5, 3), dtype=np.float32)
onehot[np.arange(5), labels] = 1
print(onehot, onehot.dtype, onehot.sum(), onehot.sum(axis=0))
print(np.bincount(labels), np.unique(labels), np.unique(labels).dtype)
w = np.full(3, 1 / 3, dtype=np.float32)
scores = X[:, 0] * w[0] + X[:, 1] * w[1] + X[:, 2] * w[2]
print(scores, scores.argmax(), scores.dtype, np.argsort(scores))
print(float(X.sum()), X.sum(), X.mean(), X.std())
