# lstsq's whole result printed: the rank's type (np.int32) and LAPACK's tiny singular values.
import numpy as np

D = np.array([[1.0, 2.0], [2.0, 4.0], [3.0, 6.0]])
print(np.linalg.lstsq(D, np.array([1.0, 2.0, 3.5]), rcond=None))
A = np.array([[1.0, 0.0], [1.0, 1.0], [1.0, 2.0]])
r = np.linalg.lstsq(A, np.array([1.0, 2.0, 2.5]), rcond=None)
print(repr(r[2]), type(r[2]).__name__)
