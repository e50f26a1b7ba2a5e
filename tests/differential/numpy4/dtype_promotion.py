# dtype promotion across arrays, scalars and Python numbers; astype conversions.
import numpy as np

i = np.array([1, 2, 3])
f = np.array([0.5, 1.5, 2.5])
b = np.array([True, False, True])
for name, v in [("i+f", i + f), ("i*b", i * b), ("b+b", b + b), ("f*b", f * b), ("i/i", i / i),
                ("i//i", i // i), ("i**2", i ** 2), ("i**0.5", i ** 0.5), ("b&b", b & b),
                ("i+1.0", i + 1.0), ("i+True", i + True), ("b*2.5", b * 2.5), ("-i", -i),
                ("i%2", i % 2), ("f%1", f % 1), ("i>f", i > f), ("abs(i-3)", abs(i - 3))]:
    print(name, v.dtype, v)
print(np.float64(2) * i, (np.float64(2) * i).dtype)
print(np.int64(2) * f, (np.int64(2) * b).dtype)
print((i + np.bool_(True)).dtype, (b + np.bool_(True)).dtype)
print(np.array([1, 2.0]).dtype, np.array([True, 2]).dtype, np.array([True, 2.5]).dtype)
print(np.array([1, 2], dtype=float), np.array([0, 1.7], dtype=int), np.array([0, 3], dtype=bool))
print(np.zeros(3, dtype=int), np.ones(2, dtype=bool), np.full(2, 7, dtype=float))
print(np.arange(3, dtype=float), np.arange(0.0, 1.0, 0.25).dtype, np.arange(5).dtype)
print(np.linspace(0, 4, 5).dtype, np.linspace(0, 4, 5, dtype=int))
print(f.astype(int), (-f).astype(int), f.astype(bool), i.astype(float) / 2)
print(b.astype(int).sum(), b.astype(float).mean())
print(np.array([3.99, -3.99]).astype(np.int64), np.array([1e3]).astype(np.int64))
print(i.astype(np.float64).dtype, i.astype("float64").dtype, i.astype("int64").dtype, f.astype("bool").dtype)
print(np.sqrt(i).dtype, np.exp(f).dtype, np.floor(i).dtype, np.floor(f).dtype)
print(np.sum(b), np.sum(b).dtype, np.mean(b), np.prod(b))
print(np.maximum(i, f), np.minimum(i, 2), np.where(b, i, f), np.where(b, i, 0).dtype)
print(np.clip(i, 1.5, 2.5), np.clip(i, 1, 2), np.clip(i, 1, 2).dtype)
print(np.round(f), np.round(i), np.round(i).dtype, np.rint(f))
print(np.concatenate([i, f]), np.concatenate([i, b]), np.stack([b, b]).dtype)
print(np.hstack([i, [9]]).dtype, np.hstack([i, [9.5]]).dtype)
print(np.dot(i, f), np.dot(i, i), np.dot(b, b), repr(np.dot(i, i)))
print(i @ f, (i[:, None] * f).dtype, np.outer(i, b))
print(np.cumsum(b), np.cumsum(b).dtype, np.diff(b.astype(int)))
print(np.mean(i), np.median(i), np.median(i).dtype, np.std(i))
print(np.int64(3) / np.int64(2), np.int64(3) // np.int64(2), np.float64(3) // 2)
print(type(i.tolist()[0]).__name__, type(f.tolist()[0]).__name__, type(b.tolist()[0]).__name__)
print(np.array(5).dtype, np.array(5.0).dtype, np.array(True).dtype, np.asarray([1, 2], dtype=float).dtype)
x = np.zeros(3, dtype=int)
x[0] = 2.9
x[1] = True
print(x, x.dtype)
y = np.zeros(2)
y[:] = [1, 2]
print(y, y.dtype)
z = np.array([1, 2, 3])
z += 2
print(z)
try:
    z += 1.5
except Exception as e:
    print(type(e).__name__, e)
z2 = np.array([1.0, 2.0])
z2 += np.array([1, 1])
print(z2)
