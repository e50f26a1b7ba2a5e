import numpy as np
print(np.zeros(2, dtype=np.int64), np.ones(2, dtype="float64"), np.array([1, 0], dtype=bool), np.arange(3, dtype=float))
print(np.array([1.9, -1.9], dtype=int), np.full(2, 3, dtype=float), np.zeros(2, "int64"))
print(np.dtype("float64"), repr(np.dtype(int)), np.float64(2), np.int64(3.9), np.bool_(1))
print(np.arange(4).astype("float64"), np.array([1, 2]).astype(np.float64).dtype)
