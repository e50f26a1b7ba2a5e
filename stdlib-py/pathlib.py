"""pathlib: object-oriented filesystem paths (pyjs implementation, POSIX flavour only).

Pure path operations follow CPython 3.11's ``pathlib``; concrete ``Path`` methods go through
the ``os`` module (node's filesystem). Windows paths are not supported.
"""

import fnmatch as _fnmatch
import os as _os

__all__ = ["PurePath", "PurePosixPath", "PureWindowsPath", "Path", "PosixPath", "WindowsPath"]


def _parse(args):
    """(root, parts) of the joined arguments, CPython's posix parsing."""
    root = ""
    parts = []
    for a in args:
        if isinstance(a, PurePath):
            a = str(a)
        else:
            a = _os.fspath(a)
            if not isinstance(a, str):
                raise TypeError("argument should be a str object or an os.PathLike object returning str, not %r"
                                % type(a))
        if a.startswith("/"):
            parts = []
            if a.startswith("//") and not a.startswith("///"):
                root = "//"
            else:
                root = "/"
        for x in a.split("/"):
            if x and x != ".":
                parts.append(x)
    return root, parts


class _PathParents:
    """The logical ancestors of a path (``p.parents``)."""

    def __init__(self, path):
        self._path = path
        self._n = len(path._parts)

    def __len__(self):
        return self._n

    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return tuple(self[i] for i in range(*idx.indices(self._n)))
        if idx < 0:
            idx += self._n
        if idx < 0 or idx >= self._n:
            raise IndexError(idx)
        return self._path._from(self._path._root, self._path._parts[: self._n - idx - 1])

    def __iter__(self):
        for i in range(self._n):
            yield self[i]

    def __repr__(self):
        return "<{}.parents>".format(type(self._path).__name__)


class PurePath:
    """A path without filesystem access."""

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        self = object.__new__(cls)
        self._root, self._parts = _parse(args)
        return self

    def __init__(self, *args):
        pass

    def _from(self, root, parts):
        p = object.__new__(type(self))
        p._root = root
        p._parts = list(parts)
        return p

    def __str__(self):
        s = self._root + "/".join(self._parts)
        return s or "."

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        return str(self)

    def as_uri(self):
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        from urllib.parse import quote_from_bytes
        return "file://" + quote_from_bytes(str(self).encode("utf-8", "surrogateescape"))

    def __repr__(self):
        return "{}({!r})".format(type(self).__name__, self.as_posix())

    def __bytes__(self):
        return str(self).encode()

    def __hash__(self):
        return hash(str(self))

    def _key(self):
        return [self._root] + self._parts if self._root else self._parts

    def _cmp_parts(self):
        return ([self._root] if self._root else []) + self._parts

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return str(self) == str(other)

    def __lt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._cmp_parts() < other._cmp_parts()

    def __le__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._cmp_parts() <= other._cmp_parts()

    def __gt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._cmp_parts() > other._cmp_parts()

    def __ge__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._cmp_parts() >= other._cmp_parts()

    def __truediv__(self, key):
        try:
            return self._from(*_parse([str(self), key]))
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return self._from(*_parse([key, str(self)]))
        except TypeError:
            return NotImplemented

    def joinpath(self, *args):
        return self._from(*_parse([str(self)] + list(args)))

    @property
    def parts(self):
        return tuple(([self._root] if self._root else []) + self._parts)

    @property
    def drive(self):
        return ""

    @property
    def root(self):
        return self._root

    @property
    def anchor(self):
        return self._root

    @property
    def name(self):
        return self._parts[-1] if self._parts else ""

    @property
    def suffix(self):
        name = self.name
        i = name.rfind(".")
        if 0 < i < len(name) - 1:
            return name[i:]
        return ""

    @property
    def suffixes(self):
        name = self.name
        if name.endswith("."):
            return []
        name = name.lstrip(".")
        return ["." + s for s in name.split(".")[1:]]

    @property
    def stem(self):
        name = self.name
        i = name.rfind(".")
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    @property
    def parent(self):
        if not self._parts:
            return self
        return self._from(self._root, self._parts[:-1])

    @property
    def parents(self):
        return _PathParents(self)

    def with_name(self, name):
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        if not name or "/" in name or name == ".":
            raise ValueError("Invalid name %r" % (name,))
        return self._from(self._root, self._parts[:-1] + [name])

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        if "/" in suffix:
            raise ValueError("Invalid suffix %r" % (suffix,))
        if suffix and not suffix.startswith(".") or suffix == ".":
            raise ValueError("Invalid suffix %r" % (suffix,))
        name = self.name
        if not name:
            raise ValueError("%r has an empty name" % (self,))
        old = self.suffix
        if not old:
            name = name + suffix
        else:
            name = name[: -len(old)] + suffix
        return self._from(self._root, self._parts[:-1] + [name])

    def relative_to(self, *other):
        if not other:
            raise TypeError("need at least one argument")
        root, parts = _parse(other)
        mine = ([self._root] if self._root else []) + self._parts
        theirs = ([root] if root else []) + parts
        n = len(theirs)
        if mine[:n] != theirs:
            formatted = str(self._from(root, parts))
            raise ValueError("{!r} is not in the subpath of {!r}"
                             " OR one path is relative and the other is absolute.".format(str(self), formatted))
        return self._from("", mine[n:])

    def is_relative_to(self, *other):
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    def is_absolute(self):
        return bool(self._root)

    def is_reserved(self):
        return False

    def match(self, path_pattern):
        root, pat_parts = _parse([path_pattern])
        if not pat_parts and not root:
            raise ValueError("empty pattern")
        parts = self._parts
        if root:
            if not self._root or len(pat_parts) != len(parts):
                return False
        elif len(pat_parts) > len(parts):
            return False
        for part, pat in zip(reversed(parts), reversed(pat_parts)):
            if not _fnmatch.fnmatchcase(part, pat):
                return False
        return True


class PurePosixPath(PurePath):
    __slots__ = ()


class PureWindowsPath(PurePath):
    def __new__(cls, *args):
        raise NotImplementedError("pyjs: PureWindowsPath is not supported")


class Path(PurePath):
    """A path with filesystem access (node's fs)."""

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        self = object.__new__(cls)
        self._root, self._parts = _parse(args)
        return self

    @classmethod
    def cwd(cls):
        return cls(_os.getcwd())

    @classmethod
    def home(cls):
        return cls(_os.path.expanduser("~"))

    def absolute(self):
        if self.is_absolute():
            return self
        return self._from(*_parse([_os.getcwd(), str(self)]))

    def resolve(self, strict=False):
        return self._from(*_parse([_os.path.realpath(str(self))]))

    def expanduser(self):
        return self._from(*_parse([_os.path.expanduser(str(self))]))

    def stat(self):
        return _os.stat(str(self))

    def exists(self):
        return _os.path.exists(str(self))

    def is_dir(self):
        return _os.path.isdir(str(self))

    def is_file(self):
        return _os.path.isfile(str(self))

    def is_symlink(self):
        return _os.path.islink(str(self))

    def iterdir(self):
        for name in _os.listdir(str(self)):
            yield self._from(self._root, self._parts + [name])

    def _select(self, base, pats):
        if not pats:
            yield base
            return
        pat, rest = pats[0], pats[1:]
        if pat == "**":
            for d in base._walk_dirs():
                yield from self._select(d, rest)
            return
        try:
            names = sorted(_os.listdir(str(base)))
        except OSError:
            return
        for name in names:
            # pathlib's wildcards match names starting with "." too (glob.glob's do not).
            if pat == name or _fnmatch.fnmatchcase(name, pat):
                child = base._from(base._root, base._parts + [name])
                if rest and not child.is_dir():
                    continue
                yield from self._select(child, rest)

    def _walk_dirs(self):
        yield self
        try:
            names = sorted(_os.listdir(str(self)))
        except OSError:
            return
        for name in names:
            child = self._from(self._root, self._parts + [name])
            if child.is_dir() and not child.is_symlink():
                yield from child._walk_dirs()

    def glob(self, pattern):
        root, pats = _parse([pattern])
        if root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        if not pats:
            raise ValueError("Unacceptable pattern: {!r}".format(pattern))
        seen = set()
        for p in self._select(self, pats):
            if str(p) not in seen:
                seen.add(str(p))
                yield p

    def rglob(self, pattern):
        return self.glob("**/" + pattern)

    def open(self, mode="r", buffering=-1, encoding=None, errors=None, newline=None):
        return open(str(self), mode, buffering, encoding, errors, newline)

    def read_text(self, encoding=None, errors=None):
        with self.open(encoding=encoding, errors=errors) as f:
            return f.read()

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError("data must be str, not %s" % type(data).__name__)
        with self.open("w", encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def read_bytes(self):
        with self.open("rb") as f:
            return f.read()

    def write_bytes(self, data):
        view = bytes(data)
        with self.open("wb") as f:
            return f.write(view)

    def lstat(self):
        return _os.lstat(str(self))

    def is_mount(self):
        return str(self.resolve()) == "/"

    def touch(self, mode=0o666, exist_ok=True):
        if self.exists():
            if not exist_ok:
                raise FileExistsError(17, "File exists", str(self))
            return
        with open(str(self), "a"):
            pass

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        try:
            _os.mkdir(str(self))
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def rmdir(self):
        _os.rmdir(str(self))

    def unlink(self, missing_ok=False):
        try:
            _os.unlink(str(self))
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rename(self, target):
        _os.rename(str(self), str(target))
        return self._from(*_parse([target]))

    def replace(self, target):
        _os.replace(str(self), str(target))
        return self._from(*_parse([target]))

    def samefile(self, other):
        return _os.path.samefile(str(self), str(other))


class PosixPath(Path, PurePosixPath):
    __slots__ = ()


class WindowsPath(Path, PureWindowsPath):
    def __new__(cls, *args, **kwargs):
        raise NotImplementedError("cannot instantiate 'WindowsPath' on your system")
