import numpy as np
data = np.array([1, 2, 2, 3, 3, 3, 4, 4, 4, 4])
h, edges = np.histogram(data, bins=4)
print(h, edges)
h, edges = np.histogram(np.linspace(0, 1, 50), bins=5, range=(0, 1))
print(h, edges)
h, e = np.histogram([0.5, 1.5, 2.5], bins=[0, 1, 2, 3])
print(h, e)
print(np.histogram(np.arange(10))[0])
