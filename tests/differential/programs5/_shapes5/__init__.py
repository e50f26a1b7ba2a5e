"""A small local package."""
from .base import Shape, registry
from . import circles

__all__ = ["Shape", "registry", "circles", "VERSION"]
VERSION = (1, 2)
