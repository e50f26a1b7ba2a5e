# cumsum/cumprod/sum/prod with dtype= on axes, bool/int32/float32/uint8 inputs, out=, and diff/ediff1d.
import numpy as np

i32 = np.array([[1, 2, 3], [4, 5, 6]], dtype=np.int32)
f32 = np.array([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]], dtype=np.float32)
bl = np.array([[True, False, True], [True, True, False]])
u8 = np.array([200, 100, 50, 25], dtype=np.uint8)
for name, arr in [("int32", i32), ("float32", f32), ("bool", bl)]:
    print(name, arr.cumsum().dtype, arr.cumsum(axis=0), arr.cumsum(axis=1).dtype, arr.sum().dtype, arr.sum(axis=0).dtype, arr.prod().dtype)
    print(" ", np.cumsum(arr, axis=1, dtype=float), np.cumsum(arr, axis=0, dtype=np.int64).dtype, np.cumprod(arr, axis=1))
    print(" ", np.sum(arr, axis=1, dtype=np.float32), np.sum(arr, dtype=np.int32).dtype if name != "float32" else np.sum(arr, dtype=float))
print(u8.cumsum(), u8.cumsum().dtype, u8.sum(), u8.sum(dtype=np.uint8), u8.cumsum(dtype=np.uint8), u8.cumprod(dtype=np.int64) if False else u8.astype(np.int64).cumprod())
print(f32.cumsum(axis=1), f32.cumsum(axis=1, dtype=np.float64), f32.sum(axis=0), f32.mean(axis=1), f32.mean(dtype=np.float64))
print(repr(f32.sum()), repr(f32.mean()), repr(f32.std()), repr(f32.var(axis=0)), repr(i32.mean()), repr(i32.mean(axis=0)), repr(i32.std(axis=1)))
print(repr(np.float32(0.1) + np.float32(0.2)), repr(f32[0, 0] * 3), repr(f32.max()), repr(f32.cumprod()[-1]))
x = np.arange(1, 13).reshape(3, 4)
print(np.cumsum(x, axis=-1), np.cumprod(x, axis=-2), np.cumsum(x[:, ::-1], axis=1))
out = np.empty(12)
np.cumsum(x, out=out)
print(out)
out2 = np.zeros((3, 4))
np.cumsum(x, axis=0, out=out2)
print(out2)
print(np.diff(x, axis=0), np.diff(x, n=2, axis=1), np.diff(np.array([1, 4, 9, 16], dtype=np.int32)).dtype)
print(np.diff(np.array([True, False, False, True])), np.diff(f32, axis=1), np.diff(np.array([1.0, 2.0]), prepend=0, append=10))
print(np.ediff1d(np.array([1, 3, 6, 10])), np.ediff1d(np.array([1.5, 2.0]), to_begin=-1, to_end=[7, 8]))
print(np.cumsum([1, 2, 3]), np.cumsum(5), np.cumsum([[1.5], [2.5]]), np.cumsum(np.array([]), axis=0))
print(np.cumprod([1, 2, 3], dtype=float), np.prod(np.arange(1, 21)), np.prod(np.arange(1, 11), dtype=np.int32))
print(np.add.accumulate(x, axis=1, dtype=np.float32), np.cumsum(x, axis=1, dtype=np.float32).dtype)
for ax in [None, 0, 1, -1]:
    print(ax, np.cumsum(x, axis=ax).shape, np.sum(x, axis=ax), np.mean(x, axis=ax))
try:
    np.cumsum(x, axis=2)
except np.exceptions.AxisError as e:
    print("AxisError:", e)
