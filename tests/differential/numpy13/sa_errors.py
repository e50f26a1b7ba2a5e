# Arithmetic and reductions that NumPy refuses for str arrays: the exception types and texts.
import numpy as np

a = np.array(["a", "b"])
for f in [lambda: a.sum(), lambda: np.sum(a), lambda: a.mean(), lambda: np.mean(a), lambda: a - "x",
          lambda: a * 1.5, lambda: np.max(a), lambda: a.max(), lambda: -a, lambda: a / a]:
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, "|", e)
print(repr(a + "x"), repr("pre-" + a), repr(a + a))
print(repr(np.add(a, "!")))
