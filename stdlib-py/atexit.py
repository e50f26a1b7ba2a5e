"""atexit: functions run when the program ends (pyjs implementation). Handlers run last
registered first, after the main module finishes, on sys.exit() and after an uncaught
exception's traceback, as in CPython; os._exit() skips them."""

import _pyjs
import sys as _sys

__all__ = ["register", "unregister"]

_handlers = []


def _run_exitfuncs():
    while _handlers:
        func, args, kwargs = _handlers.pop()
        try:
            func(*args, **kwargs)
        except BaseException as e:
            _sys.stdout.flush()
            _sys.stderr.write(f"Exception ignored in atexit callback: {func!r}\n")
            _sys.stderr.write(_pyjs.format_exc_full(e))


def register(func, /, *args, **kwargs):
    if not callable(func):
        raise TypeError("the first argument must be callable")
    _handlers.append((func, args, kwargs))
    return func


def unregister(func, /):
    _handlers[:] = [h for h in _handlers if not (h[0] == func)]


def _clear():
    _handlers.clear()


def _ncallbacks():
    return len(_handlers)


_pyjs.exit_hook(_run_exitfuncs)
