# in-place ops with casting errors, dtype of results, integer division corners.
import numpy as np

a = np.array([1, 2, 3])
for op in ["+=", "-=", "*=", "/=", "//=", "**="]:
    b = a.copy()
    try:
        if op == "+=":
            b += 1.5
        elif op == "-=":
            b -= np.float64(0.5)
        elif op == "*=":
            b *= 2.0
        elif op == "/=":
            b /= 2
        elif op == "//=":
            b //= 2.0
        else:
            b **= 0.5
        print(op, repr(b))
    except Exception as e:
        print(op, type(e).__name__, e)
b = a.copy()
b += 2
b *= 3
b //= 2
b %= 4
print(repr(b))
b = a.copy()
b += np.int64(5)
print(repr(b), b.dtype)
f = np.array([1.5, 2.5])
f += 1
f //= 1
print(repr(f))
bo = np.array([True, False])
try:
    bo += 1
except Exception as e:
    print(type(e).__name__, e)
bo |= np.array([False, True])
print(repr(bo))
try:
    bo -= bo
except Exception as e:
    print(type(e).__name__, e)
i8 = np.array([100, 120], dtype=np.int8)
i8 += 10
print(repr(i8))
try:
    i8 += 1000
except Exception as e:
    print(type(e).__name__, e)
x = np.arange(6).reshape(2, 3)
x += np.array([10, 20, 30])
print(repr(x))
try:
    x += np.ones((3, 2), dtype=int)
except ValueError as e:
    print("ValueError", e)
try:
    x[:, :2] += np.ones((2, 1)) * 0.5
except Exception as e:
    print(type(e).__name__, e)
y = x.astype(float)
y[:, :2] += np.ones((2, 1)) * 0.5
print(repr(y))
print(repr(np.array([7, -7]) // 2), repr(np.array([7, -7]) % 3), repr(np.array([7.0, -7.0]) % -3))
print(repr(np.array([1, 2]) / np.array([0, 0])))
print(repr(np.array([1, 0]) // np.array([0, 0])))
print(repr(np.array([2, 3]) ** np.array([3, 2])))
try:
    print(np.array([2]) ** np.array([-1]))
except ValueError as e:
    print("ValueError", e)
print(repr(np.add(a, 1.5, out=np.zeros(3))), repr(np.add(a, 1, dtype=float)))
