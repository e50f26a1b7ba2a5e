import numpy as np
x = np.array([0.0, 0.5, 1.0, 2.0])
print(np.sqrt(x), np.exp(x), np.log(x + 1), np.log2(x + 1), np.log10(x + 1))
print(np.sin(x), np.cos(x), np.tan(x))
print(np.arcsin(x / 2), np.arccos(x / 2), np.arctan(x))
print(np.sinh(x), np.cosh(x), np.tanh(x))
print(np.arctan2(x, 1.0), np.arctan2(1.0, -1.0))
print(np.sqrt(4), np.exp(0), repr(np.sqrt(2.0)), np.pi, np.e)
print(np.sqrt(np.array([4, 9])), np.log(np.array([1, np.e])))
