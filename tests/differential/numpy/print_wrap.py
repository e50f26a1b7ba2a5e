import numpy as np
print(np.arange(40))
print(np.linspace(0, 1, 20))
print(repr(np.arange(30) * 1.5))
print(np.arange(2000))
print(np.arange(1200).reshape(30, 40))
