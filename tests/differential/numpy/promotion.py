import numpy as np
i = np.array([1, 2])
f = np.array([1.0, 2.0])
b = np.array([True, False])
for x in [i + 1, i + 1.0, i * f, i / i, b + 1, b + 1.0, b + b, b * 2, i // 2, f // 2, i ** 2, b & b]:
    print(x.dtype, x)
print((i + np.float64(1)).dtype, (i + np.int64(1)).dtype, (np.int64(2) * 1.5), repr(np.int64(7) // 2))
