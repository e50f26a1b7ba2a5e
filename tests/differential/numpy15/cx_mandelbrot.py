# Notebook: Mandelbrot escape counts on a small grid of complex numbers.
import numpy as np

x = np.linspace(-2.0, 0.5, 26)
y = np.linspace(-1.0, 1.0, 11)
c = x[np.newaxis, :] + 1j * y[:, np.newaxis]
z = np.zeros_like(c)
count = np.zeros(c.shape, dtype=int)
for k in range(30):
    inside = np.abs(z) <= 2
    z[inside] = z[inside] ** 2 + c[inside]
    count[inside] += 1
for row in count:
    print("".join("#" if v == 30 else "+" if v > 10 else "." for v in row))
print(count.sum(), c.dtype, c.shape)
