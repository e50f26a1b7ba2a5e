# Printing small-int arrays: repr suffixes, wrapping of long rows, 2-D arrays, scalars.
import numpy as np

for t in [np.int8, np.uint8, np.int16, np.uint16, np.int32, np.uint32, np.uint64]:
    a = np.array([1, 2, 3], dtype=t)
    print(a, repr(a), a.dtype, a.dtype.itemsize, a.dtype.kind, a.dtype.char, repr(a[0]), str(a[1]))
print(repr(np.arange(40, dtype=np.int32)))
print(repr(np.arange(30, dtype=np.uint8).reshape(5, 6)))
print(repr(np.zeros((2, 0), dtype=np.int16)), repr(np.array(5, dtype=np.int32)))
print(np.array([[1, -2], [300, 4]], dtype=np.int16))
print(repr(np.arange(20, dtype=np.int16) * 1000))
print(repr(np.dtype(np.uint8)), str(np.dtype("int16")), np.dtype("f4"), np.dtype("u1").name)
