# Summarized printing over 1000 elements, empty arrays, set_printoptions interplay.
import numpy as np

x = np.arange(2000).astype(str)
print(x)
print(repr(x))
m = np.arange(3000).astype(str).reshape(100, 30)
print(m)
print(repr(np.array([], dtype=str)))
print(repr(np.array([[]], dtype="U3")))
print(np.array([], dtype=str))
np.set_printoptions(threshold=5)
print(np.array(["a", "b", "c", "d", "e", "f", "g"]))
np.set_printoptions(threshold=1000, linewidth=30)
print(np.array(["word"] * 10))
print(repr(np.array(["word"] * 10)))
np.set_printoptions(linewidth=75)
print(np.array2string(np.array(["a", "b"])))
print(np.array2string(np.array(["a", "b"]), separator=", "))
