"""glob: filename pattern expansion (pyjs implementation over os.listdir)."""

import fnmatch as _fnmatch
import os as _os
import re as _re

__all__ = ["glob", "iglob", "escape", "has_magic"]

_magic = _re.compile("([*?[])")


def has_magic(s):
    return _magic.search(s) is not None


def escape(pathname):
    drive, pathname = _os.path.splitdrive(pathname)
    pathname = _magic.sub(r"[\1]", pathname)
    return drive + pathname


def _listdir(dirname, dironly):
    try:
        names = _os.listdir(dirname or _os.curdir)
    except OSError:
        return []
    if dironly:
        names = [n for n in names if _os.path.isdir(_os.path.join(dirname, n))]
    return names


def _hidden(name):
    return name[0] == "."


def _glob1(dirname, pattern, dironly, include_hidden):
    names = _listdir(dirname, dironly)
    if not (include_hidden or _hidden(pattern)):
        names = [x for x in names if not _hidden(x)]
    return _fnmatch.filter(names, pattern)


def _glob0(dirname, basename, dironly):
    if basename:
        if _os.path.lexists(_os.path.join(dirname, basename)) if hasattr(_os.path, "lexists") \
                else _os.path.exists(_os.path.join(dirname, basename)):
            return [basename]
    else:
        if _os.path.isdir(dirname):
            return [basename]
    return []


def _rlistdir(dirname, dironly, include_hidden):
    names = _listdir(dirname, dironly)
    for x in names:
        if include_hidden or not _hidden(x):
            yield x
            path = _os.path.join(dirname, x) if dirname else x
            if _os.path.isdir(path):
                for y in _rlistdir(path, dironly, include_hidden):
                    yield _os.path.join(x, y)


def _glob2(dirname, pattern, dironly, include_hidden):
    yield pattern[:0]
    yield from _rlistdir(dirname, dironly, include_hidden)


def _iglob(pathname, root_dir, recursive, dironly, include_hidden):
    dirname, basename = _os.path.split(pathname)
    if not has_magic(pathname):
        if basename:
            full = _os.path.join(root_dir, pathname) if root_dir else pathname
            if _os.path.exists(full):
                yield pathname
        else:
            full = _os.path.join(root_dir, dirname) if root_dir else dirname
            if _os.path.isdir(full):
                yield pathname
        return
    if not dirname:
        if recursive and basename == "**":
            yield from _glob2(root_dir, basename, dironly, include_hidden)
        else:
            yield from _glob1(root_dir, basename, dironly, include_hidden)
        return
    if dirname != pathname and has_magic(dirname):
        dirs = _iglob(dirname, root_dir, recursive, True, include_hidden)
    else:
        dirs = [dirname]
    if has_magic(basename):
        if recursive and basename == "**":
            glob_in_dir = _glob2
        else:
            glob_in_dir = _glob1
    else:
        glob_in_dir = lambda d, b, o, h: _glob0(d, b, o)
    for dirname in dirs:
        full = _os.path.join(root_dir, dirname) if root_dir else dirname
        for name in glob_in_dir(full, basename, dironly, include_hidden):
            yield _os.path.join(dirname, name)


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    it = _iglob(pathname, root_dir or "", recursive, False, include_hidden)
    if recursive and pathname.startswith("**"):
        first = next(it, None)
        if first is not None and first != "":
            yield first
        yield from it
        return
    yield from it


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd, recursive=recursive,
                      include_hidden=include_hidden))
