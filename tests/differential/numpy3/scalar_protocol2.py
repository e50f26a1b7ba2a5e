import numpy as np
a = np.array([[1.5, -2.0], [3.25, 4.0]])
print(str(a.tolist()), [a, a[0]], {"k": a[0]}, (a[0, 0], a[1]))
print(np.array([1e-3, 5e-4]), np.array([[1e5, 2.5], [3.0, 4.0]]), np.array([[0.1, 0.22], [0.333, 4444.0]]))
print(np.array([1, 2, 3]) * np.float64(1.5), np.float64(3) * np.array([1, 2]), np.int64(3) + np.array([True]))
x = np.float64(0.1) * 3
print(x, repr(x), x == 0.3, np.isclose(x, 0.3), f"{x}", str(x), "%.3f" % x, "{:.2%}".format(np.float64(0.256)))
i = np.int64(7)
print(i / 2, i // 2, i % 4, i ** 2, -i, abs(-i), i << 1, i & 3, float(i), i.item(), type(i.item()).__name__, f"{i:04d}", "%d" % i)
print(np.True_ and 1, np.bool_(True) + np.bool_(True), ~np.True_, not np.False_, np.True_ == True, repr(np.True_ & False))
print(np.sum([np.float64(1.5), 2]), np.max(np.array([np.int64(3), 9])), sorted([np.float64(2.0), 1.0, np.int64(0)]))
print(np.array([np.int64(2), 3.5]), np.array([np.True_, 2]), np.array(np.float64(2.5)).ndim)
print(a.mean(axis=1, keepdims=True), a.var(), a.std(ddof=1), a.min(axis=0), a.sum(axis=None), a.prod(), a.cumprod())

b = np.arange(5)
b[b > 2] = -1
b[[0, 1]] += 10
print(b, b.tolist(), np.array(b.tolist()).dtype, b.astype(float).tolist())
print(np.array([0.1, 0.2]) + 0.1, (np.array([0.1, 0.2]) + 0.1).tolist())
print(round(np.float64(2.675), 2), round(np.float64(1234.5)), round(np.float64(-0.5)), np.float64(1.0) / np.float64(3.0))
print(np.float64(1e300) * 10, -np.float64(1e300) * 10, np.float64(0.0) / 1 == 0)
print(divmod(np.int64(7), 2), divmod(np.float64(7.5), 2), pow(np.int64(2), 5), np.int64(10) / np.int64(4))
print(max(np.float64(1.5), 2), min(np.int64(3), 2.5), abs(np.float64(-0.0)), np.float64(-0.0))
