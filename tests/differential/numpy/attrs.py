import numpy as np
a = np.arange(24).reshape(2, 3, 4)
print(a.shape, a.ndim, a.size, a.dtype, a.T.shape, a.itemsize, a.nbytes)
b = np.array([[1.0, 2.0]])
print(b.shape, b.ndim, b.size, b.dtype, repr(b.dtype), b.dtype == np.float64, b.dtype == float)
print(a.dtype.name, str(a.dtype), a.dtype == 'int64')
print(len(a), len(a[0]))
