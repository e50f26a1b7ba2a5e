import numpy as np
print(np.arange(5), np.arange(2, 10, 3), np.arange(10, 0, -2))
print(np.arange(0.0, 1.0, 0.1))
print(np.arange(1, 2, 0.25), repr(np.arange(3.0)))
print(np.arange(0), np.arange(5, 1), np.arange(-3, 3))
print(np.arange(5, dtype=float), np.arange(0.5, 4))
