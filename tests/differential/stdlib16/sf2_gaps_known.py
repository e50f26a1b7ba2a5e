"""Stdlib behaviours pyjs does not reproduce yet (tests/known-failures.txt names each); one line each."""
import copy
import csv
import re
import sys
import unicodedata
from decimal import Decimal

def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

attempt("backreference to an unmatched group:", lambda: re.findall(r"\b(\w)(\w)?\2\1\b", "abba aa"))
attempt("bytes pattern:", lambda: re.findall(rb"\d+", b"a1b22"))
attempt("Decimal ** 0.5:", lambda: Decimal(2) ** Decimal("0.5"))
attempt("compat decomposition:", lambda: unicodedata.decomposition("\ufb01"))
attempt("struct sequence type:", lambda: type(sys.version_info).__name__)
attempt("deepcopy of a list iterator:", lambda: list(copy.deepcopy(iter([1, 2]))))
attempt("csv docstring:", lambda: csv.__doc__ is not None)
attempt("timeit of a string:", lambda: __import__("timeit").timeit("1 + 1", number=1) >= 0)
try:
    from pathlib import PureWindowsPath
    attempt("PureWindowsPath:", lambda: PureWindowsPath(r"C:\Users\me").parts)
except ImportError as e:
    print("PureWindowsPath ImportError", e)
try:
    import enum
    class Bad(enum.Enum):
        A = 1
        A = 2
    print("duplicate member name:", list(Bad))
except TypeError as e:
    print("duplicate member name: TypeError", e)
