# float32 printing: scalars use float32's shortest repr, arrays a dtype= suffix in repr.
import numpy as np

vals = [0.1, 0.2, 1 / 3, 2 / 3, 1e-5, 1e10, 123456.789, 3.14159265358979, 1e20, -0.0, 2.5]
for v in vals:
    s = np.float32(v)
    print(s, repr(s), str(s), f"{s:.4f}", float(s))
print(np.float32(1) / np.float32(3), np.float32(0.1) + np.float32(0.2), np.float32(0.1) * 3)
a = np.array(vals, dtype=np.float32)
print(a)
print(repr(a))
print(repr(np.array([0.5, 0.25], dtype=np.float32)), repr(np.zeros(3, dtype=np.float32)))
print(repr(np.array([], dtype=np.float32)), repr(np.array(1.5, dtype=np.float32)))
print(np.linspace(0, 1, 5).astype(np.float32))
print(repr(np.arange(12, dtype=np.float32).reshape(3, 4) / 7))
print(repr(np.arange(0, 2, 0.25, dtype=np.float32)))
print(np.array([np.nan, np.inf, -np.inf], dtype=np.float32))
