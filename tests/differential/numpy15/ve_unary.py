# Unrolled float64 abs/negative/sqrt/square loops: offsets, reversed and strided views, every
# length around the block size, nan/inf/-0.0 (signbit of abs(-0.0)), int/bool/0-d operands.
import numpy as np
a = np.linspace(-2.0, 2.0, 23)
a[3] = np.nan; a[4] = -0.0; a[5] = np.inf; a[6] = -np.inf
for n in (0, 1, 7, 8, 9, 17, 23):
    x = a[:n]
    print(np.abs(x), -x, np.sqrt(np.abs(x)), np.square(x), np.fabs(x), np.negative(x))
    y = a[23 - n:]
    print(np.abs(y), -y, np.sqrt(y * y), np.square(y))
m = a[:20].reshape(4, 5)
print(np.abs(m[:, 1:]), -(m.T), np.sqrt(np.abs(m[::-1])))
print(np.abs(np.arange(-3, 3)), -np.arange(3), np.abs(np.array([True, False])), np.abs(np.array(-2.5)))
print(np.signbit(-np.zeros(3)), np.signbit(np.abs(-np.zeros(3))))
