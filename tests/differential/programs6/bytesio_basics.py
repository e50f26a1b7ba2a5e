import io
b = io.BytesIO(b"line1\nline2\nlast")
print(b.readline(), b.readlines(), b.read(), b.tell(), b.seek(-3, 2), b.read(2), b.seek(2), b.write(b"XY"), b.getvalue())
print(list(io.BytesIO(b"a\nb\n")), b.truncate(3), b.getvalue(), b.seek(6), b.write(bytearray(b"z")), b.getvalue())
with io.BytesIO() as f:
    f.write(b"abc")
    print(f.closed)
print(f.closed, type(f).__name__)
try:
    f.read()
except ValueError as e:
    print(e)
try:
    io.BytesIO().write("str")
except TypeError as e:
    print(e)
