# Itemsize rules: dtype=str sizes numbers by their text, astype(str) by the type's maximum.
import numpy as np

print(repr(np.array(["a", 1], dtype=str)), repr(np.array([1.5, True], dtype=str)))
print(repr(np.array(np.arange(3), dtype=str)), repr(np.array([1, 2], dtype=str)))
print(repr(np.full(2, 7, dtype=str)), repr(np.ones(2, dtype=str)))
print(repr(np.array(["1", "2"]).astype(np.int64) + 1), repr(np.array(["1.5"]).astype(np.float64)))
print(repr(np.array(["é", "ü"])), np.array(["😀"]).itemsize, np.array(["😀x"]).dtype)
x = np.array(["ab", "cd"])
x[0] = 5
x[1] = 2.5
print(repr(x))
for f in [lambda: np.array(["a", [1]])]:
    try:
        print(f())
    except (ValueError, NotImplementedError) as e:
        print(type(e).__name__)
