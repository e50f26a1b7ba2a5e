"""Helper package for fid4 import tests."""
VERSION = (1, 2)
from .constructor import build as build_it
__all__ = ["VERSION", "build_it", "helper_name"]
helper_name = "pkg-helper"
_private = "hidden"
