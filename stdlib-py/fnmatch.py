"""fnmatch: Unix shell-style filename patterns (pyjs implementation)."""

import os as _os
import re as _re

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]

_cache = {}


def fnmatch(name, pat):
    name = _os.path.normcase(name)
    pat = _os.path.normcase(pat)
    return fnmatchcase(name, pat)


def _compile(pat):
    m = _cache.get(pat)
    if m is None:
        m = _cache[pat] = _re.compile(translate(pat)).match
    return m


def filter(names, pat):
    match = _compile(_os.path.normcase(pat))
    return [name for name in names if match(_os.path.normcase(name))]


def fnmatchcase(name, pat):
    return _compile(pat)(name) is not None


def translate(pat):
    i, n = 0, len(pat)
    res = []
    while i < n:
        c = pat[i]
        i += 1
        if c == "*":
            if not res or res[-1] != ".*":
                res.append(".*")
        elif c == "?":
            res.append(".")
        elif c == "[":
            j = i
            if j < n and pat[j] == "!":
                j += 1
            if j < n and pat[j] == "]":
                j += 1
            while j < n and pat[j] != "]":
                j += 1
            if j >= n:
                res.append("\\[")
            else:
                stuff = pat[i:j]
                i = j + 1
                if "-" not in stuff:
                    stuff = stuff.replace("\\", r"\\")
                else:
                    stuff = stuff.replace("\\", r"\\")
                stuff = _re.sub(r"([&~|])", r"\\\1", stuff)
                if not stuff:
                    res.append("(?!)")
                elif stuff == "!":
                    res.append(".")
                else:
                    if stuff[0] == "!":
                        stuff = "^" + stuff[1:]
                    elif stuff[0] in ("^", "["):
                        stuff = "\\" + stuff
                    res.append("[%s]" % stuff)
        else:
            res.append(_re.escape(c))
    return "(?s:%s)\\Z" % "".join(res)
