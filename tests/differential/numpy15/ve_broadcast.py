# Broadcast + - * / loops: a row repeated over a matrix, (n, 1) op (1, m) outer cases, a column
# on the right, strided and reversed operands, int64/bool/float operands, 3-d shapes,
# non-contiguous views, 0-size axes, and NumPy's error for shapes that do not broadcast.
import numpy as np

m = np.arange(35, dtype=float).reshape(5, 7) / 4.0 - 3.0
m[1, 2] = np.nan
m[3, 4] = -0.0
row = np.linspace(-1.0, 1.0, 7)
row[3] = 0.0
col = np.arange(5, dtype=float).reshape(5, 1) - 2.0
for op in ("+", "-", "*", "/"):
    f = {"+": np.add, "-": np.subtract, "*": np.multiply, "/": np.divide}[op]
    print(op, f(m, row))
    print(op, f(row, m))
    print(op, f(col, row))
    print(op, f(row, col))
    print(op, f(m, col))
    print(op, f(col, m))
print(m + row[::-1], m - row[::2].repeat(2)[:7])
print(m.T + col.T, m[:, ::2] * row[::2])
print(m[::-1] + col, m[1:4, 1:6] - row[1:6])

i = np.arange(6).reshape(6, 1)
j = np.arange(9).reshape(1, 9)
print(i + j, i - j, i * j)
print(i / (j + 1), 0.5 * i + j, (i + 2 * j) * 0.05)
print(0.37 * i * 3 + 0.11 * j * j)
b = (np.arange(9) % 2 == 0).reshape(1, 9)
print(i + b, b * 1.5 + i)

t = np.arange(24, dtype=float).reshape(2, 3, 4)
print(t + np.arange(4.0), t * np.arange(3.0).reshape(3, 1), t - t[0], t / t[:, :1, :])
print(np.zeros((0, 4)) + row[:4], (np.ones((3, 0)) * col[:3]).shape)
big = np.arange(40000, dtype=float).reshape(200, 200)
s = big + np.arange(200.0)
print(s.sum(), (np.arange(200.0).reshape(200, 1) - np.arange(200.0)).sum(), (big * big[0]).max())
try:
    m + np.ones(6)
except ValueError as e:
    print("ValueError", e)
try:
    np.ones((2, 3)) * np.ones((3, 2))
except ValueError as e:
    print("ValueError", e)
