import numpy as np
x = np.array([-1.5, -0.5, 0.5, 1.5, 2.5, 2.567, -2.567])
print(np.floor(x), np.ceil(x), np.rint(x), np.round(x), np.around(x, 1), np.round(x, 2))
print(np.round(np.array([1234, 5678]), -2), np.round(123.456, 1), np.trunc(x))
print(np.floor(np.array([1, 2])).dtype, x.round(1))
print(np.abs(x), np.sign(x), np.sign(np.array([-3, 0, 2])), np.absolute(-3))
