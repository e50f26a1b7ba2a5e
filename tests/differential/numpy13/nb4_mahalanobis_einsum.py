# Mahalanobis distances, weighted means and batched quadratic forms with einsum.
import numpy as np

X = np.array([[2.0, 1.0], [3.0, 2.5], [4.0, 3.0], [5.0, 5.5], [6.0, 5.0], [10.0, 2.0]])
w = np.array([1.0, 2.0, 1.0, 1.0, 2.0, 0.5])
mu = np.einsum("n,nd->d", w, X) / w.sum()
print("weighted mean:", np.round(mu, 6))
print("np.average agrees:", np.allclose(mu, np.average(X, axis=0, weights=w)))
D = X - mu
S = np.einsum("n,ni,nj->ij", w, D, D) / w.sum()
print("weighted covariance")
print(np.round(S, 6))
Sinv = np.linalg.inv(S)
d2 = np.einsum("ni,ij,nj->n", D, Sinv, D)
print("squared Mahalanobis:", np.round(d2, 5))
print("outlier index:", int(np.argmax(d2)))
print("euclidean for comparison:", np.round(np.sqrt(np.einsum("ni,ni->n", D, D)), 5))

print("pairwise squared distances")
G = np.einsum("id,jd->ij", X, X)
sq = np.einsum("ii->i", G)
pd2 = sq[:, None] + sq[None, :] - 2 * G
print(pd2)
print(np.allclose(pd2, ((X[:, None, :] - X[None, :, :]) ** 2).sum(axis=-1)))

print("batched quadratic forms over a stack of matrices")
As = np.array([[[2.0, 0.0], [0.0, 1.0]], [[1.0, 0.5], [0.5, 1.0]], [[0.0, 1.0], [-1.0, 0.0]]])
v = np.array([1.0, 2.0])
print(np.einsum("i,kij,j->k", v, As, v))
print(np.einsum("kij,j->ki", As, v))
print(np.einsum("kii->k", As), np.einsum("kij->kji", As)[1])
print("determinants and traces of the stack")
print(np.round(np.linalg.det(As), 6), np.trace(As, axis1=1, axis2=2))
