# np.concatenate of views, slices, mixed dtypes, empty parts and along axes.
import numpy as np

a = np.arange(6) * 0.5
print(np.concatenate((a[-2:], a, a[:2])))
print(np.concatenate((a[::-1], a[::2])))
print(np.concatenate([a[:0], a[3:], a[:0]]))
print(np.concatenate((np.arange(3), a[:2])), np.concatenate((np.arange(3), a[:2])).dtype)
b = np.concatenate((np.array([True, False]), np.arange(2)))
print(b, b.dtype)
c = np.concatenate((np.array([True]), np.array([False, True])))
print(c, c.dtype)
d = np.concatenate((np.array([True, False]), np.array([0.25])))
print(d, d.dtype)
e = np.concatenate((np.arange(3), np.arange(2)))
print(e, e.dtype)
m = np.arange(6).reshape(2, 3)
print(np.concatenate((m, m * 10)))
print(np.concatenate((m, m.T.T[:, :1]), axis=1))
print(np.concatenate((m.T, m.T), axis=0))
print(np.concatenate((m, m), axis=None))
print(np.concatenate((m[:, ::2], m[:, 1:2]), axis=-1))
x = np.concatenate((a, a))
x[0] = 99.0
print(a[0], x[:3])
print(np.concatenate(([1.5, 2.5], (3, 4))))
print(np.concatenate((np.array([-0.0]), np.array([np.nan, -np.inf]))))
for bad in [(np.zeros(2), np.zeros((2, 2))), (np.zeros((2, 2)), np.zeros((3, 3)))]:
    try:
        np.concatenate(bad)
    except ValueError as ex:
        print("ValueError", ex)
