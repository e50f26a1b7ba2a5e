# Elementwise comparisons: with a str, with arrays (broadcasting), and the reflected forms.
import numpy as np

r = np.array(["N", "S", "E", "N", "W"])
print(r == "N", r != "N")
print("N" == r)
print(r < "N", r >= "N")
print(r == np.array(["N", "S", "S", "N", "E"]))
g = np.array([["a", "b"], ["c", "d"]])
print(g == np.array(["a", "d"]))
print(g > "b")
print(np.equal(r, "E"), np.less(r, "F"))
print(r == 1, r != 2)
print((r == "N").sum(), np.count_nonzero(r == "N"))
print(np.array(["b", "B", "a", "é", "Z"]) < "a")
print(np.array(["ab", "abc", "a"]) <= "ab")
