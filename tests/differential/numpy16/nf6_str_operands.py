import numpy as np
a = np.arange(3)
for f in [lambda: np.add(a, "a"), lambda: np.subtract("ab", a), lambda: a * np.array(["x", "y", "z"]), lambda: np.array(["x"]) + np.array(["y"]), lambda: a + ["p", "q", "r"], lambda: np.add(a, "s")]:
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
try:
    print(np.arange(3) + [])
except ValueError as e:
    print(e)
print(np.arange(2) + [[1], [2]], np.arange(3) == "a", np.array(["a", "b"]) == "a", "x" == np.arange(2))
print(np.array(["a", "b"]) + "c", "z" + np.array(["a", "b"]), np.array(["a"]) + ["q"])
try:
    np.less(np.arange(3), "a")
except TypeError as e:
    print(type(e).__name__, e)
