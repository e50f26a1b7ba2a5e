# Float64 matrix products through the FMA kernel, whose module gets a new, larger memory when a
# product does not fit (1 MB first; it never grows one, which would detach its buffer): sizes
# below and above each step, then small again; transposed operands; other dtypes and shapes
# that take other paths (shapes whose NumPy bits do not depend on OpenBLAS's thread count). Each product printed as its sum and a hash of every element's bits.
import numpy as np


def mat(r, c, seed):
    i = np.arange(r).reshape(r, 1)
    j = np.arange(c).reshape(1, c)
    return np.sin(0.3 * i * (seed + 1) + 0.07 * j * j) + np.cos(0.02 * (i + 3 * j))


def show(name, c):
    print(name, c.shape, repr(float(c.sum())), hash(tuple(float(v) for v in c.flat)) % 1000003)


for n, k, m in [(16, 16, 17), (64, 64, 64), (200, 200, 200), (200, 256, 240), (400, 64, 400),
                (64, 256, 1200), (200, 200, 200), (256, 256, 256), (240, 200, 320), (3, 5, 7)]:
    a, b = mat(n, k, n), mat(k, m, m)
    show(f"{n}x{k}@{k}x{m}", a @ b)

a, b = mat(200, 200, 1), mat(200, 200, 2)
show("a.T@b", a.T @ b)
show("a@b.T", a @ b.T)
show("a.T@b.T", a.T @ b.T)
show("dot", np.dot(a, b))
ai = (np.arange(200 * 200) % 7 - 3).reshape(200, 200)
show("int@int", ai @ ai.T)
show("int@float", ai @ b)
ab = ai > 0
show("bool@bool", (ab @ ab).astype(int))
show("0-size", np.zeros((0, 50)) @ np.ones((50, 60)))
show("k=0", np.ones((70, 0)) @ np.ones((0, 80)))
z = mat(100, 100, 7)
z[3, 4] = np.nan
z[50, 2] = np.inf
z[10, 10] = -0.0
with np.errstate(invalid="ignore"):
    c = z @ mat(100, 100, 8)
    print("nan/inf", int(np.isnan(c).sum()), int(np.isinf(c).sum()), repr(float(c[0, 0])), repr(float(c[99, 99])), repr(float(c[10, 11])))
