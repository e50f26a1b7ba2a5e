# np.sin/np.cos of float64 arrays go through the relaxed-SIMD kernel in chunks that fit its one
# page of memory (7586 elements): sizes around the chunk boundary, special values placed at the
# boundaries, views, other dtypes, 0-size and 0-d arrays.
import numpy as np


def show(name, r):
    n = r.size
    picks = sorted({0, 1, n // 2, max(n - 1, 0), min(7585, n - 1), min(7586, n - 1), min(7587, n - 1)})
    print(name, n, repr(float(np.sum(r))) if n else "empty", [repr(float(r.flat[i])) for i in picks if 0 <= i < n])


for n in [63, 64, 65, 7585, 7586, 7587, 7588, 15171, 15172, 15173, 40000]:
    x = np.linspace(-60.0, 60.0, n)
    if n > 7587:
        x[7584] = np.nan
        x[7585] = -0.0
        x[7586] = np.inf
        x[7587] = 2.5e8
    if n > 15172:
        x[15171] = -np.inf
        x[15172] = 1e300
    with np.errstate(invalid="ignore"):
        show("sin", np.sin(x))
        show("cos", np.cos(x))
        show("cos+sin", np.cos(x) + np.sin(x))

x = np.linspace(-7.0, 7.0, 20001)
show("sin[::2]", np.sin(x[::2]))
show("cos[::-1]", np.cos(x[::-1]))
show("sin[3:]", np.sin(x[3:]))
m = x[:20000].reshape(100, 200)
show("sin(m.T)", np.sin(m.T).copy())
show("cos(m[:, ::3])", np.cos(m[:, ::3]))
show("sin(int)", np.sin(np.arange(-5000, 5000)))
show("cos(int)", np.cos(np.arange(300) % 3 - 1))
show("sin(0-size)", np.sin(np.zeros(0)))
print("sin(0-d)", repr(float(np.sin(np.array(0.5)))), repr(float(np.cos(np.array(-0.0)))))
print("signs", [repr(float(v)) for v in np.sin(np.array([-0.0, 0.0] * 40))[:4]])
