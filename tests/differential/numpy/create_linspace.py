import numpy as np
print(np.linspace(0, 1, 11))
print(np.linspace(-5, 5, 7))
print(np.linspace(0, 1, 4, endpoint=False))
print(np.linspace(2, 3, 1), np.linspace(0, 10, 0))
x, step = np.linspace(0, 2, 5, retstep=True)
print(x, step)
print(np.linspace(0, 1, 3).dtype)
