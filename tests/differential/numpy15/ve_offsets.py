# Elementwise + - * / with operands that start past the beginning of their data (slices,
# views, reversed and strided arrays), scalars on either side, every length around the
# unrolled loops' block size, int/bool/float dtypes, nan/inf/-0.0, 0-size and 0-d arrays.
import numpy as np

base = np.linspace(-3.0, 3.0, 41)
base[5] = np.nan
base[7] = np.inf
base[9] = -np.inf
base[11] = -0.0
other = np.arange(41, dtype=float) * 0.25 - 4.0
other[13] = 0.0
other[15] = -0.0

for n in (0, 1, 3, 7, 8, 9, 15, 16, 17, 31):
    a = base[2 : 2 + n]
    b = other[5 : 5 + n]
    print(n, a + b, a - b, a * b, a / b)
    print(n, a + 1.5, 1.5 - a, a * -2.0, a / 3.0, 3.0 / (a + 10.0))
    print(n, a ** 2, -a, (a * 2.0 + 1.0) - b)

r = base[::-1]
print(r[:10] + other[:10], r[3:12] - other[:9])
s = base[1::3]
print(s + s, s * 2.5, s - other[: len(s)])
m = base[1:37].reshape(6, 6)
print(m[1:, 1:] + m[:-1, :-1])
print(m.T * m)
print(m[:, 2] / m[:, 3])
print((m + 0.5)[2:4])

ia = np.arange(20)[3:]
ib = np.arange(40, 0, -2)[3:]
print(ia + ib, ia - ib, ia * ib, ia / ib)
print(ia * 0.5, ia + 1, 2 - ia, ia * 3)
print(ia[::-2] - ib[::2])
ba = np.array([True, False, True, True, False, False, True, False, True, True])
print(ba + ba, ba * ba, ba[1:] + ba[:-1], ba * 2.5, ba + 1)
print(ia[:10] + ba, ba - 0.5)

z = np.zeros((0, 3))
print(z + 1.0, z + z, (z * 2).shape)
d0 = np.array(2.5)
print(d0 + d0, d0 * np.arange(3.0), repr(d0 - 1.0))
print(np.array(-0.0) + 0.0, np.array([-0.0]) * 1.0, np.array([-0.0]) - 0.0, 0.0 - np.array([0.0]))
