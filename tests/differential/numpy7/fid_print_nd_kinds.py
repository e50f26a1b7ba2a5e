# 1-d to 3-d arrays of float, int and bool, with mixed magnitudes, printed and repr'd.
import numpy as np

f3 = np.arange(24.0).reshape(2, 3, 4) / 4 - 2
print(f3)
print(repr(f3))
i3 = (np.arange(24).reshape(2, 3, 4) - 10) * 37
print(i3)
print(repr(i3))
b3 = np.arange(24).reshape(2, 3, 4) % 5 == 1
print(b3)
print(repr(b3))
print(repr(np.zeros((1, 1, 1))), repr(np.ones((2, 1, 3), dtype=int)))
print(np.arange(8).reshape(2, 2, 2, 1))
print(repr(np.arange(16.0).reshape(2, 2, 2, 2)))
sp = np.array([[1e-3, 250.0], [np.nan, -7.5]]).reshape(1, 2, 2)
print(sp)
print(np.array([[1.0, 2.5], [10.125, -3.0]]))
print(np.array([[0.1, 0.22], [0.333, 0.4444]]))
print(np.array([[1e6, 1.0], [2.0, 3.0]]))
print(np.array([[1e-6, 1.0], [2.0, 3.0]]))
print(np.array([[True], [False]]), repr(np.array([[True, False]])))
print(repr(np.array([[1.0, np.inf]])), repr(np.array([[-1, 0]])))
print(np.array([[[1]]]), repr(np.array([[[1.5]]])))
print(str(np.array([100000000, 2])), repr(np.array([100000000000, -2])))
print(repr(np.array([1.0, 2.0, 3.0]) * 1e5), repr(np.array([1.0, 2.0]) * 1e-5))
