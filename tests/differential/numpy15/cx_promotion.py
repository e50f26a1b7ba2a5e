# Promotion of complex with bool/int/float arrays and Python scalars (NEP 50), dtypes printed.
import numpy as np

i = np.arange(3)
f = np.linspace(0, 1, 3)
b = np.array([True, False, True])
c = np.array([1 + 1j, 2j, -1.0 + 0j])
for x in [i, f, b]:
    for r in [x + c, c - x, x * c, c / (x + 1), x + 1j, 2j * x]:
        print(r.dtype, r)
print((c * 2).dtype, (c + 1.5).dtype, (c / 2).dtype, np.result_type(c, 1.0) if hasattr(np, "result_type") else "")
s = np.float64(2.5) * c
print(s, s.dtype)
print(np.int64(3) + 1j, type(np.int64(3) + 1j).__name__)
print(np.array([1, 2.5, 3j]).dtype, np.array([[1], [2j]]).dtype)
print(np.asarray([1j, 1]), np.array([1j, 1], dtype=complex))
