import numpy as np
for v in [5, 0, -3, -8, 255, 2**70, np.int64(-1), -2**63]:
    print(np.binary_repr(v), np.binary_repr(v, width=8 if -128 <= v < 256 else 80), np.base_repr(v, 16), np.base_repr(v, 3, 2), np.base_repr(v, 36))
for f in [lambda: np.binary_repr(300, width=4), lambda: np.binary_repr(-300, width=4), lambda: np.base_repr(5, 1), lambda: np.base_repr(5, 37)]:
    try:
        print(f())
    except ValueError as e:
        print(e)
print(np.packbits(np.array([1, 0, 1, 1, 0, 0, 0, 1, 1], dtype=np.uint8)), np.packbits([True, False, True]), np.packbits([[1, 1], [0, 1]]))
print(np.packbits(np.array([1, 0, 1, 1, 0, 0, 0, 1, 1]), bitorder="little"), np.packbits(np.array([], dtype=int)).dtype)
print(np.unpackbits(np.array([5, 255], dtype=np.uint8)), np.unpackbits(np.array([[160]], dtype=np.uint8), count=3))
print(np.unpackbits(np.array([5], dtype=np.uint8), bitorder="little"), np.unpackbits(np.array([5, 7], dtype=np.uint8), count=-4), np.unpackbits(np.array([1], dtype=np.uint8), count=12))
x = np.unpackbits(np.packbits(np.arange(20) % 3 == 0))
print(x, x.dtype, x.sum())
try:
    np.unpackbits(np.array([1, 2]))
except TypeError as e:
    print(e)
print(np.diagflat([1, 2, 3]), np.diagflat([[1, 2], [3, 4]], 1), np.diagflat(np.array([1.5, 2.5]), -1))
