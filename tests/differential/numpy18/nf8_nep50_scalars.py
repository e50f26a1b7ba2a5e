# NEP 50 promotion: NumPy scalars with Python scalars, arrays with NumPy scalars, result dtypes and reprs.
import numpy as np

cases = [
    ("int32 + 1", lambda: np.int32(1) + 1),
    ("int32 + 1.0", lambda: np.int32(1) + 1.0),
    ("float32 * 2.0", lambda: np.float32(1) * 2.0),
    ("float32 * 2", lambda: np.float32(1.5) * 2),
    ("float32 + float64", lambda: np.float32(1.5) + np.float64(2.25)),
    ("int32 + int64", lambda: np.int32(3) + np.int64(4)),
    ("int64 / int64", lambda: np.int64(7) / np.int64(2)),
    ("int32 // 2", lambda: np.int32(7) // 2),
    ("int32 % -3", lambda: np.int32(7) % -3),
    ("bool + 1", lambda: np.bool_(True) + 1),
    ("bool + bool", lambda: np.bool_(True) + np.bool_(True)),
    ("float64 ** 2", lambda: np.float64(1.5) ** 2),
    ("int64 ** 2", lambda: np.int64(3) ** 2),
    ("1 - float32", lambda: 1 - np.float32(0.25)),
    ("2.5 * int32", lambda: 2.5 * np.int32(4)),
    ("True * float32", lambda: True * np.float32(3.5)),
    ("int16 + 1", lambda: np.int16(100) + 1),
    ("uint8 + 1", lambda: np.uint8(200) + 1),
    ("float32(0.1) + 0.2", lambda: np.float32(0.1) + 0.2),
    ("float64(0.1) + float32(0.2)", lambda: np.float64(0.1) + np.float32(0.2)),
]
for name, f in cases:
    r = f()
    print(f"{name:30s} -> {r!r:28s} {type(r).__name__} {np.asarray(r).dtype}")

print("--- arrays with scalars")
a32 = np.array([1, 2, 3], dtype=np.int32)
f32 = np.array([0.5, 1.5, 2.5], dtype=np.float32)
i64 = np.array([1, 2, 3])
b = np.array([True, False, True])
for label, arr in [("int32", a32), ("float32", f32), ("int64", i64), ("bool", b)]:
    for sname, s in [("1", 1), ("2.5", 2.5), ("True", True), ("np.int64(2)", np.int64(2)), ("np.float64(0.5)", np.float64(0.5)), ("np.float32(2)", np.float32(2)), ("np.int32(5)", np.int32(5))]:
        r = arr + s
        print(f"{label:8s} + {sname:16s} -> {r.dtype}: {r}")
print("--- multiplication and division")
for label, arr in [("int32", a32), ("float32", f32), ("bool", b)]:
    print(label, (arr * 3).dtype, (arr / 2).dtype, (arr * 0.5).dtype, (arr / np.float32(2)).dtype, arr / np.float32(2))
print("--- result_type and promote_types")
for x, y in [(np.int32, np.float32), (np.int64, np.float32), (np.int16, np.float32), (np.uint8, np.int8), (np.bool_, np.int32), (np.int32, np.int64), (np.float32, np.float64), (np.uint8, np.uint16)]:
    print(np.dtype(x).name, np.dtype(y).name, np.promote_types(x, y), np.result_type(x, y))
print(np.result_type(np.int32, 1), np.result_type(np.float32, 1.0), np.result_type(np.int8, 2.5), np.result_type(np.array([1], dtype=np.int16), np.int32(1)))
print("--- out of bounds Python ints")
for dt, v in [(np.uint8, 300), (np.int8, 200), (np.int16, 70000), (np.uint8, -1)]:
    try:
        r = np.array([1, 2], dtype=dt) + v
        print("ok", r, r.dtype)
    except OverflowError as e:
        print("OverflowError:", e)
print("--- uint8 wraparound")
u = np.array([250, 251, 252, 5], dtype=np.uint8)
print(u + np.uint8(10), (u + 10).dtype, u * 2, u - 6, -u if False else u // 3)
print(np.uint8(250) + np.uint8(10) if False else (u + u))
print(u.sum(), type(u.sum()).__name__, u.astype(np.int8), u.max(), u.mean())
