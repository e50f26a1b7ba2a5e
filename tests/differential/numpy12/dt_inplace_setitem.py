# In-place operators and item assignment on small-dtype arrays: casting and wrap-around.
import numpy as np

a = np.array([10, 100, 250], dtype=np.uint8)
a += 10
print(a, a.dtype)
a *= 3
print(a, a.dtype)
a -= np.uint8(5)
print(a)
a //= 2
print(a)
try:
    a += 1.5
except Exception as e:
    print(type(e).__name__, e)
try:
    a += 300
except OverflowError as e:
    print("OverflowError", e)
a[0] = 7
a[1:] = [1, 2]
print(a)
a[a > 1] = 99
print(a, a.dtype)
f = np.zeros(4, dtype=np.float32)
f += 0.1
print(f, repr(f))
f *= 3
print(f, f.sum())
f[2] = 1 / 3
print(f, repr(f[2]), f.dtype)
f /= 2
print(f)
i = np.arange(6, dtype=np.int32).reshape(2, 3)
i[0] = 9
i[:, 1] = -1
i += np.array([1, 2, 3])
print(i, i.dtype)
i[1, 2] = 2.9
print(i)
m = np.zeros((2, 2), dtype=np.int16)
m[0, 0] = 32767
m += 1
print(m)
