# Whole-array max/min/argmax/argmin/std/var/cumsum fast paths: NaN, inf, signed zeros, ties,
# sizes around the unrolled loops' remainders and NumPy's 8192-element summation blocks.
import numpy as np

def show(a):
    print(a.max(), a.min(), a.argmax(), a.argmin(), np.max(a), np.argmin(a))


def show_arg(a):
    # (The sign of a max/min that ties +0.0 with -0.0 depends on NumPy's SIMD lanes: not printed.)
    print(a.argmax(), a.argmin(), np.argmax(a), abs(a.max()), abs(a.min()))

for l in [[1.0], [-0.0], [np.nan], [1.0, np.nan, 2.0, np.nan], [-0.0, -1.0, 2.0],
          [-np.inf, -np.inf], [np.inf, 1.0, np.inf], [3.0, 1.0, 3.0, 0.5, -7.0, -7.0],
          [5e-324, -5e-324, 0.0], [-0.0, -0.0, -1.0, 1.0]]:
    show(np.array(l))
for l in [[0.0, -0.0], [-0.0, 0.0, -0.0], [-1.0, -0.0, -2.0, 0.0, -0.0]]:
    show_arg(np.array(l))

for n in [1, 2, 3, 4, 5, 7, 8, 9, 63, 64, 65, 1000]:
    a = np.sin(np.arange(n) * 1.7) * 1e3
    show(a)
    a[n // 2] = np.nan
    show(a)
    a[n // 2] = np.inf
    show(a)
    a[0] = -np.inf
    show(a)

b = np.concatenate([-np.zeros(70), np.zeros(70), -np.ones(3)])
show_arg(b)
show_arg(b[::-1])
show_arg(b[5:])
show_arg(b[::3])
show(b[:60])
show(-b[75:])
m = np.cos(np.arange(24.0)).reshape(4, 6)
show(m)
show(m.T)
show(m[:, 1:4])
print(m.max(axis=0), m.argmax(axis=1))

for n in [1, 2, 3, 8, 9, 100, 8191, 8192, 8193, 20000, 100003]:
    a = np.sin(np.arange(n) * 0.37) + 1.0 / (np.arange(n) + 1.0)
    print(n, repr(a.std()), repr(a.var()), repr(np.std(a, ddof=1)) if n > 1 else "", repr(a.var(ddof=0.5)),
          repr(a.mean()), repr(a.sum()))
    c = np.cumsum(a)
    print(repr(c[-1]), repr(c[n // 2]), c.shape, repr(a.cumsum()[-1]))
m = (np.arange(30.0) ** 1.5).reshape(5, 6)
print(repr(m.std()), repr(m.T.std()), repr(m[:, ::2].var()), np.cumsum(m)[-3:], np.cumsum(m.T)[:4])
print(np.cumsum(m, axis=0)[-1], np.cumsum(np.arange(5)), np.cumsum(np.array([True, False, True])))
print(np.array([np.nan, 1.0]).std(), np.array([np.inf, 1.0]).var(), np.cumsum(np.array([np.inf, -np.inf, 1.0])))
print(np.cumsum(np.array([-0.0, -0.0])), np.array([-0.0]).std(), np.array([2.0, 2.0]).std())
print(np.cumsum(np.arange(10.0), dtype=np.int64), np.cumsum(np.zeros(0)), np.std(np.arange(6.0).reshape(2, 3), axis=1))
print(np.arange(10).std(), np.array([1, 2, 4], dtype=np.int64).var(), np.array([True, False]).std())
