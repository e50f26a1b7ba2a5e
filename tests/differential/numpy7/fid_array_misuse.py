# Misuse of arrays raises the same Python exception types as NumPy.
import numpy as np

def attempt(label, fn):
    try:
        r = fn()
        print(label, "-> ok", type(r).__name__)
    except Exception as e:
        print(label, "->", type(e).__name__)

attempt("ragged", lambda: np.array([[1, 2], [3]]))
attempt("float of list", lambda: float(np.array([1.0, 2.0])))
attempt("bool of array", lambda: bool(np.array([1.0, 2.0])))
attempt("hash array", lambda: hash(np.arange(3)))
attempt("iterate 0d", lambda: list(np.array(1.0)))
attempt("len 0d", lambda: len(np.array(2.0)))
attempt("int of 2 elems", lambda: int(np.array([1, 2])))
attempt("index str", lambda: np.arange(3)["a"])
