"""platform (pyjs implementation): the machine as Node's `os` module reports it, and the
Python version pyjs implements (CPython 3.11's, sys.version_info). python_compiler(),
python_build(), libc_ver() of another executable, mac_ver()/win32_ver() details and
freedesktop_os_release() are not supported (they raise NotImplementedError)."""

import _pyjs
import sys
from collections import namedtuple as _namedtuple

__all__ = ["system", "node", "release", "version", "machine", "processor", "uname",
           "python_version", "python_version_tuple", "python_implementation", "platform",
           "architecture", "libc_ver"]

_uname_cache = None


def _facts():
    global _uname_cache
    if _uname_cache is None:
        _uname_cache = _pyjs.uname()
    return _uname_cache


class uname_result(_namedtuple("uname_result", "system node release version machine")):
    @property
    def processor(self):
        return ""

    def __iter__(self):
        return iter((*tuple.__iter__(self), ""))

    def __getitem__(self, key):
        return tuple(self)[key]

    def __len__(self):
        return len(tuple(iter(self)))


uname_result.__module__ = "platform"


def uname():
    f = _facts()
    return uname_result(f[0], f[1], f[2], f[3], f[4])


def system():
    return _facts()[0]


def node():
    return _facts()[1]


def release():
    return _facts()[2]


def version():
    return _facts()[3]


def machine():
    return _facts()[4]


def processor():
    return ""


def python_version():
    v = sys.version_info
    return f"{v[0]}.{v[1]}.{v[2]}"


def python_version_tuple():
    v = sys.version_info
    return (str(v[0]), str(v[1]), str(v[2]))


def python_implementation():
    # pyjs implements CPython 3.11's language and prints what CPython prints.
    return "CPython"


def libc_ver(executable=None, lib="", version="", chunksize=16384):
    if executable is not None:
        raise NotImplementedError("platform.libc_ver() of another executable is not supported by pyjs")
    g = _facts()[5]
    return ("glibc", g) if g else (lib, version)


def architecture(executable=None, bits="", linkage=""):
    if executable is not None:
        raise NotImplementedError("platform.architecture() of another executable is not supported by pyjs")
    return ("64bit", "ELF" if system() == "Linux" else linkage)


def platform(aliased=False, terse=False):
    s, rel, mach = system(), release(), machine()
    g = _facts()[5]
    if s == "Linux" and g:
        return f"{s}-{rel}-{mach}-with-glibc{g}"
    return f"{s}-{rel}" if terse else f"{s}-{rel}-{mach}"


def _unsupported(name):
    def f(*args, **kwargs):
        raise NotImplementedError(f"platform.{name}() is not supported by pyjs")
    f.__name__ = name
    return f


python_compiler = _unsupported("python_compiler")
python_build = _unsupported("python_build")
python_branch = _unsupported("python_branch")
python_revision = _unsupported("python_revision")
mac_ver = _unsupported("mac_ver")
win32_ver = _unsupported("win32_ver")
freedesktop_os_release = _unsupported("freedesktop_os_release")
