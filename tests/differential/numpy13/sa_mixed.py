# Mixed lists: numbers become their str, itemsize <U21 for ints, <U32 for floats, <U5 for bools.
import numpy as np

print(repr(np.array(["a", 1, 2.5])))
print(repr(np.array(["a", 1])))
print(repr(np.array([1, "b"])))
print(repr(np.array(["a", True])))
print(repr(np.array([["a", 1], ["b", 2]])))
x = np.array(["id", 7, 3.25])
print(x.tolist(), x.dtype)
try:
    np.array(["a", ["b"]])
except ValueError as e:
    print("ValueError:", e)
