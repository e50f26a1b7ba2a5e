# a @ b / np.dot through numpy/linalg.mjs: batches broadcast in JS, int64 wrapping and bool
# products in the lean matmulBlock kernel, small float products in JS, NumPy's error texts.
import numpy as np

a = np.arange(24.0).reshape(2, 3, 4)
b = np.arange(20.0).reshape(4, 5)
print(a @ b)
print(np.matmul(b.T, a.transpose(0, 2, 1)).shape)
c = np.arange(12).reshape(3, 1, 2, 2)
d = np.arange(8).reshape(2, 2, 2)
print(c @ d)
print((np.arange(3) @ np.arange(3)), type(np.arange(3) @ np.arange(3)).__name__)
print(np.arange(4.0) @ np.arange(8.0).reshape(4, 2), np.arange(8.0).reshape(2, 4) @ np.arange(4.0))
big = np.array([[2**40, 3], [5, 2**41]])
print(big @ big)
bo = np.array([[True, False], [False, False]])
print(bo @ bo, (bo @ bo).dtype)
print(bo @ np.array([[1, 2], [3, 4]]), bo @ np.array([[1.5, 2], [3, 4]]))
m = (np.arange(40 * 50) % 7).reshape(40, 50) * 0.5
n = (np.arange(50 * 60) % 5).reshape(50, 60) - 2.0
r = m @ n
print(r.shape, float(r.sum()), float(r[3, 7]), float((m @ n[:, 0])[5]))
print(np.dot(np.arange(24.0).reshape(2, 3, 4), np.arange(8.0).reshape(4, 2)))
print(np.dot(np.arange(6).reshape(2, 3), np.arange(3)), np.dot(np.arange(3), np.arange(6).reshape(3, 2)))
print(np.dot(np.arange(3), np.arange(3)), np.dot(2, np.arange(3)), np.arange(4).reshape(2, 2).dot(np.arange(4).reshape(2, 2)))
print(np.dot(np.zeros((2, 0)), np.zeros((0, 3))), np.zeros((2, 0)) @ np.zeros((0, 3)))
print(np.inner(np.arange(3.0), np.arange(3.0)), np.vdot(np.arange(4).reshape(2, 2), np.arange(4).reshape(2, 2)))
a3 = np.arange(6.0).reshape(2, 3)
a3 @= np.eye(3)
print(a3)
for x, y in [(np.ones((2, 3)), np.ones((2, 3))), (np.ones(3), np.ones(4)), (np.ones((2, 2, 3)), np.ones((3, 3, 2)))]:
    try:
        print(x @ y)
    except ValueError as e:
        print("ValueError", e)
for x, y in [(np.ones((2, 3)), np.ones((2, 3))), (np.ones(3), np.ones(4)), (np.ones((2, 2, 3)), np.ones((4, 2)))]:
    try:
        print(np.dot(x, y))
    except ValueError as e:
        print("ValueError", e)
try:
    np.ones(3) @ 2.0
except ValueError as e:
    print("ValueError", e)
