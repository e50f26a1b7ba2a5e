import sys
import _geom
from _geom import Circle, Rect, units as u
from _geom.shapes import Shape
import _geom.units

print(_geom.VERSION, _geom.__doc__, _geom.__name__, _geom.shapes.__name__, u is _geom.units)
print(sorted(_geom.__all__), "_geom.shapes" in sys.modules, hasattr(_geom, "math"))
shapes = [Circle(1), Rect(2, 3, "in"), Circle(5, "mm"), Rect(1, 1, "m")]
for s in sorted(shapes):
    print(f"{s!r:32} {s.area():10.3f} {s.area_cm2():12.3f} cm2")
print("made", Shape.count, "shapes;", isinstance(shapes[0], Shape), issubclass(Rect, Shape))
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)


class Tri(Shape):
    pass


try:
    Tri()
except TypeError as e:
    print("TypeError:", e)
print(u.to_cm(3, "in"), _geom.units.FACTORS["m"])
bad = Rect(1, 2, "ft")
print(bad)
print(bad.area_cm2())
