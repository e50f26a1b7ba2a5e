# Mixing NumPy scalars of different dtypes with arrays and Python numbers: result types and values.
import numpy as np

pairs = [
    (np.uint8(200), 100), (np.uint8(200), 1.5), (np.int8(-100), np.int8(-100)), (np.int16(300), np.uint8(3)),
    (np.int32(7), np.float32(0.5)), (np.float32(0.1), np.float64(0.1)), (np.float32(0.1), 0.1),
    (np.uint32(5), np.int32(-6)), (np.int64(5), np.uint8(3)), (np.uint16(65535), np.uint16(1)),
    (np.float32(3), np.int16(2)), (True, np.uint8(4)), (np.uint64(10), np.uint8(3)),
]
for x, y in pairs:
    for op in ["+", "-", "*", "/", "//", "%", ">", "=="]:
        try:
            r = {"+": lambda: x + y, "-": lambda: x - y, "*": lambda: x * y, "/": lambda: x / y,
                                                 "//": lambda: x // y, "%": lambda: x % y, ">": lambda: x > y, "==": lambda: x == y}[op]()
            print(repr(x), op, repr(y), "->", repr(r))
        except Exception as e:
            print(repr(x), op, repr(y), "->", type(e).__name__)
