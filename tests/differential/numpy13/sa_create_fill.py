# np.full / zeros / empty / ones with str dtypes, and the *_like functions.
import numpy as np

f = np.full(3, "x")
print(repr(f))
g = np.full((2, 3), "na")
print(g)
print(repr(g))
z = np.zeros(2, dtype="U3")
print(repr(z), z.dtype, z.itemsize)
e = np.empty(4, dtype=str)
print(repr(e))
o = np.ones(2, dtype="U2")
print(repr(o))
print(repr(np.full_like(np.array(["aa", "bbb"]), "z")))
print(repr(np.zeros_like(np.array(["aa", "bbb"]))))
f[1] = "yyyy"
print(repr(f))
z[0] = "hello"
print(repr(z), z.tolist())
