# Mixed Python-scalar / NumPy-scalar arithmetic and the type of each result.
import numpy as np

x = np.float64(2.5)
n = np.int64(7)
t = np.bool_(True)
a = np.array([1.0, 2.0, 3.0])
k = np.array([4, 5, 6])

cases = [
    ("f64*int", lambda: x * 3), ("int*f64", lambda: 3 * x), ("f64+float", lambda: x + 0.5),
    ("i64+int", lambda: n + 1), ("i64+float", lambda: n + 0.5), ("i64*f64", lambda: n * x),
    ("i64/int", lambda: n / 2), ("i64//int", lambda: n // 2), ("i64%int", lambda: n % -3),
    ("int//i64", lambda: -20 // n), ("i64**int", lambda: n ** 2), ("f64**int", lambda: x ** 2),
    ("i64**f", lambda: n ** 0.5), ("bool+int", lambda: t + 1), ("bool+bool", lambda: t + t),
    ("bool*f", lambda: t * 2.5), ("f64<int", lambda: x < 3), ("i64==int", lambda: n == 7),
    ("f64==f64", lambda: x == np.float64(2.5)), ("-i64", lambda: -n), ("abs", lambda: abs(-x)),
    ("sum el", lambda: a[0] + k[0]), ("el*el", lambda: k[1] * k[2]), ("el/el", lambda: k[2] / k[0]),
    ("el-float", lambda: k[0] - 1.0), ("a.sum", lambda: a.sum()), ("k.sum", lambda: k.sum()),
    ("k.mean", lambda: k.mean()), ("k.max", lambda: k.max()), ("round", lambda: round(x)),
    ("round2", lambda: round(np.float64(2.675), 2)), ("int()", lambda: int(x)),
    ("float()", lambda: float(n)), ("divmod", lambda: divmod(n, 3)), ("divmodf", lambda: divmod(x, 1.0)),
    ("pow3", lambda: pow(n, 2)), ("bool()", lambda: bool(np.float64(0.0))),
    ("min", lambda: min(x, n)), ("max", lambda: max(k)), ("sum()", lambda: sum(k)),
    ("sumf", lambda: sum(a)), ("hash", lambda: hash(np.float64(3.0)) == hash(3)),
    ("i64 in", lambda: n in [7, 8]), ("f64 key", lambda: {np.float64(1.0): "a"}[1]),
]
for name, fn in cases:
    try:
        r = fn()
        print(f"{name:10s} {type(r).__name__:8s} {r!r} {r}")
    except Exception as e:
        print(name, type(e).__name__, e)

print(f"{x:.3f} {n:05d} {x:e} {n:x}")
print("%.2f %d %s %r" % (x, n, x, n))
print(str(np.float64(1e20)), repr(np.float64(1e-7)), str(np.float64(0.1 + 0.2)))
print(repr(np.float64(-0.0)), repr(np.int64(-3)), repr(np.bool_(False)))
print(np.float64(10) / np.float64(4), np.int64(10) // np.int64(4))
print(type(np.float64(1.5) + a[0]).__name__, type(a[0] > 1).__name__, type(k[0] > 1).__name__)
print(np.float64(7.0).is_integer(), np.float64(3.5).as_integer_ratio())
print(x.item(), type(x.item()).__name__, n.item(), type(n.item()).__name__)
print(isinstance(x, float), isinstance(n, int), isinstance(a[0], np.floating), isinstance(k[0], np.integer))
