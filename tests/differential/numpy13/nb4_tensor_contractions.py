# Tensor contractions three ways: einsum, tensordot and explicit loops.
import numpy as np

A = np.arange(24).reshape(2, 3, 4)
B = np.arange(12).reshape(4, 3)
C = np.arange(6).reshape(3, 2)

print("contract A's last axis with B's first")
e1 = np.einsum("ijk,kl->ijl", A, B)
t1 = np.tensordot(A, B, axes=1)
print(e1.shape, np.array_equal(e1, t1))
print(e1[1])

print("contract two axes at once")
e2 = np.einsum("ijk,kj->i", A, B)
t2 = np.tensordot(A, B, axes=([1, 2], [1, 0]))
print(e2, t2)

print("chain of three operands")
e3 = np.einsum("ijk,kl,lm->ijm", A, B, C)
print(e3.shape)
print(e3[0])
print(np.array_equal(e3, A @ B @ C))

print("explicit loop for one entry")
total = 0
for k in range(4):
    for l in range(3):
        total += A[1, 2, k] * B[k, l] * C[l, 1]
print(total, e3[1, 2, 1])

print("outer product of three vectors")
u, v, w = np.array([1, 2]), np.array([1, 0, -1]), np.array([2, 3])
T = np.einsum("i,j,k->ijk", u, v, w)
print(T.shape, T.sum(), np.array_equal(T, np.multiply.outer(np.multiply.outer(u, v), w)))

print("mode-n products")
U = np.array([[1, 0, 1], [0, 2, 1]])
print(np.einsum("ijk,lj->ilk", A, U).shape)
print(np.einsum("ijk,lj->ilk", A, U)[0])

print("partial traces")
S = np.arange(16).reshape(2, 2, 2, 2)
print(np.einsum("ijik->jk", S))
print(np.einsum("ijkj->ik", S))

print("implicit output is sorted by label")
print(np.einsum("kj,ji", B, C).shape, np.einsum("kj,ji", B, C))
print(np.einsum("jk", B).shape)
print("tensordot with axes=0 and axes=2")
print(np.tensordot(np.array([1, 2]), np.array([3, 4, 5]), axes=0))
print(np.tensordot(A[0], B.T, axes=2))
