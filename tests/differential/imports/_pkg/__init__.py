"""A helper package."""
print("_pkg/__init__: running, __name__ =", __name__)
from .mod import square
from . import mod as _mod_alias
VERSION = (1, 2, 0)
def pkg_func():
    return "pkg_func in " + __name__
