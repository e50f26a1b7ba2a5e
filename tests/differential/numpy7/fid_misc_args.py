# Less common keyword arguments that change results: cholesky(upper=), searchsorted(sorter=), diff(prepend=).
import numpy as np

K = np.array([[4.0, 2.0, 0.6], [2.0, 5.0, 1.5], [0.6, 1.5, 3.0]])
U = np.linalg.cholesky(K, upper=True)
print(U)
print(np.allclose(U.T @ U, K), np.array_equal(U, np.linalg.cholesky(K).T))
a = np.array([30, 10, 20, 50, 40])
order = np.argsort(a)
print(np.searchsorted(a, [25, 45], sorter=order), a.searchsorted(35, sorter=order))
m = np.arange(12).reshape(3, 4)
print(m.take([0, 2], axis=1), np.take(m, [1, -1], axis=0), m.take(5))
print(np.linalg.cholesky(np.array([[9.0]]), upper=True))
print(np.unique(np.array([2.0, np.nan, 1.0, np.nan, 2.0])))
print(np.intersect1d(np.array([1, 3, 5, 7]), np.array([3, 4, 5])), np.ediff1d(np.array([1, 4, 9, 16])))
print(np.linspace(0, 1, 3, axis=0), np.lexsort((np.array([3, 1, 2]),), axis=-1))
