import numpy as np
x = np.array([0.0, 1.0, 2.0, 3.0, 4.0])
y = 2 * x ** 2 - 3 * x + 1
p = np.polyfit(x, y, 2)
print(np.round(p, 8))
print(np.polyval([1, 2, 3], 2), np.polyval(np.array([2.0, -3.0, 1.0]), x))
print(np.interp(2.5, [1, 2, 3], [3, 2, 0]), np.interp([0, 1.5, 5], [1, 2, 3], [3, 2, 0]))
print(np.interp(np.linspace(0, 1, 5), [0, 1], [10, 20]))
