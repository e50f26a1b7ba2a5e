# einsum common forms: trace, diagonal, transpose, sums, outer, dot, matmul, batched, bilinear, implicit mode, views.
import numpy as np

A = np.arange(9.0).reshape(3, 3) - 4
B = np.arange(6.0).reshape(3, 2) / 2
v = np.array([1.0, -2.0, 0.5])
w = np.array([2.0, 3.0, -1.0])
T = np.arange(24.0).reshape(2, 3, 4)
print(np.einsum("ii", A), np.einsum("ii->i", A), np.einsum("ij->ji", A))
print(np.einsum("ij->", A), np.einsum("ij->i", A), np.einsum("ij->j", A))
print(np.einsum("i,i", v, w), np.einsum("i,i->", v, w), np.einsum("i,j->ij", v, w))
print(np.einsum("ij,j->i", A, v), np.einsum("ij,jk->ik", A, B), np.einsum("ij,ij->", A, A))
print(np.einsum("ij,ij->ij", A, A), np.einsum("ij,ji->", A, A), np.einsum("i,ij,j->", v, A, w))
print(np.einsum("bij,bjk->bik", np.stack([A, A.T]), np.stack([B, B])))
print(np.einsum("ijk->kji", T).shape, np.einsum("ijk->k", T), np.einsum("ijk,k->ij", T, np.ones(4)))
print(np.einsum("ijk,ijk->i", T, T), np.einsum("...j,j->...", T, np.arange(4.0)))
print(np.einsum("ij", A).shape, np.einsum("ji", A)[0], np.einsum("ij,jk", A, B), np.einsum("i,i", v, v))
print(np.einsum(A, [0, 1], [1, 0])[0], np.einsum(v, [0], w, [0]), np.einsum(A, [0, 0]))
print(np.einsum("i->", np.arange(5)), np.einsum("ij->j", np.arange(6).reshape(2, 3)), np.einsum("i,i->i", np.arange(3), np.arange(3)).dtype)
print(np.einsum("ij,j", np.eye(3, dtype=int), np.array([1, 2, 3])), np.einsum("i,j", np.array([1, 2]), np.array([3.5, 4.5])))
d = np.einsum("ii->i", A)
print(d.flags.writeable if False else d.base is not None, np.einsum("ij->ji", A).base is not None)
X = np.array([[1.0, 2.0], [3.0, 5.0], [-1.0, 0.5]])
cov = np.einsum("ni,nj->ij", X - X.mean(0), X - X.mean(0)) / (len(X) - 1)
print(cov, np.allclose(cov, np.cov(X.T)))
dist2 = np.einsum("ijk,ijk->ij", X[:, None, :] - X[None, :, :], X[:, None, :] - X[None, :, :])
print(dist2)
R = np.array([[0.0, -1.0], [1.0, 0.0]])
print(np.einsum("ij,nj->ni", R, X))
print(np.einsum("ij,ij->i", X, X), np.sqrt(np.einsum("ij,ij->i", X, X)))
for bad in ["ij,jk->ikl", "ii->i,", "ab,bc->ac"]:
    try:
        print(np.einsum(bad, A, v))
    except ValueError as e:
        print("ValueError:", e)
