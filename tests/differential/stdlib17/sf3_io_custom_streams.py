"""io: subclasses of RawIOBase/BufferedIOBase/TextIOBase/IOBase using the mixin methods, TextIOWrapper over a custom raw stream, BytesIO/StringIO corners."""
import io


class RepeatRaw(io.RawIOBase):
    """Yields `pattern` repeated up to `limit` bytes through readinto."""

    def __init__(self, pattern, limit):
        self.pattern = pattern
        self.limit = limit
        self.pos = 0

    def readable(self):
        return True

    def readinto(self, b):
        n = min(len(b), self.limit - self.pos)
        for i in range(n):
            b[i] = self.pattern[(self.pos + i) % len(self.pattern)]
        self.pos += n
        return n


r = RepeatRaw(b"ab\n", 11)
print(r.read(4), r.read(), r.read(), r.readable(), r.writable(), r.seekable(), r.closed)
r = RepeatRaw(b"line\n", 14)
print(r.readline(), list(r), r.closed)
r.close()
print(r.closed)
try:
    r.read(1) if False else r.readline()
except ValueError as e:
    print("ValueError", e)
try:
    RepeatRaw(b"x", 1).fileno()
except io.UnsupportedOperation as e:
    print("UnsupportedOperation", e, isinstance(e, OSError), isinstance(e, ValueError))
try:
    RepeatRaw(b"x", 1).seek(0)
except io.UnsupportedOperation as e:
    print("UnsupportedOperation", e)
with RepeatRaw(b"xyz", 5) as rr:
    print(rr.readall(), rr.closed)
print(rr.closed)


class Upper(io.BufferedIOBase):
    def __init__(self, data):
        self._data = data
        self._pos = 0

    def readable(self):
        return True

    def read(self, size=-1):
        end = len(self._data) if size is None or size < 0 else self._pos + size
        chunk = self._data[self._pos:end]
        self._pos += len(chunk)
        return chunk.upper()

    read1 = read


u = Upper(b"hello world\nsecond line\n")
buf = bytearray(5)
print(u.readinto(buf), buf, u.read(3), u.readline(), u.readlines())
t = io.TextIOWrapper(Upper(b"caf\xc3\xa9\nbar\n"), encoding="utf-8")
print(t.readline(), t.read(), t.encoding)


class Collector(io.TextIOBase):
    def __init__(self):
        self.parts = []

    def writable(self):
        return True

    def write(self, s):
        self.parts.append(s)
        return len(s)


col = Collector()
print("to collector", 42, file=col)
col.writelines(["a\n", "b\n"])
print(col.parts, col.writable(), col.readable(), col.encoding)
try:
    col.read()
except io.UnsupportedOperation as e:
    print("UnsupportedOperation", e)


class Counting(io.IOBase):
    def __init__(self):
        self.flushed = 0

    def flush(self):
        self.flushed += 1
        super().flush()


c = Counting()
with c:
    pass
print(c.closed, c.flushed)
try:
    c.flush()
except ValueError as e:
    print("ValueError", e)
print(isinstance(io.BytesIO(), io.BufferedIOBase), isinstance(io.StringIO(), io.TextIOBase), isinstance(r, io.IOBase), issubclass(RepeatRaw, io.RawIOBase))

b = io.BytesIO(b"0123456789")
print(b.read(3), b.tell(), b.seek(-2, 2), b.read(), b.seek(20), b.write(b"X"), b.getvalue(), b.truncate(5), b.getvalue())
b = io.BytesIO()
b.write(b"abc")
b.seek(1)
b.write(b"Z")
print(b.getvalue(), b.getbuffer().tobytes(), len(b.getbuffer()), b.read1(), b.readable())
s = io.StringIO("one\ntwo\r\nthree")
print(s.readlines(), s.tell(), s.seek(0), s.read(5), s.readline(), s.readline(2))
s = io.StringIO(newline=None)
s.write("a\r\nb\rc\n")
print(repr(s.getvalue()))
s = io.StringIO("x")
s.close()
try:
    s.getvalue()
except ValueError as e:
    print("ValueError", e)
print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, io.DEFAULT_BUFFER_SIZE)
