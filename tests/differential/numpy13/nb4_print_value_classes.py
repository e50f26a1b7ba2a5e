# How arrays of every value range print: tiny, huge, mixed signs, nan/inf, ints, bools, empties.
import numpy as np

cases = {
    "small ints": np.array([1, 2, 3]),
    "negative ints": np.array([-1, 20, -300]),
    "big ints": np.array([10 ** 12, -5, 7]),
    "bools": np.array([True, False, True]),
    "unit floats": np.array([0.1, 0.25, 0.5]),
    "whole floats": np.array([1.0, 2.0, -3.0]),
    "tiny floats": np.array([1e-8, 2.5e-9, 3e-10]),
    "huge floats": np.array([1e16, 2.5e17, 3.0]),
    "mixed scale": np.array([1e-5, 1.0, 1e5]),
    "nan and inf": np.array([np.nan, np.inf, -np.inf, 1.5]),
    "negative zero": np.array([-0.0, 0.0, 1.0]),
    "thirds": np.array([1 / 3, 2 / 3, 1.0]),
    "empty float": np.array([]),
    "empty 2d": np.zeros((2, 0)),
    "empty int": np.array([], dtype=int),
    "0-d float": np.array(3.25),
    "0-d int": np.array(-7),
    "column": np.arange(3.0).reshape(3, 1) / 7,
    "3-d": np.arange(8).reshape(2, 2, 2) - 4,
}
for name, arr in cases.items():
    print("--", name, arr.dtype, arr.shape)
    print(arr)
    print(repr(arr))

print("-- long arrays are summarized")
print(np.arange(2000))
print(np.linspace(0, 1, 1001))
print(repr(np.arange(1200).reshape(40, 30)))

print("-- wide rows wrap at 75 characters")
print(np.arange(30) * 1001)
print(repr(np.linspace(-1, 1, 14)))

print("-- scalars")
for x in (np.float64(0.1), np.float64(1e20), np.float64(-0.0), np.int64(-3), np.True_, np.float64(np.nan), np.float64(1 / 3)):
    print(x, repr(x), str(x))

print("-- printoptions")
with np.printoptions(precision=3, suppress=True):
    print(np.array([1e-8, 1.23456789, 1000.5]))
with np.printoptions(threshold=5, edgeitems=2):
    print(np.arange(10))
with np.printoptions(floatmode="fixed", precision=2):
    print(np.array([1.0, 2.5, 3.14159]))
with np.printoptions(sign="+"):
    print(np.array([1.0, -2.0, 0.0]))
print(np.array2string(np.array([0.5, 1.5]), separator=", "))
