import numpy as np
a = np.arange(5.0)
a += 1
a *= 2
a -= 0.5
a /= 2
print(a)
b = np.arange(6).reshape(2, 3)
b += np.array([1, 2, 3])
b *= 2
b //= 3
b %= 4
print(b)
c = a
c += 100
print(a)
try:
    i = np.arange(3)
    i += 1.5
except TypeError as e:
    print("TypeError:", e)
try:
    z = np.zeros(3)
    z += np.ones((2, 3))
except ValueError as e:
    print("ValueError:", e)
