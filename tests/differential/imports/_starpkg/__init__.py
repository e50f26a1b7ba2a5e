from .circle import Circle
from .square import *
__all__ = ["Circle", "Square", "area_sum"]
VERSION = (1, 2)
def area_sum(*_starpkg):
    return sum(s.area() for s in _starpkg)
print("_starpkg init", __name__)
