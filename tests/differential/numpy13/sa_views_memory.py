# Slices are views of string arrays (writes show through); copies are not.
import numpy as np

a = np.array(["a", "b", "c", "d"])
v = a[::2]
v[:] = "X"
print(a)
c = a.copy()
c[0] = "copy"
print(a, c)
m = a.reshape(2, 2)
print(m)
row = m[1]
row[0] = "R"
print(a, m)
a.fill("f")
print(a, v)
