import numpy as np
a = np.arange(4)
total = 0
for v in a:
    total += v
print(total, repr(total))
s = 0.0
for i in range(len(a)):
    s += a[i] * 0.5
print(s, repr(s))
print(a[2] * 1.5, a[1] + True, 3 - a[1], 2 ** a[3], a[3] / a[2], a[3] // 2, a[3] % 2, -a[1])
print(max(a[0], a[3]), a[2] == 2, a[2] < 3.5, hash(a[1]) == hash(1))
print(np.float64(1.5) * 2, np.int64(5) - 7, np.float64(3) ** 2)
