# Packages: __init__, submodules, relative imports, subpackages.
import _pkg
print(_pkg.VERSION, _pkg.pkg_func(), _pkg.square(7), _pkg.__doc__)
from _pkg.mod import f, Point
print(f(3), f(10), Point(1, 2))
from _pkg import mod
print(mod.square(5), mod is _pkg.mod, mod is _pkg._mod_alias, mod.__name__)
import _pkg.mod
print(_pkg.mod.f(-4))
import _pkg.mod as m2
print(m2 is mod)
from _pkg.sub.deep import deep_value
print(deep_value(3), deep_value(20))
import _pkg.sub.deep
print(_pkg.sub.deep.__name__, _pkg.sub.__name__, hasattr(_pkg, "sub"))
from _pkg.sub import deep
print(deep is _pkg.sub.deep, deep.sq is mod.square)
try:
    import _pkg.nonexistent
except ModuleNotFoundError as e:
    print("ModuleNotFoundError", e, e.name)
try:
    from _pkg import nothing_here
except ImportError as e:
    print("ImportError", e.name, type(e).__name__)
