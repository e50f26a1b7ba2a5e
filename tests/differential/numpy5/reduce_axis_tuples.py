# Reductions over axis tuples, negative axes, keepdims, ddof and dtype= on a 3-D array.
import numpy as np

a = np.arange(24, dtype=float).reshape(2, 3, 4) / 3.0
b = np.arange(24).reshape(2, 3, 4) - 7

for ax in [None, 0, 1, 2, -1, -2, (0, 1), (0, 2), (1, 2), (0, 1, 2), (-1, 0)]:
    print("axis", ax)
    print("  sum", a.sum(axis=ax))
    print("  mean", np.mean(b, axis=ax))
    print("  max", b.max(axis=ax), "min", np.min(a, axis=ax).round(3))

print(np.sum(b, axis=(0, 2), keepdims=True))
print(np.sum(b, axis=(0, 2), keepdims=True).shape)
print(np.mean(a, axis=(1,), keepdims=True).shape)
print(np.std(a, axis=(0, 1)))
print(np.std(a, axis=(0, 1), ddof=1))
print(np.var(b, axis=-1, ddof=2))
print(a.var(axis=(1, 2), keepdims=True))
print(np.prod(b[:, :2, :2] + 8, axis=(1, 2)))
print(np.sum(b, dtype=float), type(np.sum(b, dtype=float)).__name__)
print(np.sum(b, axis=0, dtype=np.float64).dtype)
print(np.mean(b, dtype=np.float64, axis=1))
print(np.sum(b > 0, axis=(0, 1)))
print(np.any(b > 15, axis=(1, 2)), np.all(b > -8, axis=(0, 2)))
print(np.count_nonzero(b, axis=(0, 1)))
print(np.count_nonzero(b))
print(np.ptp(b, axis=(0, 2)))
print(np.max(a, axis=(0, 1), keepdims=True).shape)

for bad in [3, -4, (0, 3), (1, 1)]:
    try:
        print(b.sum(axis=bad))
    except Exception as e:
        print(type(e).__name__, e)
try:
    print(np.argmax(b, axis=3))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(np.mean(a, axis=-5))
except Exception as e:
    print(type(e).__name__, e)

print(np.argmax(b, axis=-1))
print(np.argmin(a, axis=0))
print(np.argmax(a, axis=1, keepdims=True).shape)
print(np.cumsum(b, axis=-1)[1])
print(np.cumprod(b[:, :, :2] + 8, axis=1)[0])
