# io.StringIO: write/read/seek/tell, readline(s), iteration, print(file=...), json dump/load.
import io
import json

buf = io.StringIO()
print(buf.write("hello "), buf.write("world\n"), buf.tell())
print("second line", 42, sep=", ", file=buf)
print("no newline", end="", file=buf)
print(repr(buf.getvalue()))
buf.seek(0)
print(repr(buf.readline()), repr(buf.readline()), repr(buf.readline()), repr(buf.readline()))
buf.seek(0)
print(buf.readlines())
buf.seek(6)
print(repr(buf.read(5)), buf.tell(), repr(buf.read()), buf.tell(), repr(buf.read()))
print(buf.seek(0, 2), buf.seek(0, 1), buf.seek(3))
buf.write("LO")
print(repr(buf.getvalue()[:12]))

src = io.StringIO("alpha\nbeta\ngamma\n")
for i, line in enumerate(src, 1):
    print(i, line.rstrip())
src.seek(0)
print([line.strip().upper() for line in src])
print(io.StringIO("x\ny").readlines(), io.StringIO("").readlines(), io.StringIO("abc").readline(2))
print(io.StringIO("one\ntwo\nthree\n").readlines(5))

# unicode positions are in code points
u = io.StringIO()
u.write("naïve 😀 ok")
print(u.tell(), len(u.getvalue()))
u.seek(6)
print(repr(u.read(1)), u.tell(), repr(u.read()))
u.seek(6)
u.write("!")
print(u.getvalue())

# overwrite, pad past the end, truncate
t = io.StringIO("0123456789")
t.seek(3)
t.write("abc")
print(t.getvalue(), t.tell())
t.seek(12)
t.write("Z")
print(repr(t.getvalue()))
print(t.truncate(5), repr(t.getvalue()), t.tell())
t.seek(2)
print(t.truncate(), repr(t.getvalue()))

# newline translation
print(repr(io.StringIO("a\r\nb\rc", newline=None).getvalue()))
print(repr(io.StringIO("a\r\nb").getvalue()), io.StringIO("a\rb\r\nc\n", newline="").readlines())
w = io.StringIO(newline="\r\n")
w.write("x\ny\n")
print(repr(w.getvalue()))

# context manager and closed state
with io.StringIO("data") as f:
    print(f.read(), f.closed, f.readable(), f.writable(), f.seekable(), f.isatty())
print(f.closed)
for op in [f.read, f.getvalue, lambda: f.write("x"), f.tell]:
    try:
        op()
    except ValueError as e:
        print("ValueError:", e)

# errors
e = io.StringIO()
for bad in [lambda: e.write(5), lambda: e.seek(-1), lambda: e.seek(1, 1), lambda: e.seek(1, 2), lambda: e.seek(0, 5), lambda: e.read("x"), lambda: io.StringIO(3), lambda: e.fileno()]:
    try:
        bad()
    except (TypeError, ValueError, OSError) as err:
        print(type(err).__name__ + ":", err)
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
print(type(e).__name__, io.SEEK_SET, io.SEEK_CUR, io.SEEK_END)

# writelines, and building a report
out = io.StringIO()
out.writelines(["a", "b", "c\n"])
rows = [("apples", 3, 1.5), ("pears", 10, 0.25)]
for name, qty, price in rows:
    out.write(f"{name:<8}{qty:>4}{price:>8.2f}\n")
print(out.getvalue(), end="")

# json to and from file objects
data = {"name": "pyjs", "tags": ["js", "python"], "version": 1.5}
fp = io.StringIO()
json.dump(data, fp, indent=2, sort_keys=True)
print(fp.getvalue())
fp.seek(0)
print(json.load(fp))
print(json.load(io.StringIO('[1, {"a": null}]')))
