# Last-bit differences left open (tests/known-failures.txt): a (n, 3) matrix times a vector
# (NumPy: OpenBLAS dgemv, fused multiply-adds) and a three-operand einsum reduced to a scalar.
import numpy as np

prices = np.array([[100.0, 50.0, 20.0], [101.2, 49.5, 20.4], [102.5, 50.8, 20.1], [101.8, 51.6, 20.9],
                   [103.9, 51.1, 21.5], [104.4, 52.7, 21.2], [103.1, 53.0, 21.9], [105.6, 52.4, 22.6]])
rets = prices[1:] / prices[:-1] - 1
w = np.array([0.5, 0.3, 0.2])
print((rets @ w).tolist())
cov = np.cov(rets, rowvar=False)
print(repr(np.einsum("i,ij,j->", w, cov, w)))
