# 3-D arrays of every dtype printed with print/repr/str, plus wrapping.
import numpy as np

t = np.arange(24).reshape(2, 3, 4)
print(t)
print(repr(t))
print(t - 12)
print(repr(t * -1.5))
print(t / 7)
print(t % 3 == 0)
print(repr(t % 5 == 0))
print(t[:, ::-1, 1:3])
print(t.transpose(2, 0, 1))
print(t.sum(axis=0), t.sum(axis=(1, 2)))
z = np.zeros((2, 2, 2))
z[0, 1, 1] = -0.0
z[1, 0, 0] = np.nan
z[1, 1, 1] = np.inf
print(z)
print(repr(z))
s = np.linspace(-1, 1, 18).reshape(3, 2, 3)
print(s)
w = np.arange(60).reshape(3, 4, 5) * 1000.5
print(w)
print(repr(w))
e = np.ones((2, 0, 3))
print(e, repr(e), e.shape)
one = np.array([[[5]]])
print(one, repr(one), one.ndim)
big = np.arange(2 * 3 * 20).reshape(2, 3, 20) ** 2
print(big)
print(repr(big[0]))
q = np.full((2, 2, 3), 1e-6)
print(q)
q[0, 0, 0] = 12345.0
print(q)
print(repr(np.array([[[True, False]], [[False, True]]])))
print(np.array([[1, -1], [100, -100]]).reshape(2, 1, 2))
for block in t:
    print("block:", block.shape, block.max())
print(t[1].tolist())
print([list(r) for r in t[0]])
print(np.int64(t[1, 2, 3]), t[..., 0], t[0, ..., 1])
