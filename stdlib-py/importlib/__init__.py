"""importlib (pyjs implementation).

pyjs resolves imports when it compiles a program, so `importlib.import_module("json")` and
`__import__("json")` with a literal module name compile to that import (the compiler rewrites the
call). A name computed at run time cannot be compiled ahead of time: the compiler reports it, and
a call that reaches this module anyway (through an alias of the function) raises.
"""

__all__ = ["import_module", "reload", "invalidate_caches"]


def import_module(name, package=None):
    raise NotImplementedError(
        "importlib.import_module of a module name computed at run time is not supported by pyjs"
    )


def reload(module):
    raise NotImplementedError("importlib.reload is not supported by pyjs")


def invalidate_caches():
    return None
