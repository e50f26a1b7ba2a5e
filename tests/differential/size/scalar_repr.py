# NumPy scalars print through JS (no wasm formatting): float64 as Python's repr(float),
# int64 exactly, bool as True/False; no array is printed, so the program ships no array printing.
import numpy as np

a = np.array([0.1, 2.0, -0.0, 1e16, 1e-5, 123456789.123, 1e300, 5e-324, 0.0001, 9999999999999998.0, 1 / 3])
for x in a:
    print(repr(x), str(x), f"{x}", f"{x!r}", [x], (x,))
for v in [np.inf, -np.inf, np.nan]:
    x = np.float64(v)
    print(repr(x), str(x))
b = np.array([0, -5, 2**53, -(2**53), 123456789012345])
for x in b:
    print(repr(x), str(x), x)
for x in np.array([True, False]):
    print(repr(x), str(x), x)
print(np.sum(a[:3]), np.max(b), repr(np.mean(b)), {"k": np.min(a)})
print(float(a.sum()) > 1.0, f"{float(a[0]):.3f}", int(b[1]))
