"""Importing a local package: relative imports, submodules, __all__, module attributes."""
import _shapes5
from _shapes5 import Shape, registry, VERSION
from _shapes5.circles import Circle, unit
import _shapes5.squares as sq
from _shapes5 import *

print(_shapes5.__name__, _shapes5.VERSION, VERSION, sorted(registry))
print(Circle(2), unit(), sq.Square(150), sq.Square(-3).area())
print(sorted(registry), registry["square"] is sq.Square, issubclass(Circle, Shape))
print(circles.Circle is Circle, _shapes5.circles.unit().r, sq.__name__, _shapes5.squares is sq)
import _shapes5.squares
print("second import did not reload", _shapes5.squares.Square.kind)
try:
    Shape().area()
except NotImplementedError:
    print("abstract area")
try:
    from _shapes5 import missing_name
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0])
try:
    import _shapes5.nothere
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
_shapes5.VERSION = (2, 0)
print(_shapes5.VERSION, VERSION)
print(type(_shapes5).__name__, hasattr(_shapes5, "circles"), hasattr(_shapes5, "zzz"))
