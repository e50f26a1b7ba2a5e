# median and percentile with axis, keepdims, several q, and nan handling.
import numpy as np

rng = np.random.default_rng(42)
x = np.round(rng.normal(10.0, 3.0, size=(4, 5, 3)), 3)
y = np.arange(1, 31).reshape(5, 6) ** 2 % 17

print(repr(np.median(x)))
for ax in [0, 1, 2, -1, (0, 1), (0, 2), (1, 2)]:
    print("median", ax, repr(np.median(x, axis=ax)))
    print("median kd", ax, np.median(x, axis=ax, keepdims=True).shape)
print(repr(np.median(y, axis=0)), repr(np.median(y, axis=1, keepdims=True)))

for q in [0, 10, 25, 50, 75, 90, 99.5, 100]:
    print("pct", q, repr(np.percentile(y, q)), repr(np.percentile(y, q, axis=0)))
print(repr(np.percentile(x, [5, 50, 95], axis=1)))
print(repr(np.percentile(x, (25, 75), axis=(0, 2), keepdims=True)))
print(repr(np.percentile(y, 30, axis=1, keepdims=True)))
for m in ["linear", "lower", "higher", "nearest", "midpoint"]:
    print(m, repr(np.percentile(y, [10, 33, 67], axis=1, method=m)))
print(repr(np.quantile(x[0], [0.1, 0.5, 0.9], axis=0)))

z = np.array([1.0, np.nan, 3.0, 2.0])
print(repr(np.median(z)), repr(np.percentile(z, 50)))
print(repr(np.median(np.array([[1, 2], [3, 4]]), axis=(0, 1))))
print(repr(np.median(np.array([4]))), repr(np.median(np.arange(10))))
iqr = np.percentile(y, 75, axis=0) - np.percentile(y, 25, axis=0)
print("iqr", iqr)
print("ptp", np.ptp(y, axis=0), np.ptp(x, axis=(0, 1)))
