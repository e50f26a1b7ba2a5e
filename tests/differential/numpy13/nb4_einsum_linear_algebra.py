# Linear algebra written with einsum, checked against the usual operators.
import numpy as np

A = np.array([[2.0, -1.0, 0.5], [0.0, 3.0, 1.0], [4.0, 1.0, -2.0]])
B = np.array([[1.0, 0.0, 2.0], [-1.0, 0.5, 1.0], [3.0, 2.0, 0.0]])
v = np.array([1.0, -2.0, 0.25])
w = np.array([0.5, 4.0, -1.0])

print("matrix product")
C = np.einsum("ij,jk->ik", A, B)
print(C)
print("same as A @ B:", np.array_equal(C, A @ B))

print("implicit mode (ij,jk)")
print(np.einsum("ij,jk", A, B))

print("transpose view")
T = np.einsum("ij->ji", A)
print(T)
print("shares memory:", np.shares_memory(T, A))

print("trace and diagonal")
print(np.einsum("ii", A), np.trace(A))
d = np.einsum("ii->i", A)
print(d, np.diag(A))

print("sum of all entries, row sums, column sums")
print(np.einsum("ij->", A), np.einsum("ij->i", A), np.einsum("ij->j", A))

print("dot, outer, matrix-vector")
print(np.einsum("i,i->", v, w), np.dot(v, w))
print(np.einsum("i,j->ij", v, w))
print(np.einsum("ij,j->i", A, v), A @ v)
print(np.einsum("i,ij->j", v, A), v @ A)

print("quadratic form v^T A v:", np.einsum("i,ij,j->", v, A, v))
print("bilinear form v^T A w:", np.einsum("i,ij,j", v, A, w))

print("row-wise dot products")
X = np.arange(12.0).reshape(4, 3) / 4
Y = np.ones((4, 3)) * np.array([1.0, -1.0, 2.0])
print(np.einsum("ij,ij->i", X, Y))
print((X * Y).sum(axis=1))

print("Frobenius inner product:", np.einsum("ij,ij", A, B), float(np.sum(A * B)))

print("Gram matrix X^T X")
G = np.einsum("ki,kj->ij", X, X)
print(G)
print(np.allclose(G, X.T @ X))

print("integer operands keep int64")
I = np.arange(6).reshape(2, 3)
J = np.arange(6).reshape(3, 2)
R = np.einsum("ij,jk->ik", I, J)
print(R, R.dtype)
s = np.einsum("ij->", I)
print(repr(s), type(s).__name__)

print("mixed int and float")
print(np.einsum("ij,j->i", I, np.array([0.5, 0.25, 2.0])))

print("uppercase labels")
print(np.einsum("Ab,bC->AC", I, J))
print(np.einsum("ba", I))
