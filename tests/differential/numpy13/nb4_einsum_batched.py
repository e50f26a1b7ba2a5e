# Batched tensor operations with einsum: attention-style scores and per-sample transforms.
import numpy as np

rng = np.random.default_rng(7)
batch, seq, dim = 2, 3, 4
Q = np.round(rng.normal(size=(batch, seq, dim)), 1)
K = np.round(rng.normal(size=(batch, seq, dim)), 1)
V = np.arange(batch * seq * 2, dtype=float).reshape(batch, seq, 2)

scores = np.einsum("bqd,bkd->bqk", Q, K)
print("scores shape:", scores.shape)
print(np.round(scores, 4))
print("matches matmul:", np.allclose(scores, Q @ K.transpose(0, 2, 1)))

scaled = scores / np.sqrt(dim)
e = np.exp(scaled - scaled.max(axis=-1, keepdims=True))
attn = e / e.sum(axis=-1, keepdims=True)
print("rows sum to one:", np.allclose(attn.sum(axis=-1), 1.0))
out = np.einsum("bqk,bkv->bqv", attn, V)
print(np.round(out, 4))

print("batched matrix product")
M = np.arange(24.0).reshape(2, 3, 4)
N = np.arange(40.0).reshape(2, 4, 5) / 8
P = np.einsum("bij,bjk->bik", M, N)
print(P)
print(np.array_equal(P, M @ N))

print("per-batch traces")
S = np.arange(18.0).reshape(2, 3, 3)
print(np.einsum("bii->b", S))
print(np.einsum("bii->bi", S))

print("ellipsis: transpose the last two axes of any stack")
Z = np.arange(24).reshape(2, 3, 4)
Zt = np.einsum("...ij->...ji", Z)
print(Zt.shape)
print(Zt[1])
print("ellipsis batched matvec")
vecs = np.arange(8.0).reshape(2, 4)
print(np.einsum("...ij,...j->...i", M, vecs))
print("implicit ellipsis")
print(np.einsum("...i,...i", vecs, vecs))

print("weighted sum over the batch")
wts = np.array([0.25, 0.75])
print(np.einsum("b,bij->ij", wts, M))

print("outer products per sample")
a = np.array([[1, 2], [3, 4]])
b = np.array([[1, 0, -1], [2, 2, 2]])
print(np.einsum("bi,bj->bij", a, b))

print("sum over everything but batch")
print(np.einsum("bij->b", M), M.sum(axis=(1, 2)))
