# np.float64/np.int64 scalar repr/str/arithmetic with Python numbers and result types.
import numpy as np

f = np.float64(2.5)
i = np.int64(7)
b = np.bool_(True)
vals = [f, i, b, np.float32(1.5), np.int32(3), np.uint8(200)]
for v in vals:
    print(repr(v), str(v), type(v).__name__)
for x in [f, i]:
    for y in [2, 2.0, True, np.int64(3), np.float64(0.5), np.int32(4), np.float32(0.25)]:
        for name, r in [("+", x + y), ("-", x - y), ("*", x * y), ("/", x / y), ("//", x // y), ("%", x % y), ("**", x ** y)]:
            print(repr(x), name, repr(y), "=", repr(r), type(r).__name__)
print(repr(2 + f), repr(3 * i), repr(1 / i), repr(2 ** i), repr(7.5 // f), repr(-i), repr(abs(np.int64(-3))))
print(repr(f > 2), repr(i == 7), type(f > 2).__name__, repr(i < 7.5))
print(int(f), float(i), bool(np.float64(0.0)), round(f), round(np.float64(3.14159), 2), type(round(f)).__name__)
print(repr(np.float64(1e16)), repr(np.float64(1e-5)), repr(np.float64(123456789.0)), str(np.float64(1e16)))
print(repr(np.float64(np.nan)), repr(np.float64(-np.inf)), repr(np.float64(-0.0)), str(np.float64(-0.0)))
print(repr(np.int64(2) ** 62), repr(np.float64(2.0) ** 0.5))
print(f"{f:.3f} {i:05d} {f} {i} {f!r}", "%.2f %d" % (f, i))
print(repr(np.sqrt(f)), repr(np.sqrt(i)), repr(np.exp(np.int64(1))), repr(np.abs(np.int64(-5))))
print(repr(np.float64(3.0).is_integer()), np.float64(2.5).as_integer_ratio(), repr(f.item()), type(i.item()).__name__)
print(hash(np.float64(2.0)) == hash(2.0), hash(np.int64(5)) == hash(5), {np.int64(1): "a"}[1])
print([1, 2, 3][np.int64(1)], "abc"[np.int64(2)], list(range(np.int64(3))))
print(repr(np.sum([1, 2, 3])), repr(np.mean([1, 2])), repr(np.max(np.array([1.5, 2.5]))))
print(repr(np.array([1, 2])[0] + 0.5), repr(np.array([1.0])[0] * 2), repr(np.array([True])[0] + 1))
print(repr(i / 0) if False else "skip", repr(np.float64(1.0) / np.float64(3.0)))
try:
    np.int64(1) // 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(repr(np.float64(5) // 0), repr(np.float64(-1) % 0))
print(repr(divmod(np.int64(7), 2)), repr(divmod(np.float64(7.5), 2)))
print(repr(max(np.int64(3), 2.5)), repr(min(np.float64(1.0), 1)), repr(sum([np.float64(0.1)] * 3)))
