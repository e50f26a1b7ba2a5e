import numpy as np
a = np.arange(10)
print(a[0], a[-1], a[3], a[-3])
print(a[2:5], a[:3], a[7:], a[::2], a[::-1], a[-3:], a[1:8:3], a[8:2:-2])
m = np.arange(12).reshape(3, 4)
print(m[0], m[-1], m[1, 2], m[-1, -1])
print(m[:, 0], m[1:, 1:3], m[::2, ::-1])
print(m[1][2], m[..., 1], m[0, ...])
try:
    a[10]
except IndexError as e:
    print("IndexError:", e)
try:
    m[0, 0, 0]
except IndexError as e:
    print("IndexError:", e)
