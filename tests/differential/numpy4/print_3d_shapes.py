# Printing arrays of many shapes: 0-d to 3-d, empty dims, single rows/columns, wide rows.
import numpy as np

print(np.array(7), repr(np.array(7)), repr(np.array(-0.5)), repr(np.array(True)))
for shape in [(1,), (1, 1), (1, 3), (3, 1), (2, 1, 2), (1, 2, 3), (0,), (2, 0), (0, 2, 2)]:
    a = np.arange(int(np.prod(shape)), dtype=float).reshape(shape) - 1
    print(shape)
    print(a)
    print(repr(a))
c = np.arange(60).reshape(3, 4, 5)
print(c)
print(repr(c * 1.5))
print(repr(c > 30))
print(c[:, ::2, 1:3])
print(np.transpose(c, (2, 0, 1))[:2])
print(repr(np.linspace(-1, 1, 27).reshape(3, 3, 3)))
print(repr(np.arange(30) * 12345))
print(np.arange(40) * 1.1)
print(repr(np.arange(40) * 1.1))
print(repr(np.array([[1e-3, 1e3], [1e5, 1e-5]])))
w = np.ones((2, 30)) / 3
print(w)
print(repr(np.eye(3, dtype=bool)))
print(repr(np.eye(3, dtype=int)))
print(repr(np.full((2, 2), np.nan)))
print(repr(np.array([[np.inf, 1], [2, -np.inf]])))
big = np.arange(2000).reshape(2, 10, 100)
print(big)
print(repr(np.arange(1200.0).reshape(30, 40)))
print(np.zeros((3, 1001), dtype=bool))
