# dtype corners.
import numpy as np

a = np.array([120, 127, -128, 5], dtype=np.int8)
print(a + np.int8(10), a * 2, a - 1, -a)
print(a.dtype, (a + 1).dtype, (a + 1.5).dtype, (a + np.int16(1)).dtype)
u = np.array([250, 5, 0, 128], dtype=np.uint8)
print(u + 10, u - 10, u * 2, u // 3, u % 7)
print(u.astype(np.int8), u.astype(np.int16) - 300)
print(np.array([-1, 256, 300]).astype(np.uint8), np.array([3.7, -3.7, 255.9]).astype(np.uint8))
print(np.array([1.9, -1.9, 2.5]).astype(int), np.array([1.5, 0.0]).astype(bool))
print(np.array([0, 1, 2]).astype(bool), np.array([True, False]).astype(float))
print(np.array([1.5, 2.25]).astype(np.float32), np.float32(0.1), np.float32(1) / 3)
f32 = np.array([0.1, 0.2, 0.3], dtype=np.float32)
print(f32, f32.sum(), f32 * 3, f32.dtype, (f32 + 1.0).dtype, (f32 + np.float64(1)).dtype)
print(repr(f32), repr(np.float32(2.5)), str(np.float32(1e-8)))
print(f32.astype(np.float64))
print(np.array([1, 2, 3]).astype(np.float64, casting="safe"))
try:
    np.array([1.5, 2.5]).astype(np.int64, casting="safe")
except TypeError as e:
    print("TypeError:", e)
try:
    np.array([1, 2]).astype(np.int8, casting="same_kind")
    print("same_kind ok")
except TypeError as e:
    print("TypeError:", e)
print(np.can_cast(np.int64, np.float64), np.can_cast(np.float64, np.int64), np.can_cast(np.int8, np.uint8))
print(np.can_cast(np.float64, np.float32, casting="same_kind"))
print(np.result_type(np.int8, np.uint8), np.result_type(np.float32, np.int64), np.promote_types("i4", "f4"))
b = np.array([True, False, True])
print(b + b, b * b, b & ~b, b | b, b ^ True, b.sum(), b.mean(), np.sum(b, dtype=int))
try:
    b - b
except TypeError as e:
    print("TypeError:", e)
try:
    -b
except TypeError as e:
    print("TypeError:", e)
print(np.logical_not(b), ~b, b.astype(int) - 1)
print(np.iinfo(np.int8), np.iinfo(np.uint8).max, np.iinfo(np.int64).min, np.iinfo(np.int32).bits)
print(repr(np.iinfo(np.int16)), repr(np.iinfo(np.uint32)))
print(np.finfo(np.float64).eps, np.finfo(np.float32).eps, np.finfo(np.float64).max, np.finfo(np.float32).tiny)
print(repr(np.finfo(np.float64)), repr(np.finfo(np.float32)))
print(np.finfo(float).resolution, np.finfo(np.float32).precision, np.finfo(float).bits)
print(np.int8(127) + np.int8(1) if False else np.array([127], dtype=np.int8) + np.array([1], dtype=np.int8))
print(np.uint8(200) + np.uint8(100) if False else (np.array([200], dtype=np.uint8) + np.uint8(100)))
print(np.array([2**31 - 1], dtype=np.int32) + 1)
print(np.array([1, 2], dtype=np.int16) * np.array([30000, 20000], dtype=np.int16))
print(np.dtype("int8"), np.dtype(np.float32).itemsize, np.dtype("u1").name, np.dtype(float).kind, np.dtype("i2").char)
print(a.itemsize, a.nbytes, u.astype(np.uint16).nbytes, f32.nbytes)
print(np.zeros(3, dtype=np.uint8), np.ones((2, 2), dtype=np.float32), np.full(3, 7, dtype=np.int16))
print(np.arange(5, dtype=np.float32) / 3)
print(np.linspace(0, 1, 4, dtype=np.float32))
print(u.max(), u.min(), u.sum(), u.sum().dtype if hasattr(u.sum(), "dtype") else None, u.mean())
print(a.sum(), type(a.sum()).__name__, a.max(), type(a.max()).__name__)
print(np.abs(np.array([-128], dtype=np.int8)), np.sign(a))
print(np.array([1, 2, 3], dtype=np.uint8) - np.array([2, 2, 2], dtype=np.uint8))
print(np.float32(16777217.0), np.float32(3.4e38) * np.float32(10) if False else np.float32(3.4e38))
print(np.array([1e10]).astype(np.float32), np.array([65504.0, 1e-45], dtype=np.float32))
print(np.int64(7) // np.int64(2), np.int64(-7) // 2, np.int64(-7) % 3, np.float64(7.5) // 2)
print(np.array([7, -7]) // np.array([2, 2]), np.array([7, -7]) % np.array([-2, 2]))
print(np.array([1, 2]) / np.array([0, 0]) if False else "skip")
print(type(np.float32(1) + 1).__name__, type(np.int8(1) + 1).__name__, type(np.uint8(1) * 2.0).__name__)
