import numpy as np
a = np.array([1.5, 2.0, 3.0])
x = a[0]
print(x, repr(x), str(x), type(x).__name__)
i = np.arange(3)[1]
print(i, repr(i), type(i).__name__)
b = np.array([True, False])[0]
print(b, repr(b))
print([a[1], i, b])
print(x + 1, repr(x + 1), repr(x * 2), repr(i + 1), repr(i * 2.0), repr(i / 2))
print(repr(a.sum()), repr(np.arange(4).sum()), repr(a.mean()))
print(float(x), int(a[2]), round(a[0]), round(np.float64(2.5)), abs(np.float64(-2.0)))
print(f"{x:.3f} {i:5d} {a[1]}")
print(x > 1, repr(x > 1), x == 1.5)
print(np.float64(0.1) + np.float64(0.2), repr(np.float64(1e20)), repr(np.float64(1e-5)))
