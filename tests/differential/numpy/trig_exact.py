# np.sin / np.cos bit for bit (glibc's results, which NumPy uses for float64): sums and
# single values printed with repr, over small, medium and large arguments.
import numpy as np

for lo, hi, n in [(-1e-6, 1e-6, 1001), (-0.2, 0.2, 4001), (-3.0, 3.0, 20001), (-1000.0, 1000.0, 100001), (1e5, 1e8, 50001)]:
    x = np.linspace(lo, hi, n)
    s, c = np.sin(x), np.cos(x)
    print(repr(float(s.sum())), repr(float(c.sum())), repr(float(s[n // 3])), repr(float(c[n // 7])))
    print(repr(float(np.abs(s).sum())), repr(float((s * c).sum())))
i = np.arange(200).reshape(200, 1)
j = np.arange(200).reshape(1, 200)
m = np.sin(0.37 * i * 13 + 0.11 * j * j) + np.cos(0.05 * (i + 2 * j))
print(repr(float(m.sum())), repr(float(m[17, 123])), repr(float(np.sin(m).sum())))
print(np.sin(np.array([0.0, -0.0, np.pi, 1e22, 1e300, 1e-300])))
print(np.cos(np.array([0.0, -0.0, np.pi, 1e22, 1e-9, 2.4262, 0.855469])))
