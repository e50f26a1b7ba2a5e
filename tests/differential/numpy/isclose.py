import numpy as np
a = np.array([1.0, 2.0, np.nan])
b = np.array([1.0 + 1e-9, 2.1, np.nan])
print(np.isclose(a, b), np.isclose(a, b, equal_nan=True), np.allclose(a[:1], b[:1]), np.allclose(a, b))
print(np.isclose(1.0, 1.0001, rtol=1e-3), np.allclose([1, 2], [1, 2.0000001]))
print(np.array_equal([1, 2], [1, 2]), np.array_equal([1, 2], [1, 2, 3]))
