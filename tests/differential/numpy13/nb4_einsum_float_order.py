# einsum on inexact floats: totals, dot products and contractions whose last digits depend on
# NumPy's summation order (its SIMD inner loops), printed in full.
import numpy as np

rng = np.random.default_rng(42)
A = rng.random((5, 7)) - 0.3
B = rng.random((7, 4)) - 0.3
v = rng.random(7) - 0.3
w = rng.random(7) - 0.3
big = rng.random((40, 33)) - 0.3
T = rng.random((3, 5, 7)) - 0.3

print("totals")
print(repr(np.einsum("ij->", A)), repr(np.einsum("ij->", big)), repr(np.einsum("ji->", big)))
print(repr(np.einsum("ijk->", T)))
print("dot products")
print(repr(np.einsum("i,i", v, w)), repr(np.einsum("i,i->", big[0], big[1])))
print(repr(np.einsum("ij,ij->", big, big)))
print("row and column reductions")
print(np.einsum("ij->i", big)[:4].tolist())
print(np.einsum("ij->j", big)[:4].tolist())
print(np.einsum("ij,ij->i", big, big)[:4].tolist())
print(np.einsum("ij,ij->j", big, big)[:4].tolist())
print("matrix products")
print(np.einsum("ij,jk->ik", A, B)[0].tolist())
print(np.einsum("ij,ik->jk", big, big)[0, :4].tolist())
print(np.einsum("ij,j->i", big, big[0])[:4].tolist())
print(np.einsum("ij,i->j", big, big[:, 1])[:4].tolist())
print("strided operands")
print(repr(np.einsum("i,i", v[::2], w[::2])), np.einsum("ij->i", A[:, ::2]).tolist())
print(repr(np.einsum("ij->", A.T)))
print("three operands")
print(repr(np.einsum("i,i,i->", v, w, v)), np.einsum("ijk,k->ij", T, v)[0].tolist())
print("sum of the results in memory order")
print(repr(float(np.einsum("ij,ik->jk", big, big).sum())))
print(repr(float(np.einsum("bij->j", T).sum())))
