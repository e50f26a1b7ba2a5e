import numpy
import numpy as np
import numpy.linalg
from numpy import array, zeros, linalg
from numpy.linalg import inv as invert
from numpy.random import default_rng
import numpy.random as npr
print(numpy.pi, np.e, array([1, 2]), zeros(2))
print(linalg.det(np.eye(2)), invert(np.eye(2) * 2), numpy.linalg.norm(np.array([3, 4])))
npr.seed(5)
print(npr.rand(2), default_rng(1).integers(0, 100, 3))
print(np.newaxis is None, np.inf, -np.inf, np.nan)
