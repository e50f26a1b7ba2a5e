# Covariance and correlation with rowvar, bias, ddof, fweights and aweights.
import numpy as np

data = np.array([
    [2.1, 8.0, 1.5],
    [2.5, 10.0, 1.7],
    [3.6, 12.0, 2.9],
    [4.0, 14.0, 3.1],
    [5.2, 15.5, 4.2],
    [6.0, 19.0, 4.9],
])
print("columns as variables (rowvar=False)")
print(np.round(np.cov(data, rowvar=False), 6))
print("rows as variables (default) on the transpose")
print(np.round(np.cov(data.T), 6))
print("bias=True")
print(np.round(np.cov(data.T, bias=True), 6))
print("ddof=0 and ddof=2")
print(np.round(np.cov(data.T, ddof=0), 6))
print(np.round(np.cov(data.T, ddof=2), 6))
print("two 1-D inputs")
print(np.round(np.cov(data[:, 0], data[:, 1]), 6))
print("a single variable gives a 0-d array")
c = np.cov(data[:, 0])
print(repr(np.round(c, 6)), c.shape)
print("frequency weights")
fw = np.array([1, 2, 1, 1, 3, 1])
print(np.round(np.cov(data.T, fweights=fw), 6))
print("analytic weights")
aw = np.array([0.5, 1.0, 1.0, 2.0, 1.0, 0.5])
print(np.round(np.cov(data.T, aweights=aw), 6))
print(np.round(np.cov(data.T, fweights=fw, aweights=aw), 6))

print("corrcoef")
R = np.corrcoef(data, rowvar=False)
print(np.round(R, 6))
print("diagonal is one:", np.allclose(np.diag(R), 1.0))
print(np.round(np.corrcoef(data[:, 0], data[:, 2]), 6))
print(np.round(np.corrcoef(data.T[:2]), 6))

print("by hand")
Xc = data - data.mean(axis=0)
manual = Xc.T @ Xc / (len(data) - 1)
print(np.allclose(manual, np.cov(data, rowvar=False)))
sd = np.sqrt(np.diag(manual))
print(np.allclose(manual / np.outer(sd, sd), R))
