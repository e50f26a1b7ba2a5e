import numpy as np
print(np.array([1, -20, 300]))
print(repr(np.array([1, -20, 300])))
print(np.array([[1, 22], [333, 4]]))
print(np.array([True, False, True]))
print(repr(np.array([[True], [False]])))
print(np.array(5), repr(np.array(2.5)), repr(np.array(True)))
print(np.arange(10 ** 6, 10 ** 6 + 3))
