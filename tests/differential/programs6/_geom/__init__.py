"""Tiny geometry package."""
from .shapes import Shape, Circle, Rect
from . import units

__all__ = ["Shape", "Circle", "Rect", "units", "VERSION"]
VERSION = (1, 2)
print("geom package loaded as", __name__)
