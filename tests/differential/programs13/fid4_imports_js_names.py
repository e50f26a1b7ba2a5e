# Local packages/modules with JS-ish names, import forms, module attributes, and import errors.
import _fid4_toString
import _fid4_toString as ts_again
from _fid4pkg import *
from _fid4pkg import constructor
from _fid4pkg.constructor import build, then as Then, prototype
import _fid4pkg.constructor as ctor_mod
import sys

print(_fid4_toString.loaded_as, _fid4_toString.valueOf(), _fid4_toString.length, ts_again is _fid4_toString)
print(VERSION, helper_name, build_it(b=2, a=1), "_private" in dir(), sorted(n for n in dir() if not n.startswith("__"))[:6])
print(constructor.prototype, prototype, Then.value, build(x=1), ctor_mod.calls, constructor is ctor_mod)
print(constructor.__name__, _fid4_toString.__name__, type(constructor).__name__, constructor.__doc__)
print("_fid4pkg.constructor" in sys.modules, sys.modules["_fid4pkg"].VERSION, hasattr(constructor, "build"))
import _fid4pkg
print(_fid4pkg.__all__, _fid4pkg.constructor.calls, _fid4pkg._private, getattr(_fid4pkg, "nothing", "default"))
try:
    _fid4pkg.nothing
except AttributeError as e:
    print("AttributeError:", e)
try:
    from _fid4pkg import missing_name
except ImportError as e:
    # The message ends with the module's absolute path: print the part before it.
    print("ImportError:", str(e).split(" (/")[0], str(e).endswith(".py)"))
try:
    import _fid4_not_there
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, e.name)
try:
    from _fid4pkg.constructor import nope
except ImportError as e:
    # The message ends with the module's absolute path: print the part before it.
    print("ImportError:", str(e).split(" (/")[0], str(e).endswith(".py)"))
def local_import():
    import _fid4_toString as inner
    from _fid4pkg.constructor import build as b2
    return inner.valueOf() + len(b2(k=1))
print(local_import())
m = sys.modules["_fid4pkg.constructor"]
print(m is constructor, m.build(z=0), m.calls)
constructor.prototype = "changed"
from _fid4pkg.constructor import prototype as p2
print(p2, prototype)
print(__name__, __file__.endswith("fid4_imports_js_names.py"), __doc__ is None, __spec__ is None if False else "")
