# linspace/arange/logspace parameter edge cases, empty and 0-d arrays.
import numpy as np

print(np.linspace(0, 1, 5))
print(np.linspace(0, 1, 5, endpoint=False))
v, step = np.linspace(2.0, 3.0, num=5, retstep=True)
print(v, step, type(step).__name__)
v, step = np.linspace(0, 10, 4, endpoint=False, retstep=True)
print(v, step)
print(np.linspace(0, 1, 1), np.linspace(0, 1, 0), np.linspace(5, 5, 3))
print(np.linspace(0, 1, 1, retstep=True))
print(np.linspace(10, 0, 6), np.linspace(-1, 1, 3, dtype=int))
print(np.linspace(0, 100, 7, dtype=int))
print(np.linspace(0, 1, 2, dtype=float).dtype)
print(np.linspace([0, 10], [1, 20], 3))
print(np.arange(5), np.arange(1, 2, 0.25), np.arange(10, 0, -3), np.arange(0))
print(np.arange(2.0), np.arange(3, dtype=float), np.arange(0, 1, 0.1).shape)
print(np.arange(-3, 3).dtype, np.arange(0.5, 3).dtype, len(np.arange(1, 1.3, 0.1)))
try:
    np.arange(0, 5, 0)
except Exception as e:
    print(type(e).__name__, e)
try:
    np.linspace(0, 1, -1)
except Exception as e:
    print(type(e).__name__, e)
print(np.logspace(0, 3, 4))
print(np.logspace(0, 2, 3, base=2.0))

e = np.array([])
print(e, e.shape, e.dtype, e.sum(), e.prod(), e.size, e.ndim)
print(repr(e), repr(np.zeros((0, 3))), np.zeros((2, 0)))
print(np.zeros((0, 3)).sum(axis=0), np.zeros((0, 3)).sum(axis=1))
print(np.ones((3, 0)).max(axis=0) if False else np.ones((3, 0)).shape)
try:
    np.zeros((0, 3)).max(axis=0)
except Exception as e2:
    print(type(e2).__name__, e2)
print(np.concatenate([e, np.array([1.0])]), np.array([], dtype=int) + 1)
print(e.tolist(), list(e), len(e), np.zeros((0, 2)).tolist(), np.cumsum(e))
print(np.any(e), np.all(e), np.sort(e), np.argsort(e), np.unique(e))

z = np.array(3.5)
print(z, repr(z), z.shape, z.ndim, z.size, z.item(), z[()], type(z[()]).__name__)
print(z + 1, type(z + 1).__name__, z * np.ones(2), float(z), int(z))
print(np.array(7).sum(), np.array(True), repr(np.array(2, dtype=float)))
print(z.reshape(1), z.reshape(1, 1), np.expand_dims(z, 0), z.tolist(), z.astype(int))
try:
    z[0]
except Exception as e3:
    print(type(e3).__name__, e3)
try:
    for t in z:
        print(t)
except Exception as e4:
    print(type(e4).__name__, e4)
print(np.atleast_1d(z), np.sqrt(np.array(16.0)), repr(np.sqrt(np.array(16.0))))
z2 = np.array(1.0)
z2[()] = 9
print(z2, np.zeros(()), np.ones((), dtype=int), np.full((), 4.0).ndim)
print(np.mean(np.array([[1.0, 2.0]]), axis=1), np.empty((0,)).mean(axis=0).shape)
