import numpy as np
a = np.zeros(5)
a[0] = 1
a[-1] = 2.5
a[1:3] = [7, 8]
print(a)
m = np.zeros((3, 3), dtype=int)
m[1] = 5
m[:, 0] = [1, 2, 3]
m[2, 2] = 9.9
print(m)
m[...] = 1
print(m)
b = np.arange(6)
b[1:] = b[:-1]
print(b)
try:
    m[0] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
