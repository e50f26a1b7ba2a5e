# Creating small-dtype arrays: dtype= strings and types, zeros/ones/full/empty/arange, like-functions.
import numpy as np

print(repr(np.zeros(3, dtype="float32")), repr(np.ones((2, 2), dtype=np.uint8)))
print(repr(np.full((2, 3), 7, dtype=np.int16)), repr(np.full(2, 0.5, dtype=np.float32)))
print(repr(np.arange(5, dtype=np.uint8)), repr(np.arange(0, 1, 0.2, dtype=np.float32)))
print(repr(np.array([1, 2, 3], dtype="int32")), repr(np.array([1.5, 2.5], dtype="f4")), repr(np.array([7], dtype="u1")))
print(repr(np.array([1, 2], dtype="i2")), repr(np.array([3], dtype="uint16")), repr(np.array([5], dtype=np.uint32)))
print(repr(np.asarray([1, 2, 3], dtype=np.int8)), repr(np.array(np.arange(3), dtype=np.float32)))
a = np.array([1.5, 2.5, 3.5], dtype=np.float32)
print(repr(np.zeros_like(a)), repr(np.ones_like(a)), repr(np.full_like(a, 9)))
print(repr(np.zeros_like(np.arange(3), dtype=np.uint8)))
print(repr(np.array([np.float32(1.5), np.float32(2.0)])), repr(np.array([np.int32(1), np.int32(2)])))
print(repr(np.array([np.uint8(1), np.int8(-1)])), repr(np.array([np.int16(3), np.float32(0.5)])))
print(repr(np.float32([1, 2, 3])), repr(np.uint8([250, 5])), repr(np.int32(np.array([1.7, -2.7]))))
print(np.dtype("float32") == np.float32, np.dtype(np.int32) == "int32", np.dtype("uint8").itemsize, a.dtype == np.float64)
print(np.dtype("float32").type is np.float32, a.dtype.type(2), repr(a.dtype.type(2)))
b = a.copy()
b[0] = 0
print(a, b, b.dtype, a.reshape(3, 1).dtype, a.ravel(), a.T.dtype, a.flatten())
print(np.array(a), np.array(a, dtype=np.float64), np.asarray(a) is a)
