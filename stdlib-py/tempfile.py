"""tempfile (pyjs implementation, Node's file system): gettempdir, mkdtemp, mktemp,
TemporaryDirectory, NamedTemporaryFile and TemporaryFile (both named files, deleted on close),
SpooledTemporaryFile (kept in memory). mkstemp() returns an OS file descriptor, which pyjs
does not have: it raises NotImplementedError."""

import os as _os
import io as _io
import random as _random

__all__ = ["NamedTemporaryFile", "TemporaryFile", "SpooledTemporaryFile", "TemporaryDirectory",
           "mkstemp", "mkdtemp", "mktemp", "TMP_MAX", "gettempprefix", "tempdir", "gettempdir",
           "gettempprefixb", "gettempdirb"]

TMP_MAX = 10000
template = "tmp"
tempdir = None
_rng = _random.Random()
_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789_"


def _name():
    return "".join(_rng.choice(_CHARS) for _ in range(8))


def gettempprefix():
    return template


def gettempprefixb():
    return template.encode()


def gettempdir():
    global tempdir
    if tempdir is None:
        for env in ("TMPDIR", "TEMP", "TMP"):
            d = _os.environ.get(env)
            if d and _os.path.isdir(d):
                tempdir = _os.path.abspath(d)
                break
        else:
            tempdir = "/tmp"
    return tempdir


def gettempdirb():
    return gettempdir().encode()


def _sanitize(suffix, prefix, dir):
    if suffix is None:
        suffix = ""
    if prefix is None:
        prefix = template
    if dir is None:
        dir = gettempdir()
    return suffix, prefix, dir


def mkdtemp(suffix=None, prefix=None, dir=None):
    suffix, prefix, dir = _sanitize(suffix, prefix, dir)
    for _ in range(TMP_MAX):
        file = _os.path.join(dir, prefix + _name() + suffix)
        try:
            _os.mkdir(file, 0o700)
        except FileExistsError:
            continue
        return _os.path.abspath(file)
    raise FileExistsError(17, "No usable temporary directory name found")


def mktemp(suffix="", prefix=template, dir=None):
    if dir is None:
        dir = gettempdir()
    for _ in range(TMP_MAX):
        file = _os.path.join(dir, prefix + _name() + suffix)
        if not _os.path.exists(file):
            return file
    raise FileExistsError(17, "No usable temporary filename found")


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    raise NotImplementedError("tempfile.mkstemp() returns an OS file descriptor, which pyjs does not support; use NamedTemporaryFile(delete=False)")


class _TextFile:
    """Text I/O over the binary file (pyjs's text files cannot seek)."""

    def __init__(self, raw, encoding, errors):
        self._raw = raw
        self.encoding = encoding
        self.errors = errors

    def write(self, s):
        if not isinstance(s, str):
            raise TypeError(f"write() argument must be str, not {type(s).__name__}")
        self._raw.write(s.encode(self.encoding, self.errors))
        return len(s)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def read(self, size=-1):
        if size is None or size < 0:
            return self._raw.read().decode(self.encoding, self.errors)
        out = b""
        while True:
            text = out.decode(self.encoding, "ignore")
            if len(text) >= size:
                break
            chunk = self._raw.read(1)
            if not chunk:
                break
            out += chunk
        return out.decode(self.encoding, self.errors)

    def readline(self, size=-1):
        line = self._raw.readline()
        return line.decode(self.encoding, self.errors)

    def readlines(self, hint=-1):
        return [line.decode(self.encoding, self.errors) for line in self._raw.readlines()]

    def __iter__(self):
        while True:
            line = self.readline()
            if not line:
                return
            yield line

    def seek(self, offset, whence=0):
        return self._raw.seek(offset, whence)

    def tell(self):
        return self._raw.tell()

    def truncate(self, size=None):
        return self._raw.truncate(size) if size is not None else self._raw.truncate()

    def flush(self):
        return self._raw.flush()

    def close(self):
        self._raw.close()

    @property
    def closed(self):
        return self._raw.closed


class _TemporaryFileWrapper:
    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._closed = False

    def __getattr__(self, name):
        return getattr(self.__dict__["file"], name)

    def __enter__(self):
        return self

    def __exit__(self, exc, value, tb):
        self.close()
        return False

    def __iter__(self):
        return iter(self.file)

    def close(self):
        if not self._closed:
            self._closed = True
            try:
                self.file.close()
            finally:
                if self.delete:
                    try:
                        _os.unlink(self.name)
                    except FileNotFoundError:
                        pass

    @property
    def closed(self):
        return self._closed

    def __repr__(self):
        return f"<tempfile._TemporaryFileWrapper object at 0x{id(self):x}>"


def NamedTemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None, suffix=None,
                       prefix=None, dir=None, delete=True, *, errors=None):
    suffix, prefix, dir = _sanitize(suffix, prefix, dir)
    for _ in range(TMP_MAX):
        name = _os.path.abspath(_os.path.join(dir, prefix + _name() + suffix))
        if _os.path.exists(name):
            continue
        file = open(name, "x+b")
        if "b" not in mode:
            file = _TextFile(file, encoding or "utf-8", errors or "strict")
        return _TemporaryFileWrapper(file, name, delete)
    raise FileExistsError(17, "No usable temporary file name found")


TemporaryFile = NamedTemporaryFile


class SpooledTemporaryFile:
    def __init__(self, max_size=0, mode="w+b", buffering=-1, encoding=None, newline=None,
                 suffix=None, prefix=None, dir=None, *, errors=None):
        self._file = _io.BytesIO() if "b" in mode else _io.StringIO()
        self._rolled = False
        self.mode = mode

    def __enter__(self):
        return self

    def __exit__(self, exc, value, tb):
        self._file.close()
        return False

    def __iter__(self):
        return iter(self._file)

    def rollover(self):
        self._rolled = True

    def write(self, s):
        return self._file.write(s)

    def writelines(self, lines):
        for line in lines:
            self._file.write(line)

    def read(self, *args):
        return self._file.read(*args)

    def readline(self, *args):
        return self._file.readline(*args)

    def readlines(self, *args):
        return self._file.readlines(*args)

    def seek(self, *args):
        return self._file.seek(*args)

    def tell(self):
        return self._file.tell()

    def truncate(self, size=None):
        return self._file.truncate(size)

    def flush(self):
        return None

    def close(self):
        self._file.close()

    @property
    def closed(self):
        return self._file.closed

    def getvalue(self):
        return self._file.getvalue()


class TemporaryDirectory:
    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._done = False

    def __repr__(self):
        return f"<{type(self).__name__} {self.name!r}>"

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()
        return False

    def cleanup(self):
        if not self._done:
            self._done = True
            import shutil
            shutil.rmtree(self.name, ignore_errors=self._ignore_cleanup_errors)
