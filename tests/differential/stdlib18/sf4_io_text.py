"""io: TextIOWrapper over BytesIO, newline modes, seek/tell, readline, encodings and errors."""
import io

raw = io.BytesIO()
t = io.TextIOWrapper(raw, encoding="utf-8", newline="\r\n")
t.write("line one\nline two\n")
t.write("ünïcödé\n")
t.flush()
print(raw.getvalue())
t.seek(0)
print(repr(t.read()))
t.detach()

for nl in [None, "", "\n", "\r", "\r\n"]:
    src = io.BytesIO(b"a\r\nb\rc\nd")
    w = io.TextIOWrapper(src, encoding="ascii", newline=nl)
    print(repr(nl), w.readlines(), repr(w.newlines))

b = io.BytesIO("héllo\nwörld\n".encode("utf-8"))
w = io.TextIOWrapper(b, encoding="utf-8")
first = w.readline()
pos = w.tell()
rest = w.read()
w.seek(pos)
print(repr(first), repr(rest), w.readline() == rest)
w.seek(0)
print(w.read(3), w.read(0) == "", repr(w.readline()))
print(w.encoding, w.errors, w.line_buffering, w.readable(), w.writable(), w.seekable())

bad = io.TextIOWrapper(io.BytesIO(b"ok \xff\xfe end"), encoding="utf-8")
try:
    bad.read()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e.reason, e.start, e.end)
rep = io.TextIOWrapper(io.BytesIO(b"ok \xff end"), encoding="utf-8", errors="replace")
print(repr(rep.read()))
lat = io.TextIOWrapper(io.BytesIO(b"caf\xe9"), encoding="latin-1")
print(lat.read())
out = io.BytesIO()
enc = io.TextIOWrapper(out, encoding="ascii", errors="backslashreplace")
enc.write("naïve ☃")
enc.flush()
print(out.getvalue())
strict = io.TextIOWrapper(io.BytesIO(), encoding="ascii")
try:
    strict.write("é")
    strict.flush()
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", e.encoding, e.reason, e.start)

s = io.StringIO("alpha\nbeta\ngamma\n")
print(s.readline(), end="")
print(s.tell(), s.read(4), s.tell())
s.seek(0, io.SEEK_END)
s.write("delta\n")
print(s.getvalue().split())
s.seek(2)
s.write("XY")
print(repr(s.getvalue()[:8]))
s.truncate(5)
print(repr(s.getvalue()), s.tell())
try:
    s.seek(-1)
except ValueError as e:
    print("ValueError", e)
try:
    s.seek(1, io.SEEK_CUR)
except (OSError, ValueError) as e:
    print(type(e).__name__, e)
print(list(io.StringIO("x\ny\n")), io.StringIO("a\r\nb", newline=None).read().encode())
sn = io.StringIO(newline="\r\n")
sn.write("p\nq\n")
print(repr(sn.getvalue()))

bio = io.BytesIO(b"0123456789")
print(bio.read(3), bio.tell(), bio.seek(-2, io.SEEK_END), bio.read(), bio.seek(20), bio.read())
bio.seek(12)
bio.write(b"!")
print(bio.getvalue())
bio.seek(0)
print(bio.readinto(bytearray(4)), bio.read1(2), bio.getbuffer().nbytes)
bio.close()
try:
    bio.read()
except ValueError as e:
    print("ValueError", e)
print(bio.closed)
with io.StringIO() as ss:
    print("x", 1, sep="-", end="!\n", file=ss)
    print(repr(ss.getvalue()))
br = io.BufferedReader(io.BytesIO(b"line1\nline2\n"))
print(br.readline(), br.peek(3)[:3], br.read())
