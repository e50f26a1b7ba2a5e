# Indexing, slicing (views share memory), fancy and boolean indexing, assignment with truncation.
import numpy as np

labels = np.array(["low", "mid", "high"])
idx = np.array([0, 2, 1, 1, 0])
print(labels[idx])
print(repr(labels[[2, 0]]))
a = np.array(["a", "b", "c", "d", "e", "f"])
v = a[1:4]
v[0] = "Z"
print(a, v)
mask = np.array([True, False, True, False, False, True])
print(a[mask])
a[mask] = "m"
print(a)
a[a == "m"] = "longer"
print(repr(a))
b = np.array([["a", "b"], ["c", "d"]])
print(b[0], b[:, 1], b[1, 0], repr(b[1, 1]))
b[0] = ["x", "yz"]
print(repr(b))
b[:, 0] = "q"
print(b)
c = np.array(["aa", "bb", "cc"])
c[[0, 2]] = ["xx", "yyy"]
print(repr(c))
print(len(c), "bb" in c, "zz" in c)
try:
    c[5]
except IndexError as e:
    print("IndexError:", e)
