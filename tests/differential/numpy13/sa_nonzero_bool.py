# Truthiness-based functions on str arrays: nonzero (non-empty strings), count_nonzero, bool().
import numpy as np

a = np.array(["a", "", "b", ""])
print(np.nonzero(a), np.count_nonzero(a), np.flatnonzero(a != ""))
print(bool(np.array(["x"])), bool(np.array([""])))
try:
    bool(a)
except ValueError as e:
    print("ValueError:", e)
print(np.array(["b", "a"]) == np.array(["b", "b"]))
print(np.array_equal(np.array(["x", "y"]), np.array(["x", "y"])))
