import numpy as np
e = np.array([])
print(e, repr(e), e.shape, e.dtype, e.sum(), len(e))
z = np.zeros((0, 2))
print(z, repr(z), z.sum(axis=0), z.T.shape)
print(np.arange(5)[5:], np.arange(5)[np.arange(5) > 10])
print(np.concatenate([np.array([]), np.array([1.0])]))
