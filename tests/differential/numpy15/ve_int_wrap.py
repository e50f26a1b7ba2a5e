# int64 + - * results checked for values past 2**53 (recomputed exactly, wrapped modulo 2**64),
# at every position of the checked blocks, with offset and reversed operands.
import numpy as np

for n in (1, 3, 4, 5, 8, 9):
    for pos in range(n):
        a = np.arange(n) + 1
        a[pos] = 2**52
        b = a * 2
        print(n, pos, (a + a)[pos], (b - 1)[pos], (a * 4)[-1], (a - a.max())[0])
x = np.arange(10) * 2**50
print(x + x, x * 8, x[::-1] - x, (x[2:] + x[:-2])[-1])
print(np.array([2**62]) * 2, np.array([-(2**62)]) - 2**62)
print(np.arange(12)[1:] - np.arange(12)[:-1], (np.arange(9) * -3)[::-2] + 7)
