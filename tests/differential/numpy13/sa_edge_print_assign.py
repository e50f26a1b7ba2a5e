# Edge cases: wrapped 2-D printing, in-place sort, truncating assignment, 0-d str arrays, np.char on scalars.
import numpy as np
m = np.array([["alpha beta gamma", "delta"], ["epsilon zeta eta theta iota", "kappa lambda"], ["mu", "nu xi omicron pi rho sigma tau"]])
print(m)
print(repr(m))
z = np.array(["a" * 80])
print(z)
print(repr(z))
a = np.array(["bb", "a", "ccc", "a"])
a.sort()
print(a)
b = np.array([["b", "a"], ["d", "c"]])
b.sort()
print(b)
print(repr(np.array(a, dtype="U2")))
c = np.array(["abc", "de"])
c[c == "de"] = "defgh"
c[:1] = ["wxyz"]
print(repr(c))
try:
    np.array(["a", "b"]) + np.array([1])
except Exception as e:
    print(type(e).__name__, e)
print(np.array(["a", "b"]) == None)
s0 = np.array("hello")
print(s0, repr(s0), s0 == "hello", s0.item(), s0[()])
print(np.full(3, "xyz", dtype="U2"))
print(np.array(["x", "y"])[:, None])
print(np.array([["a"], ["b"]]).T)
print(np.where([True, False], ["a", "b"], ["c", "d"]))
print(np.char.multiply("ab", 3), np.char.upper("abc"))
print(np.char.center("ab", 7, "-"), repr(np.char.zfill("5", 3)))
