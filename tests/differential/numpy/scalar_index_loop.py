import numpy as np
n = 1000
a = np.zeros(n)
for i in range(n):
    a[i] = i * 0.5
s = 0.0
for i in range(n):
    s += a[i]
print(s, a[n - 1], a[-1])
b = np.arange(10)
for i in range(1, 10):
    b[i] = b[i - 1] + b[i]
print(b)
