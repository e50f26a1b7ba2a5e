# astype(str) of numbers (NumPy's str of each element) and astype(int/float) of str arrays.
import numpy as np

print(repr(np.array([1, 2, 30]).astype(str)))
print(repr(np.array([0.1, 1e-05, float("nan"), 2.0, -0.0, 1e16, 123.456]).astype(str)))
print(repr(np.array([True, False]).astype(str)))
print(repr(np.array([1.5, 2.0]).astype("U3")))
print(repr(np.arange(4).astype("U")))
s = np.array(["1", "22", "-3"])
print(repr(s.astype(int)), s.astype(int).sum())
print(repr(np.array(["1.5", "2", "1e3", "nan"]).astype(float)))
print(repr(np.array(["1.5", "2"], dtype=float)))
for bad, dt in [(["a", "1"], int), (["x"], float), (["1.5"], int)]:
    try:
        np.array(bad).astype(dt)
    except ValueError as e:
        print("ValueError:", e)
print(repr(np.array(["a", ""]).astype(bool)))
print(repr(np.array(["abc", "de"]).astype("U1")))
print(repr(np.array(["abc"]).astype("U5")))
