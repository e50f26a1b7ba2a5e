# Normalisation with broadcasting and keepdims.
import numpy as np

X = np.array([[1.0, 200.0, 3.0], [2.0, 180.0, 5.0], [3.0, 220.0, 4.0], [4.0, 210.0, 8.0]])
mu = X.mean(axis=0)
sd = X.std(axis=0)
Z = (X - mu) / sd
print("mean:", mu)
print("std:", np.round(sd, 6))
print("z-scores:\n", np.round(Z, 4))
print("column means ~0:", np.allclose(Z.mean(axis=0), 0))

mins = X.min(axis=0, keepdims=True)
maxs = X.max(axis=0, keepdims=True)
print("keepdims shape:", mins.shape)
M = (X - mins) / (maxs - mins)
print(M)

row_sums = X.sum(axis=1, keepdims=True)
print("row sums:", row_sums.ravel(), row_sums.shape)
P = X / row_sums
print(np.round(P, 5))
print("each row sums to 1:", np.allclose(P.sum(axis=1), 1.0))

norms = np.linalg.norm(X, axis=1, keepdims=True)
U = X / norms
print("unit rows:\n", np.round(U, 5))
print("norms now:", np.round(np.linalg.norm(U, axis=1), 12))

logits = np.array([[2.0, 1.0, 0.1], [0.5, 2.5, 0.3]])
e = np.exp(logits - logits.max(axis=1, keepdims=True))
soft = e / e.sum(axis=1, keepdims=True)
print("softmax:\n", soft)
print("argmax:", soft.argmax(axis=1))
cube = np.arange(24, dtype=float).reshape(2, 3, 4)
c = cube - cube.mean(axis=(1, 2), keepdims=True)
print(c.shape, c[0, 0], c[1, 2])
print(np.sum(cube, axis=-1, keepdims=True).shape)
