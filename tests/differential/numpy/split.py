import numpy as np
a = np.arange(9)
print(np.split(a, 3))
print(np.split(a, [2, 5]))
print(np.array_split(np.arange(7), 3))
m = np.arange(12).reshape(3, 4)
l, r = np.split(m, 2, axis=1)
print(l, r)
try:
    np.split(a, 4)
except ValueError as e:
    print("ValueError:", e)
