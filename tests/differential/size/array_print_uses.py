# Every way the compiler must see that a NumPy array may be formatted (semantic.rs NP_PRINT):
# formatting builtins as values, %, str.format, exceptions and instances holding arrays.
import numpy as np


class Box:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return "Box(" + repr(self.v) + ")"


a = np.arange(4.0)
print(list(map(str, [a, a * 2])))
print("%s|%r" % (a, a[1:]))
print("{} {}".format(a, a.sum()))
print(Box(a))
try:
    raise ValueError(a)
except ValueError as e:
    print("caught", e)
try:
    assert a.sum() < 0, a
except AssertionError as e:
    print("assert", e)
s = str
print(s(a.reshape(2, 2)))
print(a == 1.0)
